/**
 * Issue 2: the calculation engine over 1,000,000 lines of a realistic mix of line kinds, beside a raw kernel that
 * multiplies the same resolved numbers (activity × factor × GWP per gas, summed per total) in Float64Arrays.
 */
import { calculate } from "../../src/core/calculate.ts";
import type { InventoryLine } from "../../src/core/document.ts";
import { GPC_ROWS, gpcRow } from "../../src/core/gpc/catalogue.ts";
import { type BenchRow, peakRssMiB, timeMedian } from "../harness.ts";

const FUELS_BY_ROW: Array<[string, string]> = [
  ["I.1.1", "natural-gas"],
  ["I.2.1", "diesel"],
  ["I.3.1", "coal-bituminous"],
  ["I.4.1", "natural-gas"],
  ["II.1.1", "gasoline"],
  ["II.1.1", "diesel"],
  ["II.5.1", "diesel"],
  ["I.1.1", "wood"],
];

/** A deterministic mix: 40% named fuel, 25% explicit per-gas factors, 10% CO2e factors, 20% emissions, 5% keys. */
export function makeLines(n: number): InventoryLine[] {
  const lines: InventoryLine[] = new Array(n);
  const rows = GPC_ROWS.map((r) => r.ref);
  for (let i = 0; i < n; i++) {
    const k = i % 20;
    const v = 1 + (i % 997);
    if (k < 8) {
      const [gpc, fuel] = FUELS_BY_ROW[i % FUELS_BY_ROW.length] as [string, string];
      lines[i] = { gpc, fuel, activity: { value: v, unit: i % 2 ? "TJ" : "t" } };
    } else if (k < 13) {
      lines[i] = {
        gpc: "I.2.1",
        activity: { value: v, unit: "m3" },
        factors: {
          CO2: { value: 2.244, unit: "kg/m3" },
          CH4: { value: 0.0002, unit: "kg/m3" },
          N2O: { value: 0.000004, unit: "kg/m3" },
        },
      };
    } else if (k < 15) {
      lines[i] = {
        gpc: "I.1.2",
        activity: { value: v, unit: "MWh" },
        factors: { CO2e: { value: 0.45, unit: "t/MWh" } },
      };
    } else if (k < 19) {
      lines[i] = {
        gpc: rows[i % rows.length] as string,
        emissions: { CO2: { value: v, unit: "t" }, CH4: { value: v / 100, unit: "t" } },
      };
    } else {
      lines[i] = { gpc: "I.7.1", notationKey: "NO", explanation: "No coal mining" };
    }
  }
  return lines;
}

export const calcEngineRow: BenchRow = {
  id: "calc",
  title: "GPC engine: calculate lines",
  async run({ quick }) {
    const n = quick ? 100_000 : 1_000_000;
    const lines = makeLines(n);
    const doc = { gwp: "AR5" as const, population: 1_000_000, lines };
    let result = calculate(doc);
    const engineMs = timeMedian(
      () => {
        result = calculate(doc);
      },
      quick ? 3 : 5,
    );

    // The same resolved numbers for the raw kernel: per line the activity and, per gas, t of gas per unit and GWP.
    const activity = new Float64Array(n);
    const gases = ["CO2", "CH4", "N2O", "CO2e"] as const;
    const factor = gases.map(() => new Float64Array(n));
    const gwp = gases.map(() => new Float64Array(n));
    const inBasic = new Uint8Array(n);
    const gwpOfGas: Record<string, number> = { CO2: 1, CH4: 28, N2O: 265, CO2e: 1 };
    result.lines.forEach((line, i) => {
      const a = lines[i]?.activity?.value ?? 1;
      activity[i] = a;
      gases.forEach((g, j) => {
        (factor[j] as Float64Array)[i] = (line.gases[g] ?? 0) / a;
        (gwp[j] as Float64Array)[i] = gwpOfGas[g] ?? 0;
      });
      inBasic[i] = line.co2e !== null && gpcRow(line.gpc)?.basic ? 1 : 0;
    });
    let kernelBasic = 0;
    const [f0, f1, f2, f3] = factor as [Float64Array, Float64Array, Float64Array, Float64Array];
    const [g0, g1, g2, g3] = gwp as [Float64Array, Float64Array, Float64Array, Float64Array];
    const kernelMs = timeMedian(
      () => {
        let basic = 0;
        for (let i = 0; i < n; i++) {
          const a = activity[i] as number;
          const co2e =
            a *
            ((f0[i] as number) * (g0[i] as number) +
              (f1[i] as number) * (g1[i] as number) +
              (f2[i] as number) * (g2[i] as number) +
              (f3[i] as number) * (g3[i] as number));
          if (inBasic[i]) basic += co2e;
        }
        kernelBasic = basic;
      },
      quick ? 3 : 5,
    );
    const agree = Math.abs(kernelBasic - result.totals.basic) <= 1e-6 * result.totals.basic;
    if (!agree)
      throw new Error(`kernel BASIC ${kernelBasic} differs from engine BASIC ${result.totals.basic}`);
    const engineRate = n / (engineMs / 1000);
    const kernelRate = n / (kernelMs / 1000);
    return {
      workload: `${n.toLocaleString("en-US")} lines (40% fuel, 35% factors, 20% emissions, 5% keys)`,
      figure: engineRate,
      unit: "lines/s",
      ceiling: kernelRate,
      ceilingLabel: "raw Float64Array kernel, lines/s",
      ratio: kernelRate / engineRate,
      ratioLabel: "kernel ÷ engine (aim ≤ 3)",
      peakRssMiB: peakRssMiB(),
      notes: `engine ${engineMs.toFixed(1)} ms, kernel ${kernelMs.toFixed(2)} ms; totals agree`,
    };
  },
};
