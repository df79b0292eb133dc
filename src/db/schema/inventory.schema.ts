/** GHG inventories: the document's lines and, beside them, the result calculated from that version. */
import {
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { InventoryLine } from "../../core/document.ts";
import type { CalcResult } from "../../core/result.ts";
import { entityColumns } from "./columns.ts";
import { jurisdictions } from "./jurisdiction.schema.ts";

/** An inventory of one jurisdiction, year and kind (community or government operations). */
export const inventories = pgTable(
  "inventories",
  {
    ...entityColumns(),
    jurisdictionId: uuid("jurisdiction_id")
      .notNull()
      .references(() => jurisdictions.id),
    year: integer("year").notNull(),
    kind: text("kind").notNull(),
    /** "lines" (calculated from its lines) or "reported-totals" (totals only; see reported-totals.schema.ts). */
    form: text("form").notNull().default("lines"),
    boundary: text("boundary"),
    gwp: text("gwp").notNull(),
    population: doublePrecision("population"),
    /** The workflow status of the current version (core/workflow/inventory-workflow.ts). */
    status: text("status").notNull().default("draft"),
    /** The current version's number (1, 2 …); a correction of a published version starts the next one. */
    revision: integer("revision").notNull().default(1),
    /** The number of the latest published version, which is what the public reads; null until published. */
    publishedRevision: integer("published_revision"),
    lines: jsonb("lines").$type<InventoryLine[]>().notNull(),
    result: jsonb("result").$type<CalcResult>().notNull(),
    totalBasic: doublePrecision("total_basic").notNull(),
    totalBasicPlus: doublePrecision("total_basic_plus").notNull(),
    totalTerritorial: doublePrecision("total_territorial").notNull(),
  },
  (t) => [
    uniqueIndex("inventories_jurisdiction_kind_year_key").on(t.jurisdictionId, t.kind, t.year),
    index("inventories_created_id_idx").on(t.createdAt, t.id),
    index("inventories_year_idx").on(t.year),
  ],
);
