/** Schemas of the Solutions Gateway: /solution-providers, /solutions, /jurisdictions/{id}/solution-matches. */
import { z } from "@hono/zod-openapi";
import { AGENDA_IDS } from "../../core/members/agendas.ts";
import { PROVIDER_KINDS } from "../../services/themes/gateway.service.ts";
import { AuditFields, PlainText } from "../common/schema.ts";
import { HAZARDS } from "../common/vocabulary.ts";

const Tag = PlainText(60).pipe(z.string().min(1));

/** A solution as proposed. */
const SolutionInput = z.strictObject({
  title: z.string().trim().min(1).max(300),
  description: z.string().trim().min(1).max(8000),
  agendas: z.array(z.enum(AGENDA_IDS)).max(10).optional(),
  sectors: z.array(Tag).max(20).optional(),
  hazards: z.array(z.enum(HAZARDS)).max(20).optional(),
  problems: z.array(Tag).max(20).optional(),
});

/** A provider as proposed, with its solutions. */
export const ProviderInput = z
  .strictObject({
    name: z.string().trim().min(1).max(300),
    kind: z.enum(PROVIDER_KINDS),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .nullable()
      .optional(),
    website: z.url().max(500).nullable().optional(),
    description: z.string().max(4000).nullable().optional(),
    solutions: z.array(SolutionInput).min(1).max(50),
  })
  .openapi("SolutionProviderInput");

/** A provider. */
export const Provider = z
  .object({
    ...AuditFields,
    name: z.string(),
    kind: z.string(),
    country: z.string().nullable(),
    website: z.string().nullable(),
    description: z.string().nullable(),
    reviewStatus: z.enum(["submitted", "approved", "rejected"]),
    reviewComment: z.string().nullable(),
  })
  .openapi("SolutionProvider");

/** A solution with its provider's name. */
export const Solution = z
  .object({
    id: z.uuid(),
    providerId: z.uuid(),
    providerName: z.string(),
    providerKind: z.string(),
    title: z.string(),
    description: z.string(),
    agendas: z.array(z.string()),
    sectors: z.array(z.string()),
    hazards: z.array(z.string()),
    problems: z.array(z.string()),
  })
  .openapi("Solution");

/** Filters of the solution catalogue. */
export const SolutionQuery = z.object({
  agenda: z.enum(AGENDA_IDS).optional(),
  sector: Tag.optional(),
  hazard: z.enum(HAZARDS).optional(),
  problem: Tag.optional(),
  q: PlainText(200).optional(),
});

/** Filter of the provider list. */
export const ProviderQuery = z.object({
  reviewStatus: z.enum(["submitted", "approved", "rejected"]).optional(),
  mine: z
    .enum(["true", "false"])
    .optional()
    .openapi({ description: "true: only the signed-in user's own proposals, in every status" }),
});

/** A provider with its solutions, as its proposer and reviewers read it. */
export const ProviderWithSolutions = Provider.extend({ solutions: z.array(Solution) }).openapi(
  "SolutionProviderWithSolutions",
);

/** A reviewer's decision. */
export const DecisionInput = z
  .strictObject({ comment: z.string().max(4000).nullable().optional() })
  .openapi("ProviderDecision");

/** Solutions matched to a member. */
export const SolutionMatches = z
  .object({
    jurisdictionId: z.uuid(),
    rule: z.string(),
    facts: z.object({
      actionSectors: z.array(z.string()),
      hazards: z.array(z.string()),
      sectorShares: z.record(z.string(), z.number()).nullable(),
    }),
    matches: z.array(
      z.object({
        solution: Solution,
        score: z.number(),
        reasons: z.array(
          z.object({
            kind: z.enum(["gap", "hazard", "action-sector"]),
            sector: z.string().optional(),
            share: z.number().optional(),
            hazard: z.string().optional(),
          }),
        ),
      }),
    ),
  })
  .openapi("SolutionMatches");
