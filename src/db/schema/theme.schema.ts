/**
 * Themes beyond climate: one generic report table (a theme's values as JSON, validated against the theme's
 * declaration), Transformative Actions Program projects with funders' interest, and the Solutions Gateway.
 */
import { sql } from "drizzle-orm";
import {
  boolean,
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
import type { ThemeIssue } from "../../core/themes/types.ts";
import { users } from "./account.schema.ts";
import { entityColumns } from "./columns.ts";
import { jurisdictions } from "./jurisdiction.schema.ts";

const ts = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

/** A jurisdiction's yearly report for one theme: reported values, computed indicators and check findings. */
export const themeReports = pgTable(
  "theme_reports",
  {
    ...entityColumns(),
    jurisdictionId: uuid("jurisdiction_id")
      .notNull()
      .references(() => jurisdictions.id),
    theme: text("theme").notNull(),
    year: integer("year").notNull(),
    values: jsonb("values").$type<Record<string, number>>().notNull(),
    /** Every indicator of the theme as computed from `values` when the report was written (never on read). */
    indicators: jsonb("indicators").$type<Record<string, number | null>>().notNull(),
    issues: jsonb("issues").$type<ThemeIssue[]>().notNull(),
    notes: text("notes"),
    /** The light review workflow (core/workflow/light-workflow.ts): the public sees only published ones. */
    reviewStatus: text("review_status").notNull().default("draft"),
    /** SHA-256 of the canonical published content, set when published (cleared when reopened). */
    contentHash: text("content_hash"),
  },
  (t) => [
    uniqueIndex("theme_reports_key").on(t.jurisdictionId, t.theme, t.year),
    index("theme_reports_theme_idx").on(t.theme, t.reviewStatus),
    index("theme_reports_created_id_idx").on(t.createdAt, t.id),
  ],
);

/** A Transformative Actions Program project a member presents to funders. */
export const tapProjects = pgTable(
  "tap_projects",
  {
    ...entityColumns(),
    jurisdictionId: uuid("jurisdiction_id")
      .notNull()
      .references(() => jurisdictions.id),
    title: text("title").notNull(),
    problem: text("problem").notNull(),
    action: text("action").notNull(),
    expectedReduction: doublePrecision("expected_reduction"),
    peopleServed: integer("people_served"),
    coBenefits: text("co_benefits").array().notNull().default(sql`'{}'::text[]`),
    stage: text("stage").notNull(),
    cost: doublePrecision("cost").notNull(),
    financeSought: doublePrecision("finance_sought").notNull(),
    currency: text("currency").notNull(),
    sectors: text("sectors").array().notNull().default(sql`'{}'::text[]`),
    agendas: text("agendas").array().notNull().default(sql`'{}'::text[]`),
    targetIds: uuid("target_ids").array().notNull().default(sql`'{}'::uuid[]`),
    reviewStatus: text("review_status").notNull().default("draft"),
  },
  (t) => [
    index("tap_projects_jurisdiction_idx").on(t.jurisdictionId),
    index("tap_projects_created_id_idx").on(t.createdAt, t.id),
  ],
);

/** A funder's saved project and expressed interest (one row per funder and project). */
export const tapInterests = pgTable(
  "tap_interests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    projectId: uuid("project_id")
      .notNull()
      .references(() => tapProjects.id),
    funderId: uuid("funder_id")
      .notNull()
      .references(() => users.id),
    saved: boolean("saved").notNull().default(false),
    interested: boolean("interested").notNull().default(false),
    message: text("message"),
    createdAt: ts("created_at").notNull().defaultNow(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("tap_interests_key").on(t.projectId, t.funderId),
    index("tap_interests_funder_idx").on(t.funderId),
  ],
);

/** A provider of solutions (business, research institute, city, NGO), reviewed before its solutions appear. */
export const solutionProviders = pgTable(
  "solution_providers",
  {
    ...entityColumns(),
    name: text("name").notNull(),
    kind: text("kind").notNull(),
    country: text("country"),
    website: text("website"),
    description: text("description"),
    /** submitted → approved | rejected (a reviewer decides); only approved providers' solutions are listed. */
    reviewStatus: text("review_status").notNull().default("submitted"),
    reviewComment: text("review_comment"),
  },
  (t) => [index("solution_providers_created_id_idx").on(t.createdAt, t.id)],
);

/** A solution in the Gateway, tagged by agenda, sector, hazard and the problems it solves. */
export const solutions = pgTable(
  "solutions",
  {
    ...entityColumns(),
    providerId: uuid("provider_id")
      .notNull()
      .references(() => solutionProviders.id),
    title: text("title").notNull(),
    description: text("description").notNull(),
    agendas: text("agendas").array().notNull().default(sql`'{}'::text[]`),
    sectors: text("sectors").array().notNull().default(sql`'{}'::text[]`),
    hazards: text("hazards").array().notNull().default(sql`'{}'::text[]`),
    problems: text("problems").array().notNull().default(sql`'{}'::text[]`),
  },
  (t) => [
    index("solutions_provider_idx").on(t.providerId),
    index("solutions_created_id_idx").on(t.createdAt, t.id),
  ],
);
