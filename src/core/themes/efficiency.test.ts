import { describe, expect, it } from "vitest";
import { type EfficiencyCommitment, efficiencyProgramme, efficiencyProgress } from "./efficiency.ts";

const commitment = (
  baselineValue: number,
  figures: Array<[number, number]>,
  baselineYear = 2020,
): EfficiencyCommitment => ({
  resource: "energy-consumption",
  unit: "MWh/year",
  baselineYear,
  baselineValue,
  figures: figures.map(([year, value]) => ({ year, value })),
});

describe("10% efficiency programme, hand-worked", () => {
  it("reaches the cut in the third year: 1000 → 960 (4%) → 930 (7%) → 895 (10.5%)", () => {
    const p = efficiencyProgress(
      commitment(1000, [
        [2021, 960],
        [2022, 930],
        [2023, 895],
      ]),
      2024,
    );
    expect(p.goalValue).toBe(900);
    expect(p.deadlineYear).toBe(2023);
    const cuts = p.years.map((y) => y.reductionPercent);
    for (const [i, cut] of [4, 7, 10.5].entries()) expect(cuts[i]).toBeCloseTo(cut, 12);
    expect(p.reachedYear).toBe(2023);
    expect(p.progressPercent).toBe(100);
    expect(p.status).toBe("reached");
  });

  it("a cut of exactly 10% (100 → 90) counts as reached", () => {
    const p = efficiencyProgress(commitment(100, [[2022, 90]]), 2022);
    expect(p.reachedYear).toBe(2022);
    expect(p.status).toBe("reached");
  });

  it("is on course a year in when the cut (5%) is at least the straight path's 3.33%", () => {
    const p = efficiencyProgress(commitment(200, [[2021, 190]]), 2022);
    expect(p.latest?.reductionPercent).toBeCloseTo(5, 12);
    expect(p.progressPercent).toBeCloseTo(50, 12);
    expect(p.status).toBe("on-course");
  });

  it("is off course a year in with a 1% cut, and a rise counts as 0% progress", () => {
    expect(efficiencyProgress(commitment(200, [[2021, 198]]), 2022).status).toBe("off-course");
    expect(efficiencyProgress(commitment(200, [[2021, 198]]), 2022).progressPercent).toBeCloseTo(10, 12);
    const rise = efficiencyProgress(commitment(100, [[2021, 110]]), 2021);
    expect(rise.latest?.reductionPercent).toBeCloseTo(-10, 12);
    expect(rise.progressPercent).toBe(0);
    expect(rise.status).toBe("off-course");
  });

  it("is missed after the deadline without reaching, and ignores figures after the deadline", () => {
    const p = efficiencyProgress(
      commitment(100, [
        [2022, 95],
        [2024, 80],
      ]),
      2025,
    );
    expect(p.years.map((y) => y.year)).toEqual([2022]);
    expect(p.reachedYear).toBeNull();
    expect(p.status).toBe("missed");
  });

  it("has no data before the first yearly figure, and refuses a zero baseline", () => {
    expect(efficiencyProgress(commitment(100, []), 2021).status).toBe("no-data");
    expect(() => efficiencyProgress(commitment(0, []), 2021)).toThrow(RangeError);
  });

  it("adds up the programme across members", () => {
    const reached = efficiencyProgress(commitment(1000, [[2021, 880]]), 2024); // 12%
    const missed = efficiencyProgress(commitment(100, [[2023, 96]]), 2024); // 4%
    const onCourse = efficiencyProgress(
      { ...commitment(50, [[2024, 48]], 2023), resource: "water-consumption" },
      2024,
    ); // 4%
    const noData = efficiencyProgress({ ...commitment(10, [], 2023), resource: "paper-consumption" }, 2024);
    const programme = efficiencyProgramme([
      { memberId: "a", progress: reached },
      { memberId: "a", progress: missed },
      { memberId: "b", progress: onCourse },
      { memberId: "c", progress: noData },
    ]);
    expect(programme.commitments).toBe(4);
    expect(programme.members).toBe(3);
    expect(programme.byStatus).toEqual({
      reached: 1,
      "on-course": 1,
      "off-course": 0,
      missed: 1,
      "no-data": 1,
    });
    expect(programme.reachedShare).toBe(0.5);
    expect(programme.meanLatestReductionPercent).toBeCloseTo((12 + 4 + 4) / 3, 12);
    expect(programme.byResource).toEqual([
      { resource: "energy-consumption", commitments: 2, reached: 1 },
      { resource: "paper-consumption", commitments: 1, reached: 0 },
      { resource: "water-consumption", commitments: 1, reached: 0 },
    ]);
  });
});
