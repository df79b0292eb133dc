/** Request and response schemas of /api/v1/targets. */
import { z } from "@hono/zod-openapi";
import { TARGET_TYPES } from "../../core/targets/types.ts";
import { REVIEW_STATUSES } from "../../core/workflow/light-workflow.ts";
import { AuditFields, PageQuery } from "../common/schema.ts";
import { SCOPES, SLUG } from "../common/vocabulary.ts";
import { Country } from "../jurisdictions/schema.ts";

/** Target types of climate (CDP / carbonn): base year, intensity, fixed level, BAU, RE share, efficiency. */
export { TARGET_TYPES } from "../../core/targets/types.ts";
/** Target statuses. */
export const TARGET_STATUSES = ["active", "achieved", "missed", "withdrawn"] as const;

const Year = z.number().int().min(1990).max(2100);

/** What a client writes about a target. */
export const TargetInput = z
  .strictObject({
    jurisdictionId: z.uuid(),
    theme: z.string().regex(SLUG).optional().openapi({ description: "climate by default" }),
    indicator: z.string().regex(SLUG).optional().openapi({ description: "ghg-emissions by default" }),
    unit: z.string().min(1).max(40).optional().openapi({ description: "tCO2e by default" }),
    type: z
      .string()
      .regex(SLUG)
      .openapi({
        description: `climate: ${TARGET_TYPES.join(", ")}; other themes: the theme's declared target types (GET /themes)`,
      }),
    scope: z.enum(SCOPES),
    sectors: z.array(z.string().min(1).max(60)).max(50).optional(),
    gases: z.array(z.string().min(1).max(40)).max(50).optional(),
    baseYear: Year.nullable().optional(),
    baseValue: z.number().nullable().optional(),
    targetYear: Year,
    targetValue: z.number().nullable().optional(),
    reductionPercent: z.number().min(0).max(100).nullable().optional(),
    bauValue: z.number().nullable().optional(),
    description: z.string().max(4000).nullable().optional(),
    status: z.enum(TARGET_STATUSES).optional(),
  })
  .openapi("TargetInput");

/** A target as the API presents it. */
export const Target = z
  .object({
    ...AuditFields,
    jurisdictionId: z.uuid(),
    theme: z.string(),
    indicator: z.string(),
    unit: z.string(),
    type: z.string(),
    scope: z.string(),
    sectors: z.array(z.string()),
    gases: z.array(z.string()),
    baseYear: z.number().nullable(),
    baseValue: z.number().nullable(),
    targetYear: z.number(),
    targetValue: z.number().nullable(),
    reductionPercent: z.number().nullable(),
    bauValue: z.number().nullable(),
    description: z.string().nullable(),
    status: z.string(),
    reviewStatus: z
      .enum(REVIEW_STATUSES)
      .openapi({ description: "review workflow: the public sees published only" }),
  })
  .openapi("Target");

/** Filters of the target list. */
export const TargetQuery = PageQuery.extend({
  reviewStatus: z.enum(REVIEW_STATUSES).optional(),
  jurisdictionId: z.uuid().optional(),
  country: Country.optional(),
  theme: z.string().regex(SLUG).optional(),
  type: z.string().regex(SLUG).optional(),
  scope: z.enum(SCOPES).optional(),
  status: z.enum(TARGET_STATUSES).optional(),
  year: z.coerce.number().int().optional().openapi({ description: "target year" }),
});
