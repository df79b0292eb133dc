/** Request and response schemas of /api/v1/risks. */
import { z } from "@hono/zod-openapi";
import { AuditFields, PageQuery } from "../common/schema.ts";
import { HAZARDS, SLUG } from "../common/vocabulary.ts";
import { Country } from "../jurisdictions/schema.ts";

const Level = z.enum(["low", "medium", "high"]);
/** Timeframes of a hazard (CDP). */
export const TIMEFRAMES = ["current", "short-term", "medium-term", "long-term"] as const;

/** What a client writes about a hazard and its risk. */
export const RiskInput = z
  .strictObject({
    jurisdictionId: z.uuid(),
    theme: z.string().regex(SLUG).optional(),
    hazard: z.enum(HAZARDS),
    probability: Level.nullable().optional(),
    impact: Level.nullable().optional(),
    timeframe: z.enum(TIMEFRAMES).nullable().optional(),
    sectors: z.array(z.string().min(1).max(60)).max(50).optional(),
    vulnerableGroups: z.array(z.string().min(1).max(100)).max(50).optional(),
    description: z.string().max(8000).nullable().optional(),
  })
  .openapi("RiskInput");

/** A risk as the API presents it. */
export const Risk = z
  .object({
    ...AuditFields,
    jurisdictionId: z.uuid(),
    theme: z.string(),
    hazard: z.string(),
    probability: z.string().nullable(),
    impact: z.string().nullable(),
    timeframe: z.string().nullable(),
    sectors: z.array(z.string()),
    vulnerableGroups: z.array(z.string()),
    description: z.string().nullable(),
  })
  .openapi("Risk");

/** Filters of the risk list. */
export const RiskQuery = PageQuery.extend({
  jurisdictionId: z.uuid().optional(),
  country: Country.optional(),
  theme: z.string().regex(SLUG).optional(),
  hazard: z.enum(HAZARDS).optional(),
  probability: Level.optional(),
  impact: Level.optional(),
});
