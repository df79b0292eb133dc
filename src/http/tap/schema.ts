/** Schemas of /api/v1/tap-projects (Transformative Actions Program) and funders' interest. */
import { z } from "@hono/zod-openapi";
import { AGENDA_IDS } from "../../core/members/agendas.ts";
import { REVIEW_STATUSES } from "../../core/workflow/light-workflow.ts";
import { TAP_STAGES } from "../../services/themes/tap-project.service.ts";
import { AuditFields, PageQuery, PlainText } from "../common/schema.ts";
import { Country } from "../jurisdictions/schema.ts";

const Currency = z.string().regex(/^[A-Z]{3}$/, "must be an ISO 4217 code such as EUR");

/** What a member writes about a project. */
export const TapProjectInput = z
  .strictObject({
    jurisdictionId: z.uuid(),
    title: z.string().trim().min(1).max(300),
    problem: z.string().trim().min(1).max(8000),
    action: z.string().trim().min(1).max(8000),
    expectedReduction: z.number().min(0).nullable().optional().openapi({ description: "tCO2e per year" }),
    peopleServed: z.number().int().min(0).nullable().optional(),
    coBenefits: z.array(z.string().min(1).max(100)).max(50).optional(),
    stage: z.enum(TAP_STAGES),
    cost: z.number().min(0),
    financeSought: z.number().min(0),
    currency: Currency,
    sectors: z.array(z.string().min(1).max(60)).max(20).optional(),
    agendas: z.array(z.enum(AGENDA_IDS)).max(10).optional(),
    targetIds: z.array(z.uuid()).max(50).optional(),
  })
  .openapi("TapProjectInput");

/** A project as the API presents it. */
export const TapProject = z
  .object({
    ...AuditFields,
    jurisdictionId: z.uuid(),
    title: z.string(),
    problem: z.string(),
    action: z.string(),
    expectedReduction: z.number().nullable(),
    peopleServed: z.number().nullable(),
    coBenefits: z.array(z.string()),
    stage: z.enum(TAP_STAGES),
    cost: z.number(),
    financeSought: z.number(),
    currency: z.string(),
    sectors: z.array(z.string()),
    agendas: z.array(z.string()),
    targetIds: z.array(z.string()),
    reviewStatus: z.enum(REVIEW_STATUSES),
  })
  .openapi("TapProject");

/** What funders browse projects by. */
export const TapProjectQuery = PageQuery.extend({
  jurisdictionId: z.uuid().optional(),
  country: Country.optional(),
  stage: z.enum(TAP_STAGES).optional(),
  sector: PlainText(60).optional(),
  agenda: z.enum(AGENDA_IDS).optional(),
  minFinance: z.coerce.number().min(0).optional(),
  maxFinance: z.coerce.number().min(0).optional(),
  q: PlainText(200).optional(),
  reviewStatus: z.enum(REVIEW_STATUSES).optional(),
});

/** A funder's word on a project. */
export const InterestInput = z
  .strictObject({
    saved: z.boolean(),
    interested: z.boolean(),
    message: z.string().max(2000).nullable().optional(),
  })
  .openapi("TapInterestInput");

/** A funder's interest as the funder sees it. */
export const Interest = z
  .object({
    projectId: z.uuid(),
    saved: z.boolean(),
    interested: z.boolean(),
    message: z.string().nullable(),
    updatedAt: z.string(),
  })
  .openapi("TapInterest");

/** The funders interested in a project, as its member sees them. */
export const InterestedFunders = z
  .object({
    items: z.array(
      z.object({
        funderId: z.uuid(),
        name: z.string(),
        email: z.string(),
        message: z.string().nullable(),
        updatedAt: z.string(),
      }),
    ),
  })
  .openapi("TapInterestedFunders");

/** A funder's saved and interesting projects. */
export const FunderProjects = z
  .object({ items: z.array(z.object({ interest: Interest, project: TapProject })) })
  .openapi("FunderProjects");
