/** SQL for inventories. */
import { and, asc, eq, inArray, type SQL } from "drizzle-orm";
import { type CursorKey, type Page, toPage } from "../cursor.ts";
import type { Db } from "../database.ts";
import { inventories } from "../schema/index.ts";
import {
  afterTimestamp,
  bump,
  clampLimit,
  inCountry,
  inJurisdictionNamed,
  missedUpdate,
  type UpdateOutcome,
} from "./query-helpers.ts";

/** An inventory row. */
export type InventoryRow = typeof inventories.$inferSelect;

/** The writable fields of an inventory (its lines and the result calculated from them). */
export type InventoryValues = Omit<
  typeof inventories.$inferInsert,
  "id" | "createdAt" | "updatedAt" | "createdBy" | "updatedBy" | "version" | "revision" | "publishedRevision"
>;

/** Filters of an inventory list; every one optional. */
export interface InventoryFilter {
  jurisdictionId?: string | undefined;
  country?: string | undefined;
  year?: number | undefined;
  kind?: string | undefined;
  status?: string | undefined;
  q?: string | undefined;
  /** The jurisdictions whose heads the reader may see ("all" for the network roles). */
  visibleTo?: "all" | readonly string[] | undefined;
  limit?: number | undefined;
  after?: CursorKey | undefined;
}

const NO_ID = "00000000-0000-0000-0000-000000000000";

/** Inserts an inventory. */
export async function insertInventory(db: Db, values: InventoryValues, actor: string) {
  const [row] = await db
    .insert(inventories)
    .values({ ...values, createdBy: actor, updatedBy: actor })
    .returning();
  return row as InventoryRow;
}

/** Reads one inventory by id. */
export async function findInventory(db: Db, id: string): Promise<InventoryRow | undefined> {
  const [row] = await db.select().from(inventories).where(eq(inventories.id, id));
  return row;
}

/** Reads the inventory of a jurisdiction, kind and year (its natural key). */
export async function findInventoryByKey(
  db: Db,
  key: { jurisdictionId: string; kind: string; year: number },
): Promise<InventoryRow | undefined> {
  const [row] = await db
    .select()
    .from(inventories)
    .where(
      and(
        eq(inventories.jurisdictionId, key.jurisdictionId),
        eq(inventories.kind, key.kind),
        eq(inventories.year, key.year),
      ),
    );
  return row;
}

/** Replaces an inventory if its version is still `expectedVersion`. */
export async function updateInventory(
  db: Db,
  id: string,
  expectedVersion: number,
  values: InventoryValues,
  actor: string,
): Promise<UpdateOutcome<InventoryRow>> {
  const [row] = await db
    .update(inventories)
    .set({ ...values, ...bump(inventories.version, actor) })
    .where(and(eq(inventories.id, id), eq(inventories.version, expectedVersion)))
    .returning();
  if (row) return { ok: true, row };
  const [current] = await db
    .select({ version: inventories.version })
    .from(inventories)
    .where(eq(inventories.id, id));
  return missedUpdate(current);
}

/** Lists inventories in (created_at, id) order, filtered, one page at a time. */
export async function listInventories(db: Db, filter: InventoryFilter): Promise<Page<InventoryRow>> {
  const limit = clampLimit(filter.limit);
  const where: SQL[] = [];
  if (filter.jurisdictionId) where.push(eq(inventories.jurisdictionId, filter.jurisdictionId));
  if (filter.country) where.push(inCountry(inventories.jurisdictionId, filter.country));
  if (filter.year !== undefined) where.push(eq(inventories.year, filter.year));
  if (filter.kind) where.push(eq(inventories.kind, filter.kind));
  if (filter.status) where.push(eq(inventories.status, filter.status));
  if (filter.q) where.push(inJurisdictionNamed(inventories.jurisdictionId, filter.q));
  if (filter.visibleTo !== undefined && filter.visibleTo !== "all") {
    where.push(
      inArray(inventories.jurisdictionId, filter.visibleTo.length > 0 ? [...filter.visibleTo] : [NO_ID]),
    );
  }
  if (filter.after) where.push(afterTimestamp(inventories.createdAt, inventories.id, filter.after));
  const rows = await db
    .select()
    .from(inventories)
    .where(and(...where))
    .orderBy(asc(inventories.createdAt), asc(inventories.id))
    .limit(limit + 1);
  return toPage(rows, limit, (r) => [r.createdAt.toISOString(), r.id]);
}

/** What a transition changes on the head. */
export interface HeadChange {
  status: string;
  revision?: number;
  publishedRevision?: number;
}

/**
 * Applies a workflow transition to the head if it is still at `from` (status and revision): the compare-and-set
 * that makes a second, concurrent transition of the same version fail instead of applying twice.
 */
export async function transitionInventory(
  db: Db,
  id: string,
  from: { status: string; revision: number },
  change: HeadChange,
  actor: string,
): Promise<InventoryRow | undefined> {
  const [row] = await db
    .update(inventories)
    .set({ ...change, ...bump(inventories.version, actor) })
    .where(
      and(
        eq(inventories.id, id),
        eq(inventories.status, from.status),
        eq(inventories.revision, from.revision),
      ),
    )
    .returning();
  return row;
}
