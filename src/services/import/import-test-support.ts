/** Helpers for the import tests: row counts of what an import writes, and the shared data files. */
import { sql } from "drizzle-orm";
import type { Db } from "../../db/database.ts";

/** The shared data files the import tests read. */
export const FILES = {
  cdp2019: "cdp/2019_City-wide_Emissions.csv",
  cdp2020: "cdp/2020_-_City-Wide_Emissions.csv",
  cdp2021: "cdp/2021_City-wide_Emissions.csv",
  targets: "cdp/2021_Cities_Emissions_Reduction_Targets.csv",
  c40: "c40/clean_c40.csv",
  citycatalyst: "citycatalyst/inventory-BR RIO-2022.csv",
} as const;

const TABLES = [
  "jurisdictions",
  "jurisdiction_series",
  "inventories",
  "inventory_versions",
  "inventory_reported_totals",
  "targets",
  "workflow_transitions",
  "audit_events",
] as const;

/** Row counts of every table an import writes. */
export async function rowCounts(db: Db): Promise<Record<(typeof TABLES)[number], number>> {
  const counts = {} as Record<(typeof TABLES)[number], number>;
  for (const table of TABLES) {
    const result = await db.execute(sql.raw(`select count(*)::int as n from ${table}`));
    const rows = (result as unknown as { rows: Array<{ n: number }> }).rows;
    counts[table] = rows[0]?.n ?? 0;
  }
  return counts;
}
