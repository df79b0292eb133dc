import { describe, expect, it } from "vitest";
import { calculate } from "./calculate.ts";
import type { InventoryLine } from "./document.ts";
import type { GwpSet } from "./gases.ts";

const oneGg = (gpc: string, fuel: string): InventoryLine => ({
  gpc,
  fuel,
  activity: { value: 1, unit: "Gg" },
});

// standards.md §3, worked checks: 1 Gg of fuel with IPCC 2006 defaults.
describe("IPCC 2006 worked checks", () => {
  const cases: Array<[string, InventoryLine, Partial<Record<GwpSet, number>>, Record<string, number>]> = [
    [
      "natural gas, residential (I.1.1)",
      oneGg("I.1.1", "natural-gas"),
      { AR4: 2700.2304, AR5: 2700.792, AR6: 2700.5904 },
      { CO2: 2692.8, CH4: 0.24, N2O: 0.0048 },
    ],
    [
      "diesel, on-road (II.1.1)",
      oneGg("II.1.1", "diesel"),
      { AR5: 3235.4361 },
      { CO2: 3186.3, CH4: 0.1677, N2O: 0.1677 },
    ],
    [
      "other bituminous coal, energy industries (I.4.1)",
      oneGg("I.4.1", "coal-bituminous"),
      { AR5: 2451.6579 },
      { CO2: 2440.68, CH4: 0.0258, N2O: 0.0387 },
    ],
  ];
  for (const [name, line, expected, gases] of cases) {
    for (const [gwp, co2e] of Object.entries(expected)) {
      it(`${name} under ${gwp} is ${co2e} tCO2e`, () => {
        const result = calculate({ gwp: gwp as GwpSet, lines: [line] });
        expect(result.lines[0]?.co2e).toBeCloseTo(co2e, 6);
        for (const [gas, tonnes] of Object.entries(gases))
          expect(result.lines[0]?.gases[gas]).toBeCloseTo(tonnes, 9);
      });
    }
  }

  it("uses AR6 fossil CH4 (29.8) for fugitive rows I.7/I.8 and non-fossil (27.0) elsewhere", () => {
    const ch4 = { CH4: { value: 1, unit: "t" } };
    const r = calculate({
      gwp: "AR6",
      lines: [
        { gpc: "I.8.1", emissions: ch4 },
        { gpc: "I.7.1", emissions: ch4 },
        { gpc: "III.1.1", emissions: ch4 },
      ],
    });
    expect(r.lines.map((l) => l.co2e)).toEqual([29.8, 29.8, 27]);
  });
});

describe("line kinds", () => {
  it("calculates explicit per-gas factors, CO2e factors and direct emissions as DESIGN.md shows", () => {
    const r = calculate({
      gwp: "AR5",
      population: 1000,
      lines: [
        {
          gpc: "I.1.1",
          activity: { value: 100, unit: "m3" },
          factors: { CO2: { value: 2.244, unit: "kg/m3" }, CH4: { value: 0.0002, unit: "kg/m3" } },
        },
        {
          gpc: "I.1.2",
          activity: { value: 1000, unit: "MWh" },
          factors: { CO2e: { value: 0.5, unit: "t/MWh" } },
        },
        { gpc: "IV.1", emissions: { CO2: { value: 120, unit: "t" } } },
        { gpc: "I.7.1", notationKey: "NO", explanation: "No coal mining in the city" },
      ],
    });
    expect(r.lines[0]?.co2e).toBeCloseTo(0.2244 + 0.00002 * 28, 12);
    expect(r.lines[1]).toEqual({ gpc: "I.1.2", co2e: 500, gases: { CO2e: 500 } });
    expect(r.lines[2]?.co2e).toBe(120);
    expect(r.lines[3]).toEqual({ gpc: "I.7.1", co2e: null, gases: {}, notationKey: "NO" });
    expect(r.totals.scope2).toBe(500);
    expect(r.byGas.CO2e).toBe(500);
    expect(r.totals.perCapita?.basic).toBeCloseTo(r.totals.basic / 1000, 12);
  });

  it("converts through the fuel's NCV when activity is a mass and factors are per energy", () => {
    const r = calculate({
      lines: [
        {
          gpc: "I.3.1",
          fuel: "diesel",
          activity: { value: 2, unit: "t" },
          factors: { CO2: { value: 74_100, unit: "kg/TJ" } },
        },
      ],
    });
    // 2 t × 43.0 TJ/Gg = 0.086 TJ × 74,100 kg/TJ = 6,372.6 kg.
    expect(r.lines[0]?.gases.CO2).toBeCloseTo(6.3726, 9);
  });

  it("reports biogenic CO2 from wood apart from every total, but counts its CH4 and N2O", () => {
    const r = calculate({ gwp: "AR5", lines: [oneGg("I.1.1", "wood")] });
    // 15.6 TJ × 112,000 kg/TJ = 1,747.2 t biogenic CO2; CH4 300 and N2O 4 kg/TJ (IPCC Table 2.5).
    expect(r.totals.biogenicCO2).toBeCloseTo(1747.2, 9);
    expect(r.lines[0]?.gases.CO2).toBeUndefined();
    expect(r.lines[0]?.co2e).toBeCloseTo(15.6 * 0.3 * 28 + 15.6 * 0.004 * 265, 9);
    expect(r.totals.basic).toBeCloseTo(r.lines[0]?.co2e ?? Number.NaN, 9);
  });

  it("reads biogenic CO2 given as CO2b in emissions", () => {
    const r = calculate({
      lines: [{ gpc: "III.3.1", emissions: { CO2b: { value: 5, unit: "t" }, CH4: { value: 1, unit: "t" } } }],
    });
    expect(r.totals.biogenicCO2).toBe(5);
    expect(r.lines[0]?.co2e).toBe(28);
  });

  it("converts volumes with the default density and says so", () => {
    const r = calculate({ lines: [{ gpc: "II.1.1", fuel: "diesel", activity: { value: 1, unit: "m3" } }] });
    // 1 m3 × 837 kg/m3 = 0.837 t × 43.0 TJ/Gg = 0.035991 TJ.
    expect(r.lines[0]?.gases.CO2).toBeCloseTo(0.035991 * 74.1, 9);
    expect(r.issues.map((i) => i.code)).toContain("default_density_used");
  });
});

describe("BASIC / BASIC+ / territorial composition (GPC Table 3.3)", () => {
  // One line in every kind of row; each a distinct power of two so any mis-assignment shows.
  const rows: Array<[string, number]> = [
    ["I.4.4", 1], // scope 1, territorial only
    ["III.1.3", 2], // scope 1, territorial only
    ["I.1.3", 4], // scope 3, BASIC+
    ["II.1.3", 8], // scope 3, BASIC+
    ["III.1.2", 16], // scope 3, BASIC
    ["IV.1", 32], // scope 1, BASIC+
    ["V.1", 64], // scope 1, BASIC+
    ["VI.1", 128], // other scope 3, in no total
    ["I.1.1", 256], // scope 1, BASIC
    ["I.1.2", 512], // scope 2, BASIC
  ];
  const r = calculate({
    population: 2,
    lines: rows.map(([gpc, t]) => ({ gpc, emissions: { CO2: { value: t, unit: "t" } } })),
  });

  it("BASIC = sectors I and II scopes 1 and 2, plus III scopes 1 and 3, without I.4.4 and III.x.3", () => {
    expect(r.totals.basic).toBe(16 + 256 + 512);
  });
  it("BASIC+ = BASIC + I.x.3 + II.x.3 + IV + V", () => {
    expect(r.totals.basicPlus).toBe(16 + 256 + 512 + 4 + 8 + 32 + 64);
  });
  it("territorial = every scope-1 row, including I.4.4 and III.x.3", () => {
    expect(r.totals.territorial).toBe(1 + 2 + 32 + 64 + 256);
  });
  it("splits scopes, leaving other scope 3 (VI.1) out of every total but in its sector", () => {
    expect(r.totals.scope1).toBe(1 + 2 + 32 + 64 + 256);
    expect(r.totals.scope2).toBe(512);
    expect(r.totals.scope3).toBe(4 + 8 + 16);
    expect(r.bySector.VI).toBe(128);
    expect(r.bySubsector["VI.1"]).toBe(128);
    expect(r.byGas.CO2).toBe(1023 - 128);
  });
  it("breaks down by sector and sub-sector", () => {
    expect(r.bySector).toEqual({ I: 1 + 4 + 256 + 512, II: 8, III: 2 + 16, IV: 32, V: 64, VI: 128 });
    expect(r.bySubsector["I.4"]).toBe(1);
    expect(r.bySubsector["I.1"]).toBe(4 + 256 + 512);
  });
  it("gives per-capita figures", () => {
    expect(r.totals.perCapita).toEqual({ basic: 392, basicPlus: 446, territorial: 177.5 });
  });
});

describe("GWP sets", () => {
  it("uses the document's set unless the options override it", () => {
    const doc = {
      gwp: "AR4" as const,
      lines: [{ gpc: "I.1.1", emissions: { N2O: { value: 1, unit: "t" } } }],
    };
    expect(calculate(doc).lines[0]?.co2e).toBe(298);
    expect(calculate(doc, { gwp: "AR6" }).lines[0]?.co2e).toBe(273);
    expect(calculate(doc, { gwp: "AR6" }).gwp).toBe("AR6");
  });
  it("weights F-gases by name and alias", () => {
    const r = calculate({
      gwp: "AR5",
      lines: [
        {
          gpc: "IV.2",
          emissions: { "HFC-134a": { value: 1, unit: "t" }, "PFC-14": { value: 1, unit: "kg" } },
        },
      ],
    });
    expect(r.lines[0]?.co2e).toBeCloseTo(1300 + 6.63, 9);
    expect(r.byGas).toEqual({ "HFC-134a": 1300, CF4: 6.63 });
  });
});
