/** Request and response schemas of /api/v1/actions. */
import { z } from "@hono/zod-openapi";
import { REVIEW_STATUSES } from "../../core/workflow/light-workflow.ts";
import { AuditFields, PageQuery } from "../common/schema.ts";
import { HAZARDS, SLUG } from "../common/vocabulary.ts";
import { Country } from "../jurisdictions/schema.ts";

/** Action kinds. */
export const ACTION_KINDS = ["mitigation", "adaptation", "both"] as const;
/** Action statuses. */
export const ACTION_STATUSES = ["planned", "in-progress", "completed", "cancelled"] as const;

const Year = z.number().int().min(1900).max(2100);

/** What a client writes about an action. */
export const ActionInput = z
  .strictObject({
    jurisdictionId: z.uuid(),
    theme: z.string().regex(SLUG).optional(),
    kind: z.enum(ACTION_KINDS),
    category: z.string().regex(SLUG).nullable().optional().openapi({
      description: "for themes beyond climate: one of the theme's action categories (GET /themes)",
    }),
    title: z.string().trim().min(1).max(300),
    description: z.string().max(8000).nullable().optional(),
    sectors: z.array(z.string().min(1).max(60)).max(50).optional(),
    hazards: z.array(z.enum(HAZARDS)).max(20).optional(),
    status: z.enum(ACTION_STATUSES),
    startYear: Year.nullable().optional(),
    endYear: Year.nullable().optional(),
    cost: z.number().min(0).nullable().optional(),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, "must be an ISO 4217 code such as BRL")
      .nullable()
      .optional(),
    fundingSource: z.string().max(300).nullable().optional(),
    expectedAnnualReduction: z.number().nullable().optional().openapi({ description: "tCO2e per year" }),
    coBenefits: z.array(z.string().min(1).max(100)).max(50).optional(),
    targetIds: z.array(z.uuid()).max(50).optional(),
  })
  .openapi("ActionInput");

/** An action as the API presents it. */
export const Action = z
  .object({
    ...AuditFields,
    jurisdictionId: z.uuid(),
    theme: z.string(),
    kind: z.string(),
    category: z.string().nullable(),
    title: z.string(),
    description: z.string().nullable(),
    sectors: z.array(z.string()),
    hazards: z.array(z.string()),
    status: z.string(),
    reviewStatus: z
      .enum(REVIEW_STATUSES)
      .openapi({ description: "review workflow: the public sees published only" }),
    startYear: z.number().nullable(),
    endYear: z.number().nullable(),
    cost: z.number().nullable(),
    currency: z.string().nullable(),
    fundingSource: z.string().nullable(),
    expectedAnnualReduction: z.number().nullable(),
    coBenefits: z.array(z.string()),
    targetIds: z.array(z.string()),
  })
  .openapi("Action");

/** Filters of the action list. */
export const ActionQuery = PageQuery.extend({
  reviewStatus: z.enum(REVIEW_STATUSES).optional(),
  jurisdictionId: z.uuid().optional(),
  country: Country.optional(),
  theme: z.string().regex(SLUG).optional(),
  kind: z.enum(ACTION_KINDS).optional(),
  status: z.enum(ACTION_STATUSES).optional(),
  hazard: z.enum(HAZARDS).optional(),
  sector: z.string().max(60).optional(),
  q: z.string().max(200).optional().openapi({ description: "text in the title" }),
});
