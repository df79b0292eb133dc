import { describe, expect, it } from "vitest";
import { STATUS_RULE, targetProgress } from "./progress.ts";
import { buildObservation as obs, buildTarget as target } from "./test-factories.ts";
import type { Observation, ProgressNoteCode, TargetInput } from "./types.ts";

const run = (t: TargetInput, observations: Observation[], extra = {}) =>
  targetProgress(t, { observations, ...extra });
const codes = (notes: readonly { code: ProgressNoteCode }[]) => notes.map((n) => n.code);

describe("targetProgress: base-year absolute (−40 % by 2030 against 1,000 t in 2010)", () => {
  it("is on track when below the pathway and the trend reaches the target", () => {
    const p = run(target(), [obs(2015, 900), obs(2020, 780)]);
    expect(p.impliedLevel).toBe(600);
    expect(p.pathway?.points).toHaveLength(21);
    expect(p.pathway?.points[10]).toEqual({ year: 2020, value: 800 });
    expect(p.latest).toMatchObject({ year: 2020, value: 780, basis: "basic" });
    expect(p.achievedShare).toBeCloseTo(0.55, 12); // (1000 − 780) / (1000 − 600)
    expect(p.requiredAnnualReduction).toBeCloseTo(18, 12); // (780 − 600) / 10
    expect(p.requiredAnnualRatePercent).toBeCloseTo(2.5895241745, 8); // 1 − (600/780)^(1/10)
    expect(p.trend?.slope).toBeCloseTo(-24, 12);
    expect(p.trend?.atTargetYear).toBeCloseTo(540, 9);
    expect(p.onPathway).toBe(true);
    expect(p.trendReachesTarget).toBe(true);
    expect(p.status).toBe("on-track");
    expect(p.evidence).toBe("verified");
    expect(p.basisMismatch).toBeNull();
  });

  it("is achieved when the latest verified level is at or below the target level", () => {
    const p = run(target({ reductionPercent: 20 }), [obs(2018, 750)]);
    expect(p.impliedLevel).toBe(800);
    expect(p.status).toBe("achieved");
    expect(p.achievedShare).toBe(1);
    expect(p.achievedShareRaw).toBeCloseTo(1.25, 12);
    expect(p.requiredAnnualRatePercent).toBe(0);
    expect(p.requiredAnnualReduction).toBe(0);
  });

  it("counts reaching the level exactly (1000 × (1 − 0.3) = 700) as achieved", () => {
    expect(run(target({ reductionPercent: 30 }), [obs(2020, 700)]).status).toBe("achieved");
  });

  // −50 % by 2030 → 500; pathway 750 in 2020; the same latest 740 with a falling or a rising trend.
  it.each([
    { name: "a steep falling trend is on track", series: [860, 800, 740], status: "on-track", at2030: 440 },
    { name: "a slow falling trend is off track", series: [800, 770, 740], status: "off-track", at2030: 590 },
    { name: "a rising trend is off track", series: [700, 720, 740], status: "off-track", at2030: 840 },
  ])("$name although on the pathway", ({ series, status, at2030 }) => {
    const p = run(
      target({ reductionPercent: 50 }),
      series.map((v, i) => obs(2016 + 2 * i, v)),
    );
    expect(p.onPathway).toBe(true);
    expect(p.trend?.atTargetYear).toBeCloseTo(at2030, 9);
    expect(p.status).toBe(status);
  });

  it.each([
    { value: 750, status: "on-track" },
    { value: 751, status: "off-track" },
  ])("with one observation the pathway alone decides ($value against 750)", ({ value, status }) => {
    const p = run(target({ reductionPercent: 50 }), [obs(2020, value)]);
    expect(p.status).toBe(status);
    expect(p.trend).toBeNull();
    expect(codes(p.notes)).toContain("single_observation");
  });

  it("fits the trend to the last 5 observations only", () => {
    const old = [obs(2011, 2000), obs(2012, 2000)];
    const recent = [2014, 2015, 2016, 2017, 2018].map((y) => obs(y, 1000 - 20 * (y - 2010)));
    const p = run(target(), [...old, ...recent]);
    expect(p.trend?.years).toEqual([2014, 2015, 2016, 2017, 2018]);
    expect(p.trend?.slope).toBeCloseTo(-20, 9);
  });

  it("is off track once the target year has passed above the level, with no required rate", () => {
    const p = run(target(), [obs(2031, 650)]);
    expect(p.status).toBe("off-track");
    expect(p.requiredAnnualRatePercent).toBeNull();
  });

  it("uses the stated target-year level when no % reduction is given", () => {
    expect(run(target({ reductionPercent: null, targetValue: 550 }), []).impliedLevel).toBe(550);
  });
});

describe("targetProgress: fixed level and net zero", () => {
  it("net zero by 2050 from 2,000 t in 2015: target level 0, compound rate 100 %", () => {
    const t = target({
      type: "fixed-level",
      baseYear: 2015,
      baseValue: 2000,
      targetYear: 2050,
      targetValue: 0,
    });
    const p = run(t, [obs(2020, 1800)]);
    expect(p.impliedLevel).toBe(0);
    expect(p.pathway?.points.find((x) => x.year === 2020)?.value).toBeCloseTo(1714.2857142857, 9);
    expect(p.status).toBe("off-track");
    expect(p.requiredAnnualRatePercent).toBe(100);
    expect(p.requiredAnnualReduction).toBeCloseTo(60, 12); // 1800 / 30
    expect(p.achievedShare).toBeCloseTo(0.1, 12);
  });

  it("without a base year the pathway starts at the first observation, and says so", () => {
    const t = target({
      type: "fixed-level",
      baseYear: null,
      baseValue: null,
      targetYear: 2050,
      targetValue: 0,
    });
    const p = run(t, [obs(2018, 1000), obs(2022, 900)]);
    expect(p.pathway).toMatchObject({ startYear: 2018, startValue: 1000, anchor: "first-observation" });
    expect(p.pathway?.points.find((x) => x.year === 2022)?.value).toBe(875);
    expect(p.status).toBe("off-track");
    expect(codes(p.notes)).toContain("pathway_from_first_observation");
  });

  it("without a base year and one observation there is nothing to judge", () => {
    const t = target({ type: "fixed-level", baseYear: null, baseValue: null, targetValue: 0 });
    const p = run(t, [obs(2018, 1000)]);
    expect(p.status).toBe("no-data");
    expect(codes(p.notes)).toContain("no_observation_after_base_year");
  });

  it("without a target value there is no implied level", () => {
    const p = run(target({ type: "fixed-level", targetValue: null }), [obs(2020, 1)]);
    expect(p.status).toBe("no-data");
    expect(codes(p.notes)).toEqual(["missing_target_value"]);
  });
});

describe("targetProgress: baseline scenario (BAU)", () => {
  const bau = (over: Partial<TargetInput>) =>
    target({ type: "baseline-scenario", baseYear: 2015, targetYear: 2030, bauValue: 1500, ...over });

  it("implies BAU × (1 − r) and compares with the pathway from the base year", () => {
    const p = run(bau({ reductionPercent: 40 }), [obs(2020, 980)]);
    expect(p.impliedLevel).toBe(900);
    expect(p.pathway?.points.find((x) => x.year === 2020)?.value).toBeCloseTo(966.6666666667, 9);
    expect(p.status).toBe("off-track");
  });

  it("a BAU target that allows growth is achieved while emissions stay below its level", () => {
    const p = run(bau({ reductionPercent: 20 }), [obs(2020, 1050)]);
    expect(p.impliedLevel).toBe(1200);
    expect(p.status).toBe("achieved");
    expect(p.achievedShareRaw).toBeNull(); // the target requires no reduction below the base
  });

  it("without a BAU figure is no-data and says why", () => {
    const p = run(bau({ bauValue: null, reductionPercent: 20 }), [obs(2020, 1050)]);
    expect(p.status).toBe("no-data");
    expect(p.impliedLevel).toBeNull();
    expect(p.notes[0]).toMatchObject({ code: "bau_missing" });
  });
});

describe("targetProgress: base-year intensity", () => {
  // 1,000,000 t and 200,000 people in 2015 → 5 t per inhabitant; −30 % → 3.5 t in 2030. Population grows
  // 4,000 a year (200,000 → 220,000 in 2020) → 260,000 in 2030 → 3.5 × 260,000 = 910,000 t implied.
  const t = target({
    type: "base-year-intensity",
    baseYear: 2015,
    baseValue: 1_000_000,
    reductionPercent: 30,
  });
  const population = [
    { year: 2015, value: 200_000 },
    { year: 2020, value: 220_000 },
  ];

  it("projects population growth into the implied level and measures progress per inhabitant", () => {
    const p = run(t, [obs(2020, 1_034_000)], { population });
    expect(p.metric).toBe("intensity");
    expect(p.unit).toBe("tCO2e per inhabitant");
    expect(p.impliedIntensity).toBeCloseTo(3.5, 12);
    expect(p.impliedLevel).toBeCloseTo(910_000, 6);
    expect(p.latest?.value).toBeCloseTo(4.7, 12);
    expect(p.pathway?.points.find((x) => x.year === 2020)?.value).toBeCloseTo(4.5, 12);
    expect(p.achievedShare).toBeCloseTo(0.2, 12); // (5 − 4.7) / 1.5
    expect(p.requiredAnnualReduction).toBeCloseTo(0.12, 12);
    expect(p.status).toBe("off-track");
  });

  it("absolute emissions may grow while the intensity target is on track", () => {
    const p = run(t, [obs(2020, 990_000)], { population }); // 4.5 t per inhabitant, on the pathway
    expect(p.latest?.value).toBeCloseTo(4.5, 12);
    expect(p.status).toBe("on-track");
  });

  it("prefers the inventory's own population to the series", () => {
    const p = run(t, [obs(2020, 1_034_000, { population: 235_000 })], { population });
    expect(p.latest?.value).toBeCloseTo(4.4, 12);
  });

  it("per unit of GDP, with reported base intensity and projected GDP", () => {
    const gdpTarget = target({
      type: "base-year-intensity",
      baseYear: 2015,
      reductionPercent: 50,
      intensity: { denominator: "gdp", baseIntensity: 0.0002, projectedDenominator: 8e9 },
    });
    const p = run(gdpTarget, [obs(2020, 1_200_000)], { gdp: [{ year: 2020, value: 7.5e9 }] });
    expect(p.unit).toBe("tCO2e per unit of GDP");
    expect(p.impliedIntensity).toBeCloseTo(0.0001, 15);
    expect(p.impliedLevel).toBeCloseTo(800_000, 6);
    expect(p.latest?.value).toBeCloseTo(0.00016, 15);
  });

  it("without any population the implied level is unknown and the observation is not compared", () => {
    const p = run(t, [obs(2020, 1_034_000)]);
    expect(p.status).toBe("no-data");
    expect(codes(p.notes)).toContain("missing_base_value");
  });
});

describe("targetProgress: like with like", () => {
  const transport = target({ sectors: ["transportation"], baseValue: 400 }); // → 240 by 2030

  it("sums only the covered sectors of an observation that gives a breakdown", () => {
    const p = run(transport, [obs(2020, 1000, { bySector: { I: 700, II: 300 } })]);
    expect(p.latest).toMatchObject({ value: 300, basis: "sum of II" });
    expect(p.status).toBe("on-track"); // pathway 400 → 240: 320 in 2020; 300 is below it
  });

  it("marks observations it cannot put on the target's basis, and never compares them", () => {
    const noBreakdown = obs(2019, 900);
    const government = obs(2020, 50, { basis: { scope: "government", sectors: ["all"] } });
    const p = run(transport, [noBreakdown, government]);
    expect(p.status).toBe("no-data");
    expect(p.basisMismatch?.excluded).toBe(2);
    expect(p.basisMismatch?.explanation).toContain("no breakdown for II");
    expect(p.basisMismatch?.explanation).toContain("covers government");
    expect(codes(p.notes)).toContain("basis_mismatch");
  });

  it("compares only figures of the same total as the latest one", () => {
    const p = run(target(), [
      obs(2016, 990, { basis: { scope: "community", sectors: ["all"], total: "basicPlus" } }),
      obs(2018, 880),
      obs(2020, 760),
    ]);
    expect(p.trend?.years).toEqual([2018, 2020]);
    expect(p.basisMismatch?.explanation).toContain("2016 figure is basicPlus, the latest is basic");
  });

  it("falls back to reported totals when no figure is verified, and says so", () => {
    const reported = obs(2020, 700, {
      verified: false,
      source: "reported-totals",
      basis: { scope: "community", sectors: ["all"] },
    });
    const p = run(target(), [reported]);
    expect(p.evidence).toBe("unverified");
    expect(p.latest).toMatchObject({ source: "reported-totals", basis: "reported" });
    expect(codes(p.notes)).toContain("unverified_fallback");
  });

  it("ignores unverified figures when a verified one exists, and prefers an inventory to totals of its year", () => {
    const p = run(target(), [
      obs(2021, 100, { verified: false }),
      obs(2020, 700, { source: "reported-totals" }),
      obs(2020, 780),
    ]);
    expect(p.latest).toMatchObject({ year: 2020, value: 780, source: "inventory" });
  });
});

describe("targetProgress: no data", () => {
  it.each<{ name: string; t: TargetInput; o: Observation[]; code: ProgressNoteCode }>([
    { name: "no base value", t: target({ baseValue: null }), o: [obs(2020, 1)], code: "missing_base_value" },
    {
      name: "no reduction",
      t: target({ reductionPercent: null }),
      o: [obs(2020, 1)],
      code: "missing_reduction",
    },
    { name: "no observation", t: target(), o: [], code: "no_observation_after_base_year" },
    { name: "only base year", t: target(), o: [obs(2010, 1000)], code: "no_observation_after_base_year" },
    { name: "not GHG", t: target({ type: "renewable-energy-share" }), o: [], code: "unsupported_type" },
    { name: "unknown type", t: target({ type: "none" }), o: [], code: "unsupported_type" },
    {
      name: "base after target",
      t: target({ baseYear: 2031 }),
      o: [obs(2032, 1)],
      code: "base_year_not_before_target_year",
    },
  ])("$name", ({ t, o, code }) => {
    const p = run(t, o);
    expect(p.status).toBe("no-data");
    expect(codes(p.notes)).toContain(code);
  });
});

describe("STATUS_RULE", () => {
  it("is the rule written in targetProgress's documentation", async () => {
    const { readFile } = await import("node:fs/promises");
    const source = await readFile(new URL("./progress.ts", import.meta.url), "utf8");
    const doc = source.slice(
      source.indexOf(" * Status rule: ") + 16,
      source.indexOf("\n */\nexport function"),
    );
    expect(doc.replace(/\n \* /g, " ")).toBe(STATUS_RULE);
  });
});
