/** Climate hazards and risks (CDP/CRF hazard list) a jurisdiction assesses. */
import { sql } from "drizzle-orm";
import { index, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { entityColumns } from "./columns.ts";
import { jurisdictions } from "./jurisdiction.schema.ts";

/** One assessed hazard: probability, impact, timeframe, who and what it affects. */
export const risks = pgTable(
  "risks",
  {
    ...entityColumns(),
    jurisdictionId: uuid("jurisdiction_id")
      .notNull()
      .references(() => jurisdictions.id),
    theme: text("theme").notNull().default("climate"),
    hazard: text("hazard").notNull(),
    probability: text("probability"),
    impact: text("impact"),
    timeframe: text("timeframe"),
    sectors: text("sectors").array().notNull().default(sql`'{}'::text[]`),
    vulnerableGroups: text("vulnerable_groups").array().notNull().default(sql`'{}'::text[]`),
    description: text("description"),
  },
  (t) => [
    index("risks_jurisdiction_idx").on(t.jurisdictionId),
    index("risks_created_id_idx").on(t.createdAt, t.id),
  ],
);
