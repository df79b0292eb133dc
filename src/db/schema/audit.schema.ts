/**
 * The tamper-evident audit log: an append-only chain of events, each hashed over the previous event's hash.
 * A trigger refuses UPDATE, DELETE and TRUNCATE (migration 0003); `audit_head` holds the chain's last seq and
 * hash, locked FOR UPDATE by every append so that appends are serialised and the chain has no gaps.
 */
import { bigint, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** One event: who did what to which entity, a digest of the new state, and the chain hashes. */
export const auditEvents = pgTable("audit_events", {
  seq: bigint("seq", { mode: "number" }).primaryKey(),
  at: timestamp("at", { withTimezone: true, precision: 3 }).notNull(),
  actor: text("actor").notNull(),
  entity: text("entity").notNull(),
  entityId: text("entity_id").notNull(),
  action: text("action").notNull(),
  digest: text("digest").notNull(),
  prevHash: text("prev_hash").notNull(),
  hash: text("hash").notNull(),
});

/** The chain head: one row (id 1) with the last event's seq and hash. */
export const auditHead = pgTable("audit_head", {
  id: integer("id").primaryKey(),
  seq: bigint("seq", { mode: "number" }).notNull(),
  hash: text("hash").notNull(),
});
