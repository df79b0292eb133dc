/**
 * Turns an amount of emissions for a GPC row into realistic inventory lines: fuel lines in combustion rows,
 * grid energy with a CO2e factor in scope-2 and T&D rows, per-gas emissions elsewhere.
 */
import { calculate } from "../core/calculate.ts";
import type { InventoryLine } from "../core/document.ts";
import type { GpcRow } from "../core/gpc/catalogue.ts";
import type { Random } from "./random.ts";

const FUELS_BY_CATEGORY: Record<string, string[]> = {
  residential: ["natural-gas", "lpg", "kerosene"],
  commercial: ["natural-gas", "diesel", "lpg"],
  manufacturing: ["natural-gas", "coal-bituminous", "residual-fuel-oil"],
  "energy-industries": ["natural-gas", "coal-sub-bituminous", "diesel"],
  road: ["gasoline", "diesel", "natural-gas"],
  "off-road": ["diesel", "gasoline"],
  railways: ["diesel"],
  navigation: ["residual-fuel-oil", "diesel"],
  aviation: ["jet-kerosene"],
};

const perTj = new Map<string, number>();

/** tCO2e per TJ of a fuel in a row, from the engine itself (AR5), so generated lines add up to the amount. */
function co2ePerTj(row: string, fuel: string): number {
  const key = `${row}|${fuel}`;
  let value = perTj.get(key);
  if (value === undefined) {
    value =
      calculate({ gwp: "AR5", lines: [{ gpc: row, fuel, activity: { value: 1, unit: "TJ" } }] }).lines[0]
        ?.co2e ?? 0;
    perTj.set(key, value);
  }
  return value;
}

const round = (x: number, digits = 3) => Number(x.toFixed(digits));

/** Lines worth about `tco2e` for `row`; `gridFactor` is the jurisdiction's grid emission factor, t/MWh. */
export function linesFor(row: GpcRow, tco2e: number, gridFactor: number, random: Random): InventoryLine[] {
  const quality = { activity: random.pick({ H: 2, M: 3, L: 1 }), factor: random.pick({ H: 1, M: 3, L: 2 }) };
  if (row.combustion) {
    const fuels = FUELS_BY_CATEGORY[row.combustion] ?? ["natural-gas"];
    const count = Math.min(fuels.length, random.int(1, 3));
    const lines: InventoryLine[] = [];
    for (let i = 0; i < count; i++) {
      const fuel = fuels[i] as string;
      const share = count === 1 ? 1 : i === 0 ? 0.6 : 0.4 / (count - 1);
      const tj = (tco2e * share) / co2ePerTj(row.ref, fuel);
      lines.push({
        gpc: row.ref,
        fuel,
        activity: { value: round(tj), unit: "TJ" },
        dataQuality: quality,
        source: "synthetic",
      });
    }
    return lines;
  }
  if (row.scope === 2 || (row.scope === 3 && (row.sector === "I" || row.sector === "II"))) {
    const mwh = tco2e / gridFactor;
    return [
      {
        gpc: row.ref,
        activity: { value: round(mwh), unit: "MWh" },
        factors: { CO2e: { value: round(gridFactor, 4), unit: "t/MWh" } },
        dataQuality: quality,
        source: "synthetic",
      },
    ];
  }
  if (row.sector === "III" || row.subsector === "I.7" || row.subsector === "I.8" || row.subsector === "V.1") {
    // Waste, fugitive and livestock emissions are mostly methane (AR5 GWP 28).
    return [
      {
        gpc: row.ref,
        emissions: { CH4: { value: round(tco2e / 28), unit: "t" } },
        dataQuality: quality,
        source: "synthetic",
      },
    ];
  }
  return [
    {
      gpc: row.ref,
      emissions: { CO2e: { value: round(tco2e), unit: "t" } },
      dataQuality: quality,
      source: "synthetic",
    },
  ];
}
