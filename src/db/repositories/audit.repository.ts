/** SQL for the audit chain: append an event under the chain-head lock, and read events and the head in order. */
import { asc, eq, gt, sql } from "drizzle-orm";
import { chainHash, digestOf } from "../../core/record/hash.ts";
import type { Db } from "../database.ts";
import { auditEvents, auditHead } from "../schema/index.ts";

/** A stored audit event. */
export type AuditEventRow = typeof auditEvents.$inferSelect;

/** What a write records: who did what to which entity, and the entity's new state (digested, not stored). */
export interface AuditEntry {
  actor: string;
  entity: string;
  entityId: string;
  action: string;
  /** The new state; its canonical JSON's SHA-256 is the event's digest. Or give `digest` directly. */
  state?: unknown;
  digest?: string;
}

/**
 * Appends an event in the caller's transaction. The chain-head row is locked FOR UPDATE first, so concurrent
 * appends queue and each takes the next seq and chains on the hash before it.
 */
export async function appendAuditEvent(tx: Db, entry: AuditEntry): Promise<AuditEventRow> {
  const [head] = await tx.select().from(auditHead).where(eq(auditHead.id, 1)).for("update");
  if (!head) throw new Error("audit_head is missing: the database was not migrated");
  const event = {
    seq: head.seq + 1,
    at: new Date().toISOString(),
    actor: entry.actor,
    entity: entry.entity,
    entityId: entry.entityId,
    action: entry.action,
    digest: entry.digest ?? digestOf(entry.state ?? null),
  };
  const hash = chainHash(head.hash, event);
  const [row] = await tx
    .insert(auditEvents)
    .values({ ...event, at: new Date(event.at), prevHash: head.hash, hash })
    .returning();
  await tx.update(auditHead).set({ seq: event.seq, hash }).where(eq(auditHead.id, 1));
  return row as AuditEventRow;
}

/** Reads up to `limit` events after `afterSeq`, in seq order. */
export async function readAuditEvents(db: Db, afterSeq: number, limit: number): Promise<AuditEventRow[]> {
  return db
    .select()
    .from(auditEvents)
    .where(gt(auditEvents.seq, afterSeq))
    .orderBy(asc(auditEvents.seq))
    .limit(limit);
}

/** Reads the chain head: the last event's seq and hash as the appender recorded them. */
export async function readAuditHead(db: Db): Promise<{ seq: number; hash: string } | undefined> {
  const [head] = await db.select({ seq: auditHead.seq, hash: auditHead.hash }).from(auditHead);
  return head;
}

/** Counts events (for reports and tests). */
export async function countAuditEvents(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(auditEvents);
  return row?.n ?? 0;
}
