/**
 * The MRV workflow's records: inventory versions as reviewed (immutable once published), every transition with
 * who, when and why, and comment threads kept with a version.
 */
import {
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { InventoryLine } from "../../core/document.ts";
import type { CalcResult } from "../../core/result.ts";
import type { ReviewCheck } from "../../core/review/review-checks.ts";
import { inventories } from "./inventory.schema.ts";

const ts = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

/**
 * One version of an inventory, written when it is first submitted and frozen when published (a trigger refuses
 * changes to a published row). The inventory row is the head: the working copy of the current version.
 */
export const inventoryVersions = pgTable(
  "inventory_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    inventoryId: uuid("inventory_id")
      .notNull()
      .references(() => inventories.id),
    number: integer("number").notNull(),
    jurisdictionId: uuid("jurisdiction_id").notNull(),
    year: integer("year").notNull(),
    kind: text("kind").notNull(),
    /** The inventory's form when this version was written: "lines" or "reported-totals". */
    form: text("form").notNull().default("lines"),
    boundary: text("boundary"),
    gwp: text("gwp").notNull(),
    population: doublePrecision("population"),
    status: text("status").notNull(),
    lines: jsonb("lines").$type<InventoryLine[]>().notNull(),
    result: jsonb("result").$type<CalcResult>().notNull(),
    totalBasic: doublePrecision("total_basic").notNull(),
    checks: jsonb("checks").$type<ReviewCheck[]>().notNull(),
    answers: jsonb("answers").$type<Record<string, string>>().notNull(),
    contentHash: text("content_hash"),
    createdAt: ts("created_at").notNull().defaultNow(),
    createdBy: text("created_by").notNull(),
    publishedAt: ts("published_at"),
    publishedBy: text("published_by"),
  },
  (t) => [
    uniqueIndex("inventory_versions_number_key").on(t.inventoryId, t.number),
    index("inventory_versions_status_idx").on(t.status),
    index("inventory_versions_jurisdiction_year_idx").on(t.jurisdictionId, t.kind, t.year),
  ],
);

/** One workflow transition of an inventory version, target or action: who, when, from, to and why. */
export const workflowTransitions = pgTable(
  "workflow_transitions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    entity: text("entity").notNull(),
    entityId: uuid("entity_id").notNull(),
    /** The inventory version number; 0 for targets and actions. */
    revision: integer("revision").notNull(),
    fromStatus: text("from_status").notNull(),
    toStatus: text("to_status").notNull(),
    actor: text("actor").notNull(),
    at: ts("at").notNull().defaultNow(),
    comment: text("comment"),
  },
  (t) => [index("workflow_transitions_entity_idx").on(t.entityId, t.revision, t.at)],
);

/** A comment on a line, a GPC row or a whole inventory version; `parentId` makes it a reply. */
export const comments = pgTable(
  "comments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    inventoryId: uuid("inventory_id")
      .notNull()
      .references(() => inventories.id),
    revision: integer("revision").notNull(),
    parentId: uuid("parent_id"),
    /** `inventory`, `line` (1-based `line`) or `row` (`gpc`). */
    anchor: text("anchor").notNull(),
    line: integer("line"),
    gpc: text("gpc"),
    body: text("body").notNull(),
    authorId: text("author_id").notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [index("comments_inventory_idx").on(t.inventoryId, t.revision, t.createdAt)],
);
