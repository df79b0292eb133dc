/** Request and response schemas of /api/v1/inventories: the inventory document (DESIGN.md) and its results. */
import { z } from "@hono/zod-openapi";
import { INVENTORY_STATUSES } from "../../core/workflow/inventory-workflow.ts";
import { AuditFields, PageQuery } from "../common/schema.ts";
import { Country } from "../jurisdictions/schema.ts";

const Quantity = z.strictObject({ value: z.number(), unit: z.string().min(1).max(40) }).openapi("Quantity");
const PerGas = z.record(z.string().min(1).max(40), Quantity);
const Quality = z.enum(["H", "M", "L"]);

/** One line of an inventory document: activity with a fuel or factors, direct emissions, or a notation key. */
export const InventoryLine = z
  .strictObject({
    gpc: z.string().min(1).max(20).openapi({ example: "I.1.1" }),
    fuel: z.string().max(60).optional(),
    activity: Quantity.optional(),
    factors: PerGas.optional(),
    emissions: PerGas.optional(),
    notationKey: z.string().max(4).optional(),
    explanation: z.string().max(2000).optional(),
    dataQuality: z.strictObject({ activity: Quality.optional(), factor: Quality.optional() }).optional(),
    source: z.string().max(2000).optional(),
    comment: z.string().max(2000).optional(),
  })
  .openapi("InventoryLine");

/** The GWP sets. */
export const GWP = z.enum(["AR4", "AR5", "AR6"]);
/** Inventory kinds. */
export const INVENTORY_KINDS = ["community", "government"] as const;

/** What a client writes: the inventory document plus kind and boundary (status changes only by transitions). */
export const InventoryInput = z
  .strictObject({
    jurisdictionId: z.uuid().optional().openapi({ description: "the jurisdiction; or give `jurisdiction`" }),
    jurisdiction: z.string().max(10).optional().openapi({ description: "the jurisdiction's UN/LOCODE" }),
    year: z.number().int().min(1990).max(2100),
    kind: z.enum(INVENTORY_KINDS),
    boundary: z.string().max(2000).nullable().optional(),
    gwp: GWP.optional().openapi({ description: "GWP set, AR5 by default" }),
    population: z.number().positive().nullable().optional(),
    lines: z.array(InventoryLine).max(5000),
  })
  .openapi("InventoryInput");

const Issue = z
  .object({
    code: z.string(),
    severity: z.enum(["error", "warning", "info"]),
    line: z.number().nullable(),
    gpc: z.string().nullable(),
    message: z.string(),
  })
  .openapi("Issue");

const Numbers = z.record(z.string(), z.number());

/** An automated review check: errors block submission; warnings need an answer keyed by `id`. */
export const ReviewCheck = z
  .object({
    id: z.string(),
    code: z.string(),
    severity: z.enum(["error", "warning", "info"]),
    line: z.number().nullable(),
    gpc: z.string().nullable(),
    message: z.string(),
  })
  .openapi("ReviewCheck");

/** The stored calculation of an inventory version (tCO2e; gas amounts in tonnes). */
export const InventoryResults = z
  .object({
    gwp: GWP,
    unit: z.literal("tCO2e"),
    totals: z.object({
      basic: z.number(),
      basicPlus: z.number(),
      territorial: z.number(),
      scope1: z.number(),
      scope2: z.number(),
      scope3: z.number(),
      biogenicCO2: z.number(),
      perCapita: z.object({ basic: z.number(), basicPlus: z.number(), territorial: z.number() }).nullable(),
    }),
    bySector: Numbers,
    bySubsector: Numbers,
    byGas: Numbers,
    lines: z.array(
      z.object({
        gpc: z.string(),
        co2e: z.number().nullable(),
        gases: Numbers,
        biogenicCO2: z.number().optional(),
        notationKey: z.string().optional(),
      }),
    ),
  })
  .openapi("InventoryResults");

const Scopes = z.object({
  scope1: z.number().nullable(),
  scope2: z.number().nullable(),
  scope3: z.number().nullable(),
});

/** The totals of a reported-totals inventory (tCO2e), as its source reported them. */
export const ReportedTotals = z
  .object({
    totals: Scopes.extend({ basic: z.number().nullable(), basicPlus: z.number().nullable() }),
    generation: Scopes.openapi({ description: "emissions from the generation of grid-supplied energy" }),
    excludingGeneration: Scopes,
    period: z.object({ start: z.string().nullable(), end: z.string().nullable() }),
    reportingYear: z.number().nullable(),
    population: z.number().nullable(),
    populationYear: z.number().nullable(),
    boundary: z.string().nullable(),
    protocol: z.string().nullable(),
    protocolComment: z.string().nullable(),
    gases: z.array(z.string()),
    provenance: z.object({ source: z.string(), file: z.string(), line: z.number() }),
  })
  .openapi("ReportedTotals");

/** An inventory as the API presents it: the document, its results and issues. */
export const Inventory = z
  .object({
    ...AuditFields,
    jurisdictionId: z.uuid(),
    year: z.number(),
    kind: z.string(),
    form: z.enum(["lines", "reported-totals"]).openapi({
      description:
        "lines (calculated from its lines) or reported-totals (totals as a source reported them, e.g. CDP; no lines)",
    }),
    reportedTotals: ReportedTotals.nullable().openapi({
      description: "the reported totals (reported-totals only)",
    }),
    boundary: z.string().nullable(),
    gwp: GWP,
    population: z.number().nullable(),
    status: z.enum(INVENTORY_STATUSES),
    visibility: z.enum(["working", "published"]).openapi({
      description:
        "the working copy (for the jurisdiction's users and reviewers) or the latest published version",
    }),
    revision: z.number().int().openapi({ description: "the version number shown (1, 2 …)" }),
    publishedRevision: z.number().int().nullable().openapi({ description: "the latest published version" }),
    contentHash: z.string().nullable().openapi({
      description: "SHA-256 of the canonical JSON of {document, results} of this published version",
    }),
    publishedAt: z.string().nullable(),
    lines: z.array(InventoryLine),
    results: InventoryResults,
    issues: z.array(Issue),
    checks: z
      .array(ReviewCheck)
      .nullable()
      .openapi({ description: "automated checks at submission (working view)" }),
    answers: z.record(z.string(), z.string()).nullable(),
  })
  .openapi("Inventory");

/** Filters of the inventory list. */
export const InventoryQuery = PageQuery.extend({
  jurisdictionId: z.uuid().optional(),
  country: Country.optional(),
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  kind: z.enum(INVENTORY_KINDS).optional(),
  status: z.enum(INVENTORY_STATUSES).optional().openapi({ description: "working view only" }),
  view: z.enum(["published", "working"]).optional().openapi({
    description: "published versions (default, anyone) or working copies of the jurisdictions you may see",
  }),
  q: z.string().max(200).optional().openapi({ description: "text in the jurisdiction's name" }),
});
