/** SQL for jurisdictions. */
import { and, arrayContains, asc, eq, type SQL } from "drizzle-orm";
import { type CursorKey, type Page, toPage } from "../cursor.ts";
import type { Db } from "../database.ts";
import { jurisdictions } from "../schema/index.ts";
import {
  afterText,
  bump,
  clampLimit,
  containsText,
  missedUpdate,
  type UpdateOutcome,
} from "./query-helpers.ts";

/** A jurisdiction row. */
export type JurisdictionRow = typeof jurisdictions.$inferSelect;

/** The writable fields of a jurisdiction. */
export type JurisdictionValues = Omit<
  typeof jurisdictions.$inferInsert,
  "id" | "createdAt" | "updatedAt" | "createdBy" | "updatedBy" | "version"
>;

/** Filters of a jurisdiction list; every one optional. */
export interface JurisdictionFilter {
  country?: string | undefined;
  type?: string | undefined;
  tag?: string | undefined;
  parentId?: string | undefined;
  q?: string | undefined;
  limit?: number | undefined;
  after?: CursorKey | undefined;
}

/** Inserts a jurisdiction. */
export async function insertJurisdiction(db: Db, values: JurisdictionValues, actor: string) {
  const [row] = await db
    .insert(jurisdictions)
    .values({ ...values, createdBy: actor, updatedBy: actor })
    .returning();
  return row as JurisdictionRow;
}

/** Reads one jurisdiction by id. */
export async function findJurisdiction(db: Db, id: string): Promise<JurisdictionRow | undefined> {
  const [row] = await db.select().from(jurisdictions).where(eq(jurisdictions.id, id));
  return row;
}

/** Reads one jurisdiction by a natural key: UN/LOCODE or CDP account number. */
export async function findJurisdictionByKey(
  db: Db,
  key: { locode?: string | null; cdpAccount?: number | null },
): Promise<JurisdictionRow | undefined> {
  if (key.locode) {
    const [row] = await db.select().from(jurisdictions).where(eq(jurisdictions.locode, key.locode));
    if (row) return row;
  }
  if (key.cdpAccount != null) {
    const [row] = await db.select().from(jurisdictions).where(eq(jurisdictions.cdpAccount, key.cdpAccount));
    if (row) return row;
  }
  return undefined;
}

/** Replaces a jurisdiction's fields if its version is still `expectedVersion`. */
export async function updateJurisdiction(
  db: Db,
  id: string,
  expectedVersion: number,
  values: JurisdictionValues,
  actor: string,
): Promise<UpdateOutcome<JurisdictionRow>> {
  const [row] = await db
    .update(jurisdictions)
    .set({ ...values, ...bump(jurisdictions.version, actor) })
    .where(and(eq(jurisdictions.id, id), eq(jurisdictions.version, expectedVersion)))
    .returning();
  if (row) return { ok: true, row };
  const [current] = await db
    .select({ version: jurisdictions.version })
    .from(jurisdictions)
    .where(eq(jurisdictions.id, id));
  return missedUpdate(current);
}

/** Lists jurisdictions in (name, id) order, filtered, one page at a time. */
export async function listJurisdictions(db: Db, filter: JurisdictionFilter): Promise<Page<JurisdictionRow>> {
  const limit = clampLimit(filter.limit);
  const where: SQL[] = [];
  if (filter.country) where.push(eq(jurisdictions.country, filter.country));
  if (filter.type) where.push(eq(jurisdictions.type, filter.type));
  if (filter.tag) where.push(arrayContains(jurisdictions.tags, [filter.tag]));
  if (filter.parentId) where.push(eq(jurisdictions.parentId, filter.parentId));
  if (filter.q) where.push(containsText(jurisdictions.name, filter.q));
  if (filter.after) where.push(afterText(jurisdictions.name, jurisdictions.id, filter.after));
  const rows = await db
    .select()
    .from(jurisdictions)
    .where(and(...where))
    .orderBy(asc(jurisdictions.name), asc(jurisdictions.id))
    .limit(limit + 1);
  return toPage(rows, limit, (r) => [r.name, r.id]);
}

/** Counts jurisdictions (to tell an empty database). */
export async function countJurisdictions(db: Db): Promise<number> {
  return db.$count(jurisdictions);
}
