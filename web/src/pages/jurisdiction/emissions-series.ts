/** Emissions by year, split by GPC sector or scope, from the stored results of each year's inventory. */
import type { Inventory } from "../../api/client.ts";
import { type GpcRow, gpcRow, SECTORS } from "../../gpc.ts";

/** The GPC totals a reader can choose (GPC §3.3). */
export const LEVELS = ["basic", "basicPlus", "territorial"] as const;
export type Level = (typeof LEVELS)[number];
export type Breakdown = "sector" | "scope";

/** Years on one axis, one series of tCO2e per sector or scope. */
export interface EmissionsSeries {
  years: number[];
  inventories: Inventory[];
  keys: string[];
  values: Record<string, number[]>;
  totals: number[];
}

const inLevel: Record<Level, (row: GpcRow) => boolean> = {
  basic: (row) => row.basic,
  basicPlus: (row) => row.basicPlus,
  territorial: (row) => row.territorial,
};

/** The community inventory of each year (the latest version when a year has several), oldest year first. */
export function inventoryPerYear(inventories: readonly Inventory[]): Inventory[] {
  const byYear = new Map<number, Inventory>();
  for (const inventory of inventories) {
    if (inventory.kind !== "community") continue;
    const seen = byYear.get(inventory.year);
    if (!seen || inventory.updatedAt > seen.updatedAt) byYear.set(inventory.year, inventory);
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/** Adds up each inventory's calculated lines that belong to `level`, by sector (I–VI) or scope (1–3). */
export function emissionsSeries(
  inventories: readonly Inventory[],
  level: Level,
  breakdown: Breakdown,
): EmissionsSeries {
  const chosen = inventoryPerYear(inventories);
  const keys = breakdown === "sector" ? SECTORS.map((s) => s.ref) : ["1", "2", "3"];
  const values: Record<string, number[]> = Object.fromEntries(keys.map((k) => [k, chosen.map(() => 0)]));
  chosen.forEach((inventory, index) => {
    for (const line of inventory.results.lines) {
      const row = gpcRow(line.gpc);
      if (line.co2e === null || !row || !inLevel[level](row)) continue;
      const series = values[breakdown === "sector" ? row.sector : String(row.scope)];
      if (series) series[index] = (series[index] ?? 0) + line.co2e;
    }
  });
  const used = keys.filter((k) => values[k]?.some((v) => v !== 0));
  return {
    years: chosen.map((i) => i.year),
    inventories: chosen,
    keys: used,
    values: Object.fromEntries(used.map((k) => [k, values[k] ?? []])),
    totals: chosen.map((_, i) => used.reduce((sum, k) => sum + (values[k]?.[i] ?? 0), 0)),
  };
}
