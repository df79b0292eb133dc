/** Jurisdictions (cities, towns, regions …) and their time series (population, GDP, area, any indicator). */
import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { entityColumns } from "./columns.ts";

/** A local or regional government, with the identifiers other systems use. */
export const jurisdictions = pgTable(
  "jurisdictions",
  {
    ...entityColumns(),
    name: text("name").notNull(),
    type: text("type").notNull(),
    country: text("country").notNull(),
    locode: text("locode"),
    cdpAccount: integer("cdp_account"),
    region: text("region"),
    parentId: uuid("parent_id").references((): AnyPgColumn => jurisdictions.id),
    tags: text("tags").array().notNull().default(sql`'{}'::text[]`),
    /** Submitted inventories need a city approver's approval before a reviewer takes them. */
    requiresApprover: boolean("requires_approver").notNull().default(false),
  },
  (t) => [
    uniqueIndex("jurisdictions_locode_key").on(t.locode),
    uniqueIndex("jurisdictions_cdp_account_key").on(t.cdpAccount),
    index("jurisdictions_name_id_idx").on(t.name, t.id),
    index("jurisdictions_country_idx").on(t.country),
    index("jurisdictions_tags_idx").using("gin", t.tags),
  ],
);

/**
 * One value of a jurisdiction's time series; `indicator` is data (population, gdp, area, or any later theme's
 * indicator), so a new series needs no new table.
 */
export const jurisdictionSeries = pgTable(
  "jurisdiction_series",
  {
    jurisdictionId: uuid("jurisdiction_id")
      .notNull()
      .references(() => jurisdictions.id, { onDelete: "cascade" }),
    indicator: text("indicator").notNull(),
    year: integer("year").notNull(),
    value: doublePrecision("value").notNull(),
    unit: text("unit").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.jurisdictionId, t.indicator, t.year] })],
);
