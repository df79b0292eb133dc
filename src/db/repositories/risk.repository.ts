/** SQL for risks. */
import { and, asc, eq, type SQL } from "drizzle-orm";
import { type CursorKey, type Page, toPage } from "../cursor.ts";
import type { Db } from "../database.ts";
import { risks } from "../schema/index.ts";
import {
  afterTimestamp,
  bump,
  clampLimit,
  inCountry,
  missedUpdate,
  type UpdateOutcome,
} from "./query-helpers.ts";

/** A risk row. */
export type RiskRow = typeof risks.$inferSelect;

/** The writable fields of a risk. */
export type RiskValues = Omit<
  typeof risks.$inferInsert,
  "id" | "createdAt" | "updatedAt" | "createdBy" | "updatedBy" | "version"
>;

/** Filters of a risk list; every one optional. */
export interface RiskFilter {
  jurisdictionId?: string | undefined;
  country?: string | undefined;
  theme?: string | undefined;
  hazard?: string | undefined;
  probability?: string | undefined;
  impact?: string | undefined;
  limit?: number | undefined;
  after?: CursorKey | undefined;
}

/** Inserts a risk. */
export async function insertRisk(db: Db, values: RiskValues, actor: string) {
  const [row] = await db
    .insert(risks)
    .values({ ...values, createdBy: actor, updatedBy: actor })
    .returning();
  return row as RiskRow;
}

/** Reads one risk by id. */
export async function findRisk(db: Db, id: string): Promise<RiskRow | undefined> {
  const [row] = await db.select().from(risks).where(eq(risks.id, id));
  return row;
}

/** Replaces a risk's fields if its version is still `expectedVersion`. */
export async function updateRisk(
  db: Db,
  id: string,
  expectedVersion: number,
  values: RiskValues,
  actor: string,
): Promise<UpdateOutcome<RiskRow>> {
  const [row] = await db
    .update(risks)
    .set({ ...values, ...bump(risks.version, actor) })
    .where(and(eq(risks.id, id), eq(risks.version, expectedVersion)))
    .returning();
  if (row) return { ok: true, row };
  const [current] = await db.select({ version: risks.version }).from(risks).where(eq(risks.id, id));
  return missedUpdate(current);
}

/** Lists risks in (created_at, id) order, filtered, one page at a time. */
export async function listRisks(db: Db, filter: RiskFilter): Promise<Page<RiskRow>> {
  const limit = clampLimit(filter.limit);
  const where: SQL[] = [];
  if (filter.jurisdictionId) where.push(eq(risks.jurisdictionId, filter.jurisdictionId));
  if (filter.country) where.push(inCountry(risks.jurisdictionId, filter.country));
  if (filter.theme) where.push(eq(risks.theme, filter.theme));
  if (filter.hazard) where.push(eq(risks.hazard, filter.hazard));
  if (filter.probability) where.push(eq(risks.probability, filter.probability));
  if (filter.impact) where.push(eq(risks.impact, filter.impact));
  if (filter.after) where.push(afterTimestamp(risks.createdAt, risks.id, filter.after));
  const rows = await db
    .select()
    .from(risks)
    .where(and(...where))
    .orderBy(asc(risks.createdAt), asc(risks.id))
    .limit(limit + 1);
  return toPage(rows, limit, (r) => [r.createdAt.toISOString(), r.id]);
}
