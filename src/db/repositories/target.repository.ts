/** SQL for targets. */
import { and, asc, eq, type SQL } from "drizzle-orm";
import { type CursorKey, type Page, toPage } from "../cursor.ts";
import type { Db } from "../database.ts";
import { targets } from "../schema/index.ts";
import {
  afterTimestamp,
  bump,
  clampLimit,
  inCountry,
  missedUpdate,
  type PrivateScope,
  type UpdateOutcome,
  visibleRows,
} from "./query-helpers.ts";

/** A target row. */
export type TargetRow = typeof targets.$inferSelect;

/** The writable fields of a target. */
export type TargetValues = Omit<
  typeof targets.$inferInsert,
  "id" | "createdAt" | "updatedAt" | "createdBy" | "updatedBy" | "version" | "reviewStatus"
>;

/** Filters of a target list; every one optional. */
export interface TargetFilter {
  jurisdictionId?: string | undefined;
  country?: string | undefined;
  theme?: string | undefined;
  type?: string | undefined;
  scope?: string | undefined;
  status?: string | undefined;
  year?: number | undefined;
  reviewStatus?: string | undefined;
  /** Unpublished rows the reader may see (published ones always); every row when absent. */
  visibleTo?: PrivateScope | undefined;
  limit?: number | undefined;
  after?: CursorKey | undefined;
}

/** Inserts a target. */
export async function insertTarget(db: Db, values: TargetValues, actor: string) {
  const [row] = await db
    .insert(targets)
    .values({ ...values, createdBy: actor, updatedBy: actor })
    .returning();
  return row as TargetRow;
}

/** Reads one target by id. */
export async function findTarget(db: Db, id: string): Promise<TargetRow | undefined> {
  const [row] = await db.select().from(targets).where(eq(targets.id, id));
  return row;
}

/** Replaces a target's fields if its version is still `expectedVersion`. */
export async function updateTarget(
  db: Db,
  id: string,
  expectedVersion: number,
  values: TargetValues,
  actor: string,
): Promise<UpdateOutcome<TargetRow>> {
  const [row] = await db
    .update(targets)
    .set({ ...values, ...bump(targets.version, actor) })
    .where(and(eq(targets.id, id), eq(targets.version, expectedVersion)))
    .returning();
  if (row) return { ok: true, row };
  const [current] = await db.select({ version: targets.version }).from(targets).where(eq(targets.id, id));
  return missedUpdate(current);
}

/** Lists targets in (created_at, id) order, filtered, one page at a time. */
export async function listTargets(db: Db, filter: TargetFilter): Promise<Page<TargetRow>> {
  const limit = clampLimit(filter.limit);
  const where: SQL[] = [];
  if (filter.jurisdictionId) where.push(eq(targets.jurisdictionId, filter.jurisdictionId));
  if (filter.country) where.push(inCountry(targets.jurisdictionId, filter.country));
  if (filter.theme) where.push(eq(targets.theme, filter.theme));
  if (filter.type) where.push(eq(targets.type, filter.type));
  if (filter.scope) where.push(eq(targets.scope, filter.scope));
  if (filter.status) where.push(eq(targets.status, filter.status));
  if (filter.year !== undefined) where.push(eq(targets.targetYear, filter.year));
  if (filter.reviewStatus) where.push(eq(targets.reviewStatus, filter.reviewStatus));
  const visible = visibleRows(targets.reviewStatus, targets.jurisdictionId, filter.visibleTo ?? "all");
  if (visible) where.push(visible);
  if (filter.after) where.push(afterTimestamp(targets.createdAt, targets.id, filter.after));
  const rows = await db
    .select()
    .from(targets)
    .where(and(...where))
    .orderBy(asc(targets.createdAt), asc(targets.id))
    .limit(limit + 1);
  return toPage(rows, limit, (r) => [r.createdAt.toISOString(), r.id]);
}

/** Moves a target from one review status to another if it is still in `from`; undefined when it is not. */
export async function setTargetReviewStatus(
  db: Db,
  id: string,
  from: string,
  to: string,
  actor: string,
): Promise<TargetRow | undefined> {
  const [row] = await db
    .update(targets)
    .set({ reviewStatus: to, ...bump(targets.version, actor) })
    .where(and(eq(targets.id, id), eq(targets.reviewStatus, from)))
    .returning();
  return row;
}
