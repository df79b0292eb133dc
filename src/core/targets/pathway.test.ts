import { describe, expect, it } from "vitest";
import { buildPathway, pathwayLevel } from "./pathway.ts";

describe("pathway", () => {
  const p = buildPathway({ year: 2010, value: 1000 }, { year: 2030, value: 600 });
  it.each([
    { year: 2000, value: 1000 },
    { year: 2010, value: 1000 },
    { year: 2015, value: 900 },
    { year: 2020, value: 800 },
    { year: 2020.5, value: 790 },
    { year: 2030, value: 600 },
    { year: 2040, value: 600 },
  ])("in $year is $value", ({ year, value }) => {
    expect(pathwayLevel(p, year)).toBeCloseTo(value, 9);
  });

  it("has one point per year from start to end, and its anchor", () => {
    expect(p.points.map((x) => x.year)).toEqual(Array.from({ length: 21 }, (_, i) => 2010 + i));
    expect(p.points[0]?.value).toBe(1000);
    expect(p.points[20]?.value).toBe(600);
    expect(p.anchor).toBe("base-year");
    expect(buildPathway({ year: 2018, value: 1 }, { year: 2020, value: 0 }, "first-observation").anchor).toBe(
      "first-observation",
    );
  });

  it("rises for a target above its start (BAU growth allowed)", () => {
    const up = buildPathway({ year: 2015, value: 1000 }, { year: 2030, value: 1200 });
    expect(pathwayLevel(up, 2020)).toBeCloseTo(1066.6666666667, 9);
  });
});
