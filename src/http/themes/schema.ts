/** Schemas of /api/v1/themes, /theme-reports and the 10% programme. */
import { z } from "@hono/zod-openapi";
import { REVIEW_STATUSES } from "../../core/workflow/light-workflow.ts";
import { AuditFields, PageQuery } from "../common/schema.ts";
import { SLUG } from "../common/vocabulary.ts";
import { Country } from "../jurisdictions/schema.ts";

const Field = {
  id: z.string(),
  name: z.string(),
  unit: z.string(),
  definition: z.string(),
  min: z.number().optional(),
  max: z.number().optional(),
};

/** A declared theme. */
export const Theme = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    agendas: z.array(z.string()),
    inputs: z.array(z.object(Field)),
    indicators: z.array(
      z.object({
        ...Field,
        direction: z.enum(["higher", "lower"]),
        source: z.string(),
        core: z.boolean().optional(),
        computed: z.boolean(),
        formula: z
          .unknown()
          .optional()
          .openapi({ description: "a number, a field id, or {op: add|sub|mul|div, args: [...]}" }),
        formulaText: z.string().nullable(),
      }),
    ),
    targetTypes: z.array(z.object({ id: z.string(), name: z.string(), description: z.string() })),
    actionCategories: z.array(z.object({ id: z.string(), name: z.string() })),
    checks: z.array(
      z.looseObject({
        id: z.string(),
        kind: z.string(),
        severity: z.enum(["error", "warning"]),
        message: z.string(),
      }),
    ),
  })
  .openapi("Theme");

/** The theme id in a path. */
export const ThemeParam = z.object({
  theme: z
    .string()
    .regex(SLUG)
    .openapi({ param: { name: "theme", in: "path" }, example: "iso37120" }),
});

const Year = z.number().int().min(1990).max(2100);

/** What a client writes about a theme report. */
export const ThemeReportInput = z
  .strictObject({
    jurisdictionId: z.uuid(),
    theme: z.string().regex(SLUG),
    year: Year,
    values: z.record(z.string().max(60), z.number()).openapi({
      description: "reported fields of the theme (its inputs and directly reported indicators) by id",
    }),
    notes: z.string().max(4000).nullable().optional(),
  })
  .openapi("ThemeReportInput");

const Issue = z.object({
  check: z.string(),
  severity: z.enum(["error", "warning"]),
  message: z.string(),
  fields: z.array(z.string()),
});

/** A theme report as the API presents it. */
export const ThemeReport = z
  .object({
    ...AuditFields,
    jurisdictionId: z.uuid(),
    theme: z.string(),
    year: z.number(),
    values: z.record(z.string(), z.number()),
    indicators: z
      .record(z.string(), z.number().nullable())
      .openapi({ description: "every indicator of the theme, computed when the report was written" }),
    issues: z.array(Issue).openapi({ description: "findings of the theme's checks; errors block submit" }),
    notes: z.string().nullable(),
    reviewStatus: z.enum(REVIEW_STATUSES),
    contentHash: z
      .string()
      .nullable()
      .openapi({ description: "SHA-256 of the canonical published content (null until published)" }),
  })
  .openapi("ThemeReport");

/** Filters of the theme report list. */
export const ThemeReportQuery = PageQuery.extend({
  jurisdictionId: z.uuid().optional(),
  country: Country.optional(),
  theme: z.string().regex(SLUG).optional(),
  year: z.coerce.number().int().optional(),
  reviewStatus: z.enum(REVIEW_STATUSES).optional(),
});

const Spread = {
  n: z.number(),
  min: z.number().nullable(),
  q1: z.number().nullable(),
  median: z.number().nullable(),
  q3: z.number().nullable(),
  max: z.number().nullable(),
  mean: z.number().nullable(),
};

/** A theme's indicators across members. */
export const ThemeFigures = z
  .object({
    theme: z.string(),
    reportingMembers: z.number(),
    years: z.object({ from: z.number(), to: z.number() }).nullable(),
    rule: z.string(),
    indicators: z.array(
      z.object({ id: z.string(), name: z.string(), unit: z.string(), direction: z.string(), ...Spread }),
    ),
  })
  .openapi("ThemeFigures");

/** One member against its peers. */
export const ThemeBenchmark = z
  .object({
    theme: z.string(),
    jurisdictionId: z.uuid(),
    year: z.number(),
    comparedWith: z.enum(["peers", "network"]),
    rule: z.string(),
    compared: z.array(z.object({ id: z.string(), name: z.string(), year: z.number() })),
    indicators: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        unit: z.string(),
        direction: z.string(),
        value: z.number(),
        peers: z.number(),
        betterThan: z.number(),
        rank: z.number(),
        peerMedian: z.number().nullable(),
      }),
    ),
  })
  .openapi("ThemeBenchmark");

/** The query of a benchmark. */
export const BenchmarkQuery = z.object({ jurisdictionId: z.uuid() });

const EfficiencyYear = z.object({ year: z.number(), value: z.number(), reductionPercent: z.number() });
const STATUSES = ["reached", "on-course", "off-course", "missed", "no-data"] as const;

/** The 10% efficiency-gain programme. */
export const EfficiencyProgrammeView = z
  .object({
    asOfYear: z.number(),
    rule: z.string(),
    summary: z.object({
      commitments: z.number(),
      members: z.number(),
      byStatus: z.record(z.enum(STATUSES), z.number()),
      reachedShare: z.number().nullable(),
      meanLatestReductionPercent: z.number().nullable(),
      byResource: z.array(z.object({ resource: z.string(), commitments: z.number(), reached: z.number() })),
    }),
    commitments: z.array(
      z.object({
        jurisdictionId: z.uuid(),
        jurisdictionName: z.string(),
        country: z.string(),
        targetId: z.uuid(),
        resource: z.string(),
        unit: z.string(),
        baselineYear: z.number(),
        baselineValue: z.number(),
        goalValue: z.number(),
        deadlineYear: z.number(),
        years: z.array(EfficiencyYear),
        latest: EfficiencyYear.nullable(),
        reachedYear: z.number().nullable(),
        progressPercent: z.number(),
        status: z.enum(STATUSES),
      }),
    ),
  })
  .openapi("EfficiencyProgramme");

const ResilienceElements = z.array(
  z.object({
    element: z.enum(["risks", "policy", "commitments", "plans", "actions"]),
    count: z.number(),
    share: z.number().nullable(),
    meetsGoal: z.boolean(),
  }),
);

/** The plan's 25% resilience goal, over the network and per region. */
export const ResilienceGoalView = z
  .object({
    rule: z.string(),
    members: z.number(),
    goalShare: z.number(),
    met: z.boolean(),
    elements: ResilienceElements,
    regions: z
      .array(
        z.object({
          region: z.string().nullable(),
          members: z.number(),
          goalShare: z.number(),
          met: z.boolean(),
          elements: ResilienceElements,
        }),
      )
      .openapi({
        description: "the same figures among each region's members (null: members without a region)",
      }),
  })
  .openapi("ResilienceGoal");
