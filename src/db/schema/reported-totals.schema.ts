/**
 * Reported-totals inventories: an inventory given only as totals (CDP city-wide emissions), stored per version
 * number beside the inventory row (whose `form` is "reported-totals", whose lines are empty and whose totals
 * columns carry the reported BASIC, BASIC+ and scope 1 figures so that it takes part in analytics).
 */
import { doublePrecision, integer, jsonb, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import type { ReportedTotals } from "../../core/reported-totals.ts";
import { inventories } from "./inventory.schema.ts";

/** The reported totals of one version (`number`) of an inventory; frozen once that version is published. */
export const inventoryReportedTotals = pgTable(
  "inventory_reported_totals",
  {
    inventoryId: uuid("inventory_id")
      .notNull()
      .references(() => inventories.id),
    /** The inventory version (revision) these totals belong to. */
    number: integer("number").notNull(),
    scope1: doublePrecision("scope1"),
    scope2: doublePrecision("scope2"),
    scope3: doublePrecision("scope3"),
    basic: doublePrecision("basic"),
    basicPlus: doublePrecision("basic_plus"),
    /** Where the figures came from: `cdp` … (open data attributes them). */
    source: text("source").notNull(),
    /** The whole record: split by generation of grid-supplied energy, period, protocol, gases, provenance. */
    record: jsonb("record").$type<ReportedTotals>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.inventoryId, t.number] })],
);
