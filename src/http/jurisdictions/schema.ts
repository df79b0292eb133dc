/** Request and response schemas of /api/v1/jurisdictions. */
import { z } from "@hono/zod-openapi";
import { AuditFields, PageQuery } from "../common/schema.ts";

/** The kinds of jurisdiction. */
export const JURISDICTION_TYPES = [
  "city",
  "town",
  "municipality",
  "metropolitan-area",
  "county",
  "province",
  "region",
] as const;

const YearValue = z.strictObject({ year: z.number().int().min(1800).max(2200), value: z.number().min(0) });
const Series = z.array(YearValue).max(500);

/** ISO 3166-1 alpha-2 country code. */
export const Country = z.string().regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code such as BR");

/** What a client writes about a jurisdiction. */
export const JurisdictionInput = z
  .strictObject({
    name: z.string().trim().min(1).max(200),
    type: z.enum(JURISDICTION_TYPES),
    country: Country,
    locode: z
      .string()
      .regex(/^[A-Z]{2} ?[A-Z0-9]{3}$/, "must be a UN/LOCODE such as BR RIO")
      .nullable()
      .optional(),
    cdpAccount: z.number().int().positive().nullable().optional(),
    region: z.string().max(200).nullable().optional(),
    parentId: z.uuid().nullable().optional(),
    tags: z
      .array(z.string().regex(/^[a-z0-9-]{1,40}$/, "must be a lowercase tag such as coastal"))
      .max(50)
      .optional(),
    requiresApprover: z
      .boolean()
      .optional()
      .openapi({ description: "submitted inventories need a city approver before review (default false)" }),
    population: Series.optional().openapi({ description: "inhabitants by year" }),
    gdp: Series.optional().openapi({ description: "gross domestic product by year, USD" }),
    area: Series.optional().openapi({ description: "area by year, km²" }),
  })
  .openapi("JurisdictionInput");

const OutSeries = z.array(z.object({ year: z.number(), value: z.number() }));

/** A jurisdiction as the API presents it. */
export const Jurisdiction = z
  .object({
    ...AuditFields,
    name: z.string(),
    type: z.string(),
    country: z.string(),
    locode: z.string().nullable(),
    cdpAccount: z.number().nullable(),
    region: z.string().nullable(),
    parentId: z.string().nullable(),
    tags: z.array(z.string()),
    requiresApprover: z.boolean(),
    population: OutSeries,
    gdp: OutSeries,
    area: OutSeries,
  })
  .openapi("Jurisdiction");

/** Filters of the jurisdiction list. */
export const JurisdictionQuery = PageQuery.extend({
  country: Country.optional(),
  type: z.enum(JURISDICTION_TYPES).optional(),
  tag: z.string().max(40).optional(),
  parentId: z.uuid().optional(),
  q: z.string().max(200).optional().openapi({ description: "text in the name" }),
});
