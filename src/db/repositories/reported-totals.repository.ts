/** SQL for reported-totals inventories' figures, stored per inventory version number. */
import { and, eq, inArray, sql } from "drizzle-orm";
import type { ReportedTotals } from "../../core/reported-totals.ts";
import type { Db } from "../database.ts";
import { inventoryReportedTotals } from "../schema/index.ts";

/** One stored set of reported totals. */
export type ReportedTotalsRow = typeof inventoryReportedTotals.$inferSelect;

/** What is written for one inventory version. */
export interface ReportedTotalsValues {
  inventoryId: string;
  number: number;
  record: ReportedTotals;
}

function rowOf(v: ReportedTotalsValues): typeof inventoryReportedTotals.$inferInsert {
  const t = v.record.totals;
  return {
    inventoryId: v.inventoryId,
    number: v.number,
    scope1: t.scope1,
    scope2: t.scope2,
    scope3: t.scope3,
    basic: t.basic,
    basicPlus: t.basicPlus,
    source: v.record.provenance.source,
    record: v.record,
  };
}

/** Writes the totals of inventory versions (multi-row), replacing those of the same version numbers. */
export async function saveReportedTotals(db: Db, values: readonly ReportedTotalsValues[]): Promise<void> {
  if (values.length === 0) return;
  await db
    .insert(inventoryReportedTotals)
    .values(values.map(rowOf))
    .onConflictDoUpdate({
      target: [inventoryReportedTotals.inventoryId, inventoryReportedTotals.number],
      set: {
        scope1: sql`excluded.scope1`,
        scope2: sql`excluded.scope2`,
        scope3: sql`excluded.scope3`,
        basic: sql`excluded.basic`,
        basicPlus: sql`excluded.basic_plus`,
        source: sql`excluded.source`,
        record: sql`excluded.record`,
      },
    });
}

/** Reads the totals of one inventory version. */
export async function findReportedTotals(
  db: Db,
  inventoryId: string,
  number: number,
): Promise<ReportedTotals | undefined> {
  const [row] = await db
    .select({ record: inventoryReportedTotals.record })
    .from(inventoryReportedTotals)
    .where(
      and(eq(inventoryReportedTotals.inventoryId, inventoryId), eq(inventoryReportedTotals.number, number)),
    );
  return row?.record;
}

/** Reads the totals of several inventories (every version), keyed `${inventoryId}:${number}`. */
export async function reportedTotalsOf(
  db: Db,
  inventoryIds: readonly string[],
): Promise<Map<string, ReportedTotalsRow>> {
  const found = new Map<string, ReportedTotalsRow>();
  if (inventoryIds.length === 0) return found;
  const rows = await db
    .select()
    .from(inventoryReportedTotals)
    .where(inArray(inventoryReportedTotals.inventoryId, [...inventoryIds]));
  for (const row of rows) found.set(`${row.inventoryId}:${row.number}`, row);
  return found;
}

/** Counts stored sets of reported totals (for reports and tests). */
export async function countReportedTotals(db: Db): Promise<number> {
  return db.$count(inventoryReportedTotals);
}
