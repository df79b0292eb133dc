/**
 * Bulk SQL for file imports: what is stored already (keys, heads, targets), multi-row inserts with ids made by
 * the caller, and audit events appended many at a time under one lock of the chain head.
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import { chainHash, digestOf } from "../../core/record/hash.ts";
import type { Db } from "../database.ts";
import {
  actions,
  auditEvents,
  auditHead,
  inventories,
  inventoryVersions,
  jurisdictionSeries,
  jurisdictions,
  targets,
  workflowTransitions,
} from "../schema/index.ts";
import type { AuditEntry } from "./audit.repository.ts";
import { bulkInsert } from "./bulk-insert.ts";

/** Rows per multi-row insert: well under PostgreSQL's 65,535 parameters for the widest table. */
const CHUNK = 500;

async function insertChunked<T>(rows: readonly T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

/** The identifiers of every stored jurisdiction, for matching. */
export function jurisdictionKeys(db: Db) {
  return db
    .select({
      id: jurisdictions.id,
      name: jurisdictions.name,
      country: jurisdictions.country,
      cdpAccount: jurisdictions.cdpAccount,
      locode: jurisdictions.locode,
      region: jurisdictions.region,
      version: jurisdictions.version,
    })
    .from(jurisdictions);
}

/** Inserts jurisdictions whose ids the caller made. */
export async function insertJurisdictions(
  db: Db,
  rows: Array<typeof jurisdictions.$inferInsert>,
): Promise<void> {
  await bulkInsert(db, jurisdictions, rows);
}

/** Inserts or replaces series values (jurisdiction, indicator, year). */
export async function upsertSeries(
  db: Db,
  rows: Array<typeof jurisdictionSeries.$inferInsert>,
): Promise<void> {
  await insertChunked(rows, (chunk) =>
    db
      .insert(jurisdictionSeries)
      .values(chunk)
      .onConflictDoUpdate({
        target: [jurisdictionSeries.jurisdictionId, jurisdictionSeries.indicator, jurisdictionSeries.year],
        set: { value: sql`excluded.value`, unit: sql`excluded.unit` },
      }),
  );
}

/** Bumps a jurisdiction's version (its series or identifiers changed) and fills a missing CDP account. */
export async function touchJurisdiction(db: Db, id: string, cdpAccount: number | null, actor: string) {
  const fill =
    cdpAccount === null ? {} : { cdpAccount: sql`coalesce(${jurisdictions.cdpAccount}, ${cdpAccount})` };
  await db
    .update(jurisdictions)
    .set({ ...fill, version: sql`${jurisdictions.version} + 1`, updatedAt: sql`now()`, updatedBy: actor })
    .where(eq(jurisdictions.id, id));
}

/** The inventory heads' keys and states (of some jurisdictions, or all), with their published content hash. */
export function inventoryHeads(db: Db, jurisdictionIds?: readonly string[]) {
  const query = db
    .select({
      id: inventories.id,
      jurisdictionId: inventories.jurisdictionId,
      kind: inventories.kind,
      year: inventories.year,
      form: inventories.form,
      status: inventories.status,
      revision: inventories.revision,
      publishedRevision: inventories.publishedRevision,
      version: inventories.version,
      contentHash: inventoryVersions.contentHash,
    })
    .from(inventories)
    .leftJoin(
      inventoryVersions,
      and(
        eq(inventoryVersions.inventoryId, inventories.id),
        eq(inventoryVersions.number, inventories.publishedRevision),
      ),
    );
  return jurisdictionIds ? query.where(inArray(inventories.jurisdictionId, [...jurisdictionIds])) : query;
}

/** Inserts inventory heads whose ids the caller made. */
export async function insertInventories(db: Db, rows: Array<typeof inventories.$inferInsert>): Promise<void> {
  await bulkInsert(db, inventories, rows);
}

/** Inserts inventory versions (already published ones carry their content hash and publisher). */
export async function insertVersions(
  db: Db,
  rows: Array<typeof inventoryVersions.$inferInsert>,
): Promise<void> {
  await bulkInsert(db, inventoryVersions, rows, { publishedAt: sql`now()` });
}

/** Inserts workflow transitions. */
export async function insertTransitions(
  db: Db,
  rows: Array<Omit<typeof workflowTransitions.$inferInsert, "id" | "at">>,
): Promise<void> {
  await bulkInsert(db, workflowTransitions, rows);
}

/** The targets stored for some jurisdictions. */
export async function targetsOf(db: Db, jurisdictionIds: readonly string[]) {
  if (jurisdictionIds.length === 0) return [];
  return db
    .select()
    .from(targets)
    .where(inArray(targets.jurisdictionId, [...jurisdictionIds]));
}

/** The actions stored for some jurisdictions. */
export async function actionsOf(db: Db, jurisdictionIds: readonly string[]) {
  if (jurisdictionIds.length === 0) return [];
  return db
    .select()
    .from(actions)
    .where(inArray(actions.jurisdictionId, [...jurisdictionIds]));
}

/** Inserts actions whose ids the caller made. */
export async function insertActions(db: Db, rows: Array<typeof actions.$inferInsert>): Promise<void> {
  await bulkInsert(db, actions, rows);
}

/** Inserts targets whose ids the caller made. */
export async function insertTargets(db: Db, rows: Array<typeof targets.$inferInsert>): Promise<void> {
  await bulkInsert(db, targets, rows);
}

/**
 * Appends events in order in the caller's transaction: the chain head is locked once, each event chains on the
 * one before, and the head moves to the last (the same chain `appendAuditEvent` makes one at a time).
 */
export async function appendAuditEvents(tx: Db, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const [head] = await tx.select().from(auditHead).where(eq(auditHead.id, 1)).for("update");
  if (!head) throw new Error("audit_head is missing: the database was not migrated");
  let prev = head.hash;
  let seq = head.seq;
  const at = new Date();
  const rows = entries.map((entry) => {
    seq += 1;
    const event = {
      seq,
      at: at.toISOString(),
      actor: entry.actor,
      entity: entry.entity,
      entityId: entry.entityId,
      action: entry.action,
      digest: entry.digest ?? digestOf(entry.state ?? null),
    };
    const hash = chainHash(prev, event);
    const row = { ...event, at, prevHash: prev, hash };
    prev = hash;
    return row;
  });
  await bulkInsert(tx, auditEvents, rows);
  await tx.update(auditHead).set({ seq, hash: prev }).where(eq(auditHead.id, 1));
}
