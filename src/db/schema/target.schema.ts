/** Targets (commitments): a theme, an indicator and the values to reach; climate is the first theme. */
import { sql } from "drizzle-orm";
import { doublePrecision, index, integer, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { entityColumns } from "./columns.ts";
import { jurisdictions } from "./jurisdiction.schema.ts";

/** A commitment of a jurisdiction, e.g. -50 % community GHG emissions by 2030 against 2015. */
export const targets = pgTable(
  "targets",
  {
    ...entityColumns(),
    jurisdictionId: uuid("jurisdiction_id")
      .notNull()
      .references(() => jurisdictions.id),
    theme: text("theme").notNull().default("climate"),
    indicator: text("indicator").notNull().default("ghg-emissions"),
    unit: text("unit").notNull().default("tCO2e"),
    type: text("type").notNull(),
    scope: text("scope").notNull(),
    sectors: text("sectors").array().notNull().default(sql`'{}'::text[]`),
    gases: text("gases").array().notNull().default(sql`'{}'::text[]`),
    baseYear: integer("base_year"),
    baseValue: doublePrecision("base_value"),
    targetYear: integer("target_year").notNull(),
    targetValue: doublePrecision("target_value"),
    reductionPercent: doublePrecision("reduction_percent"),
    bauValue: doublePrecision("bau_value"),
    description: text("description"),
    status: text("status").notNull().default("active"),
    /** The light review workflow (core/workflow/light-workflow.ts): the public sees only published ones. */
    reviewStatus: text("review_status").notNull().default("draft"),
  },
  (t) => [
    index("targets_jurisdiction_idx").on(t.jurisdictionId),
    index("targets_created_id_idx").on(t.createdAt, t.id),
  ],
);
