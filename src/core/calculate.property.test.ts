import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calculate } from "./calculate.ts";
import type { InventoryLine } from "./document.ts";
import { FUEL_IDS } from "./fuels.ts";
import { GASES } from "./gases.ts";
import { GPC_ROWS } from "./gpc/catalogue.ts";

const rows = GPC_ROWS.map((r) => r.ref);
const combustionRows = GPC_ROWS.filter((r) => r.combustion !== null).map((r) => r.ref);
const gasIds = GASES.map((g) => g.id);
const amount = fc.double({ min: 0, max: 1e7, noNaN: true, noDefaultInfinity: true });

const emissionsLine: fc.Arbitrary<InventoryLine> = fc.record({
  gpc: fc.constantFrom(...rows),
  emissions: fc
    .uniqueArray(fc.constantFrom(...gasIds), { minLength: 1, maxLength: 4 })
    .chain((gases) => fc.tuple(...gases.map((g) => amount.map((v) => [g, { value: v, unit: "t" }] as const))))
    .map((entries) => Object.fromEntries(entries)),
});
const fuelLine: fc.Arbitrary<InventoryLine> = fc.record({
  gpc: fc.constantFrom(...combustionRows),
  fuel: fc.constantFrom(...FUEL_IDS),
  activity: fc.record({ value: amount, unit: fc.constantFrom("TJ", "MWh", "t", "GJ") }),
});
const factorLine: fc.Arbitrary<InventoryLine> = fc.record({
  gpc: fc.constantFrom(...rows),
  activity: fc.record({ value: amount, unit: fc.constantFrom("MWh", "kWh") }),
  factors: fc.record({ CO2: fc.record({ value: amount, unit: fc.constant("kg/MWh") }) }),
});
const keyLine: fc.Arbitrary<InventoryLine> = fc.record({
  gpc: fc.constantFrom(...rows),
  notationKey: fc.constantFrom("NO", "IE", "NE", "C"),
  explanation: fc.constant("see I.1.1"),
});
const documentLines = fc.array(fc.oneof(emissionsLine, fuelLine, factorLine, keyLine), { maxLength: 60 });

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

describe("engine properties", () => {
  it("totals equal the sums of their lines, and scopes add up to all rows except VI.1", () => {
    fc.assert(
      fc.property(documentLines, (lines) => {
        const r = calculate({ gwp: "AR5", lines });
        let basic = 0;
        let basicPlus = 0;
        let territorial = 0;
        let allButOther = 0;
        r.lines.forEach((l, i) => {
          const row = GPC_ROWS.find((x) => x.ref === lines[i]?.gpc);
          if (l.co2e === null || !row) return;
          if (row.basic) basic += l.co2e;
          if (row.basicPlus) basicPlus += l.co2e;
          if (row.territorial) territorial += l.co2e;
          if (row.level !== "other") allButOther += l.co2e;
        });
        expect(close(r.totals.basic, basic)).toBe(true);
        expect(close(r.totals.basicPlus, basicPlus)).toBe(true);
        expect(close(r.totals.territorial, territorial)).toBe(true);
        expect(close(r.totals.scope1 + r.totals.scope2 + r.totals.scope3, allButOther)).toBe(true);
        const byGas = Object.values(r.byGas).reduce((a, b) => a + b, 0);
        expect(close(byGas, allButOther)).toBe(true);
        const bySector = Object.values(r.bySector).reduce((a, b) => a + b, 0);
        expect(close(bySector, allButOther + (r.bySector.VI ?? 0))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("BASIC ≤ BASIC+ for non-negative input", () => {
    fc.assert(
      fc.property(documentLines, (lines) => {
        const r = calculate({ lines });
        expect(r.totals.basic).toBeLessThanOrEqual(r.totals.basicPlus + 1e-9);
      }),
      { numRuns: 300 },
    );
  });

  it("switching AR changes only the CH4, N2O and F-gas contributions", () => {
    fc.assert(
      fc.property(documentLines, fc.constantFrom("AR4", "AR6" as const), (lines, other) => {
        const a = calculate({ gwp: "AR5", lines });
        const b = calculate({ gwp: "AR5", lines }, { gwp: other });
        expect(b.gwp).toBe(other);
        // Tonnes of every gas are the same; CO2 and CO2e-only contributions are the same.
        expect(b.lines.map((l) => l.gases)).toEqual(a.lines.map((l) => l.gases));
        expect(b.byGas.CO2 ?? 0).toBe(a.byGas.CO2 ?? 0);
        expect(b.byGas.CO2e ?? 0).toBe(a.byGas.CO2e ?? 0);
        expect(b.totals.biogenicCO2).toBe(a.totals.biogenicCO2);
        const nonCo2 = (r: typeof a) =>
          Object.entries(r.byGas)
            .filter(([g]) => g !== "CO2" && g !== "CO2e")
            .reduce((s, [, v]) => s + v, 0);
        const totalShift =
          b.totals.scope1 +
          b.totals.scope2 +
          b.totals.scope3 -
          (a.totals.scope1 + a.totals.scope2 + a.totals.scope3);
        expect(close(totalShift, nonCo2(b) - nonCo2(a))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
