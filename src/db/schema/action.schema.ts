/** Actions: mitigation and adaptation measures, with their cost, status and links to targets. */
import { sql } from "drizzle-orm";
import { doublePrecision, index, integer, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { entityColumns } from "./columns.ts";
import { jurisdictions } from "./jurisdiction.schema.ts";

/** An action a jurisdiction plans or takes. */
export const actions = pgTable(
  "actions",
  {
    ...entityColumns(),
    jurisdictionId: uuid("jurisdiction_id")
      .notNull()
      .references(() => jurisdictions.id),
    theme: text("theme").notNull().default("climate"),
    kind: text("kind").notNull(),
    /** The action's category in its theme's declaration (themes beyond climate); null for climate actions. */
    category: text("category"),
    title: text("title").notNull(),
    description: text("description"),
    sectors: text("sectors").array().notNull().default(sql`'{}'::text[]`),
    hazards: text("hazards").array().notNull().default(sql`'{}'::text[]`),
    status: text("status").notNull(),
    /** The light review workflow (core/workflow/light-workflow.ts): the public sees only published ones. */
    reviewStatus: text("review_status").notNull().default("draft"),
    startYear: integer("start_year"),
    endYear: integer("end_year"),
    cost: doublePrecision("cost"),
    currency: text("currency"),
    fundingSource: text("funding_source"),
    expectedAnnualReduction: doublePrecision("expected_annual_reduction"),
    coBenefits: text("co_benefits").array().notNull().default(sql`'{}'::text[]`),
    targetIds: uuid("target_ids").array().notNull().default(sql`'{}'::uuid[]`),
  },
  (t) => [
    index("actions_jurisdiction_idx").on(t.jurisdictionId),
    index("actions_created_id_idx").on(t.createdAt, t.id),
  ],
);
