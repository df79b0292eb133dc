/**
 * Maintained analytics: one public summary per jurisdiction and the progress of each target, both recomputed
 * for one jurisdiction in the same transaction as every write that affects it (services/analytics).
 */
import { index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { JurisdictionProfile } from "../../core/analytics/profile.ts";
import type { JurisdictionSummary } from "../../core/analytics/types.ts";
import type { TargetProgress } from "../../core/targets/types.ts";
import { jurisdictions } from "./jurisdiction.schema.ts";
import { targets } from "./target.schema.ts";

const ts = (name: string) => timestamp(name, { withTimezone: true, precision: 3 }).notNull().defaultNow();

/** A jurisdiction's summary from published data only; `version` moves only when the summary changes. */
export const jurisdictionSummaries = pgTable("jurisdiction_summaries", {
  jurisdictionId: uuid("jurisdiction_id")
    .primaryKey()
    .references(() => jurisdictions.id, { onDelete: "cascade" }),
  summary: jsonb("summary").$type<JurisdictionSummary>().notNull(),
  profile: jsonb("profile").$type<JurisdictionProfile>().notNull(),
  updatedAt: ts("updated_at"),
  version: integer("version").notNull().default(1),
});

/** A target's progress against its jurisdiction's published inventories (core/targets `targetProgress`). */
export const targetProgress = pgTable(
  "target_progress",
  {
    targetId: uuid("target_id")
      .primaryKey()
      .references(() => targets.id, { onDelete: "cascade" }),
    jurisdictionId: uuid("jurisdiction_id")
      .notNull()
      .references(() => jurisdictions.id, { onDelete: "cascade" }),
    status: text("status").notNull(),
    progress: jsonb("progress").$type<TargetProgress>().notNull(),
    updatedAt: ts("updated_at"),
  },
  (t) => [index("target_progress_jurisdiction_idx").on(t.jurisdictionId)],
);
