import { describe, expect, it } from "vitest";
import { BUILTIN_REGISTRY } from "./builtin.ts";
import { ISO37120_THEME } from "./definitions/iso37120.theme.ts";
import { evaluateThemeReport } from "./evaluate.ts";
import { evaluateFormula, formulaText, per100k } from "./formula.ts";

describe("ISO 37120:2018 indicators as data", () => {
  it("declares at least 30 indicators, each with a unit, a direction, a source and a formula or a reported value", () => {
    expect(ISO37120_THEME.indicators.length).toBeGreaterThanOrEqual(30);
    for (const i of ISO37120_THEME.indicators) {
      expect(i.unit, i.id).not.toBe("");
      expect(i.source, i.id).toMatch(/^ISO 37120:2018, \d+ /);
    }
    expect(BUILTIN_REGISTRY.get("iso37120")).toBe(ISO37120_THEME);
  });

  it.each([
    // [indicator, inputs, expected]: worked by hand
    ["physicians-per-100k", { population: 500_000, physicians: 1_250 }, 250],
    ["homicides-per-100k", { population: 2_700_000, homicides: 60 }, (60 / 2_700_000) * 100_000],
    ["public-transport-km-per-100k", { population: 1_600_000, "public-transport-km": 320 }, 20],
    ["unemployment-rate", { population: 1, "labour-force": 150_000, unemployed: 12_000 }, 8],
    ["under-five-mortality", { population: 1, "under-five-deaths": 45, "live-births": 9_000 }, 5],
    ["water-loss", { population: 1, "water-supplied": 1_000_000, "water-billed": 750_000 }, 25],
    ["ghg-per-capita", { population: 6_211_423, "ghg-emissions": 20_000_000 }, 20_000_000 / 6_211_423],
    ["msw-recycled-share", { population: 1, "msw-collected": 400_000, "msw-recycled": 84_000 }, 21],
    [
      "domestic-water-per-capita",
      { population: 200_000, "domestic-water": 30_000_000, "total-water": 40_000_000 },
      150,
    ],
  ])("%s of %j is %d", (id, values, expected) => {
    const result = evaluateThemeReport(ISO37120_THEME, values);
    expect(result.problems).toEqual([]);
    expect(result.indicators[id]).toBeCloseTo(expected, 9);
  });

  it("writes formulas out and gives null, not Infinity, for a zero denominator or a missing input", () => {
    expect(formulaText(per100k("physicians"))).toBe("physicians / population × 100000");
    expect(evaluateFormula(per100k("physicians"), { physicians: 10, population: 0 })).toBeNull();
    const r = evaluateThemeReport(ISO37120_THEME, { population: 1000 });
    expect(r.indicators["physicians-per-100k"]).toBeNull();
    expect(r.indicators.pm25).toBeNull();
  });

  it("refuses unknown fields, computed indicators given directly and out-of-range values, naming each", () => {
    const r = evaluateThemeReport(ISO37120_THEME, {
      population: -5,
      "physicians-per-100k": 300,
      "no-such-thing": 1,
      pm25: Number.NaN,
    });
    expect(r.problems.map((p) => p.path).sort()).toEqual([
      "values.no-such-thing",
      "values.physicians-per-100k",
      "values.pm25",
      "values.population",
    ]);
  });

  it("runs the quality checks: population required, parts within wholes", () => {
    const r = evaluateThemeReport(ISO37120_THEME, { "msw-collected": 10, "msw-recycled": 12 });
    expect(r.issues.map((i) => [i.check, i.severity])).toEqual([
      ["population-reported", "error"],
      ["recycled-within-collected", "error"],
    ]);
  });
});
