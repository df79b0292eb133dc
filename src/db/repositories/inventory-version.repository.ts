/** SQL for inventory versions: written at first submission, moved through review, frozen when published. */
import { and, asc, desc, eq, gt, inArray, lt, type SQL, sql } from "drizzle-orm";
import { type CursorKey, type Page, toPage } from "../cursor.ts";
import type { Db } from "../database.ts";
import { inventories, inventoryVersions } from "../schema/index.ts";
import { afterTimestamp, clampLimit, inCountry, inJurisdictionNamed } from "./query-helpers.ts";

/** A version row. */
export type VersionRow = typeof inventoryVersions.$inferSelect;

/** The fields of a version as submitted. */
export type VersionValues = Omit<
  typeof inventoryVersions.$inferInsert,
  "id" | "createdAt" | "publishedAt" | "publishedBy" | "contentHash"
>;

/** Writes the version as submitted: inserts it, or (resubmitted after a return) replaces it while unpublished. */
export async function saveSubmittedVersion(db: Db, values: VersionValues): Promise<VersionRow> {
  const { inventoryId, number, ...rest } = values;
  const [row] = await db
    .insert(inventoryVersions)
    .values(values)
    .onConflictDoUpdate({
      target: [inventoryVersions.inventoryId, inventoryVersions.number],
      set: { ...rest, createdAt: sql`now()` },
      setWhere: sql`${inventoryVersions.status} <> 'published'`,
    })
    .returning();
  if (!row)
    throw new Error(`inventory ${inventoryId} version ${number} is published and cannot be resubmitted`);
  return row;
}

/** Sets an unpublished version's status. */
export async function setVersionStatus(db: Db, id: string, status: string): Promise<void> {
  await db.update(inventoryVersions).set({ status }).where(eq(inventoryVersions.id, id));
}

/** Publishes a version: status, content hash, when and by whom. */
export async function publishVersion(
  db: Db,
  id: string,
  contentHash: string,
  actor: string,
): Promise<VersionRow> {
  const [row] = await db
    .update(inventoryVersions)
    .set({ status: "published", contentHash, publishedAt: sql`now()`, publishedBy: actor })
    .where(eq(inventoryVersions.id, id))
    .returning();
  return row as VersionRow;
}

/** Inserts a version directly as published (imports of already published inventories). */
export async function insertPublishedVersion(
  db: Db,
  values: VersionValues & { contentHash: string; publishedBy: string },
): Promise<VersionRow> {
  const [row] = await db
    .insert(inventoryVersions)
    .values({ ...values, publishedAt: sql`now()` })
    .returning();
  return row as VersionRow;
}

/** Reads one version of an inventory. */
export async function findVersion(
  db: Db,
  inventoryId: string,
  number: number,
): Promise<VersionRow | undefined> {
  const [row] = await db
    .select()
    .from(inventoryVersions)
    .where(and(eq(inventoryVersions.inventoryId, inventoryId), eq(inventoryVersions.number, number)));
  return row;
}

/** Lists an inventory's versions in number order; only published ones when `publishedOnly`. */
export async function listVersions(
  db: Db,
  inventoryId: string,
  publishedOnly: boolean,
): Promise<VersionRow[]> {
  const where = [eq(inventoryVersions.inventoryId, inventoryId)];
  if (publishedOnly) where.push(eq(inventoryVersions.status, "published"));
  return db
    .select()
    .from(inventoryVersions)
    .where(and(...where))
    .orderBy(asc(inventoryVersions.number));
}

/** The latest verified or published version of an earlier year of the same jurisdiction and kind. */
export async function findPreviousVerified(
  db: Db,
  key: { jurisdictionId: string; kind: string; year: number },
): Promise<VersionRow | undefined> {
  const [row] = await db
    .select()
    .from(inventoryVersions)
    .where(
      and(
        eq(inventoryVersions.jurisdictionId, key.jurisdictionId),
        eq(inventoryVersions.kind, key.kind),
        lt(inventoryVersions.year, key.year),
        inArray(inventoryVersions.status, ["verified", "published"]),
      ),
    )
    .orderBy(desc(inventoryVersions.year), desc(inventoryVersions.number))
    .limit(1);
  return row;
}

/** Filters of the public list: the latest published version of each inventory. */
export interface PublishedFilter {
  jurisdictionId?: string | undefined;
  country?: string | undefined;
  year?: number | undefined;
  kind?: string | undefined;
  q?: string | undefined;
  limit?: number | undefined;
  after?: CursorKey | undefined;
}

/** A published version with its inventory head's id order key and ETag version. */
export interface PublishedRow {
  version: VersionRow;
  head: { createdAt: Date; version: number; createdBy: string };
}

/** Lists the latest published version of each inventory, in the heads' (created_at, id) order. */
export async function listPublished(db: Db, filter: PublishedFilter): Promise<Page<PublishedRow>> {
  const limit = clampLimit(filter.limit);
  const where: SQL[] = [];
  if (filter.jurisdictionId) where.push(eq(inventoryVersions.jurisdictionId, filter.jurisdictionId));
  if (filter.country) where.push(inCountry(inventoryVersions.jurisdictionId, filter.country));
  if (filter.year !== undefined) where.push(eq(inventoryVersions.year, filter.year));
  if (filter.kind) where.push(eq(inventoryVersions.kind, filter.kind));
  if (filter.q) where.push(inJurisdictionNamed(inventoryVersions.jurisdictionId, filter.q));
  if (filter.after) where.push(afterTimestamp(inventories.createdAt, inventories.id, filter.after));
  const rows = await db
    .select({
      version: inventoryVersions,
      head: {
        createdAt: inventories.createdAt,
        version: inventories.version,
        createdBy: inventories.createdBy,
      },
    })
    .from(inventoryVersions)
    .innerJoin(
      inventories,
      and(
        eq(inventories.id, inventoryVersions.inventoryId),
        eq(inventories.publishedRevision, inventoryVersions.number),
      ),
    )
    .where(and(...where))
    .orderBy(asc(inventories.createdAt), asc(inventories.id))
    .limit(limit + 1);
  return toPage(rows, limit, (r) => [r.head.createdAt.toISOString(), r.version.inventoryId]);
}

/** Reads published versions after `afterId` in id order, a batch at a time (for verify). */
export async function readPublishedVersions(
  db: Db,
  afterId: string | null,
  limit: number,
): Promise<VersionRow[]> {
  return db
    .select()
    .from(inventoryVersions)
    .where(
      and(eq(inventoryVersions.status, "published"), afterId ? gt(inventoryVersions.id, afterId) : undefined),
    )
    .orderBy(asc(inventoryVersions.id))
    .limit(limit);
}
