/** SQL for actions. */
import { and, arrayContains, asc, eq, type SQL } from "drizzle-orm";
import { type CursorKey, type Page, toPage } from "../cursor.ts";
import type { Db } from "../database.ts";
import { actions } from "../schema/index.ts";
import {
  afterTimestamp,
  bump,
  clampLimit,
  containsText,
  inCountry,
  missedUpdate,
  type PrivateScope,
  type UpdateOutcome,
  visibleRows,
} from "./query-helpers.ts";

/** A action row. */
export type ActionRow = typeof actions.$inferSelect;

/** The writable fields of a action. */
export type ActionValues = Omit<
  typeof actions.$inferInsert,
  "id" | "createdAt" | "updatedAt" | "createdBy" | "updatedBy" | "version" | "reviewStatus"
>;

/** Filters of a action list; every one optional. */
export interface ActionFilter {
  jurisdictionId?: string | undefined;
  country?: string | undefined;
  theme?: string | undefined;
  kind?: string | undefined;
  status?: string | undefined;
  hazard?: string | undefined;
  sector?: string | undefined;
  q?: string | undefined;
  reviewStatus?: string | undefined;
  /** Unpublished rows the reader may see (published ones always); every row when absent. */
  visibleTo?: PrivateScope | undefined;
  limit?: number | undefined;
  after?: CursorKey | undefined;
}

/** Inserts a action. */
export async function insertAction(db: Db, values: ActionValues, actor: string) {
  const [row] = await db
    .insert(actions)
    .values({ ...values, createdBy: actor, updatedBy: actor })
    .returning();
  return row as ActionRow;
}

/** Reads one action by id. */
export async function findAction(db: Db, id: string): Promise<ActionRow | undefined> {
  const [row] = await db.select().from(actions).where(eq(actions.id, id));
  return row;
}

/** Replaces a action's fields if its version is still `expectedVersion`. */
export async function updateAction(
  db: Db,
  id: string,
  expectedVersion: number,
  values: ActionValues,
  actor: string,
): Promise<UpdateOutcome<ActionRow>> {
  const [row] = await db
    .update(actions)
    .set({ ...values, ...bump(actions.version, actor) })
    .where(and(eq(actions.id, id), eq(actions.version, expectedVersion)))
    .returning();
  if (row) return { ok: true, row };
  const [current] = await db.select({ version: actions.version }).from(actions).where(eq(actions.id, id));
  return missedUpdate(current);
}

/** Lists actions in (created_at, id) order, filtered, one page at a time. */
export async function listActions(db: Db, filter: ActionFilter): Promise<Page<ActionRow>> {
  const limit = clampLimit(filter.limit);
  const where: SQL[] = [];
  if (filter.jurisdictionId) where.push(eq(actions.jurisdictionId, filter.jurisdictionId));
  if (filter.country) where.push(inCountry(actions.jurisdictionId, filter.country));
  if (filter.theme) where.push(eq(actions.theme, filter.theme));
  if (filter.kind) where.push(eq(actions.kind, filter.kind));
  if (filter.status) where.push(eq(actions.status, filter.status));
  if (filter.hazard) where.push(arrayContains(actions.hazards, [filter.hazard]));
  if (filter.sector) where.push(arrayContains(actions.sectors, [filter.sector]));
  if (filter.q) where.push(containsText(actions.title, filter.q));
  if (filter.reviewStatus) where.push(eq(actions.reviewStatus, filter.reviewStatus));
  const visible = visibleRows(actions.reviewStatus, actions.jurisdictionId, filter.visibleTo ?? "all");
  if (visible) where.push(visible);
  if (filter.after) where.push(afterTimestamp(actions.createdAt, actions.id, filter.after));
  const rows = await db
    .select()
    .from(actions)
    .where(and(...where))
    .orderBy(asc(actions.createdAt), asc(actions.id))
    .limit(limit + 1);
  return toPage(rows, limit, (r) => [r.createdAt.toISOString(), r.id]);
}

/** Moves a action from one review status to another if it is still in `from`; undefined when it is not. */
export async function setActionReviewStatus(
  db: Db,
  id: string,
  from: string,
  to: string,
  actor: string,
): Promise<ActionRow | undefined> {
  const [row] = await db
    .update(actions)
    .set({ reviewStatus: to, ...bump(actions.version, actor) })
    .where(and(eq(actions.id, id), eq(actions.reviewStatus, from)))
    .returning();
  return row;
}
