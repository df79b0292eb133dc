/** Response and query schemas of the analytics routes (network, trends, commitments, leaders, peers, progress). */
import { z } from "@hono/zod-openapi";
import { SIZE_CLASSES } from "../../core/analytics/size-class.ts";
import { JURISDICTION_TYPES } from "../jurisdictions/schema.ts";

/** Filters every network figure takes. */
export const NetworkQuery = z.object({
  region: z.string().max(200).optional().openapi({ description: "region, e.g. Europe" }),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code such as BR")
    .optional(),
  type: z.enum(JURISDICTION_TYPES).optional(),
  agenda: z
    .string()
    .max(40)
    .optional()
    .openapi({ description: "a jurisdiction tag (agenda, programme or feature, e.g. coastal)" }),
  sizeClass: z.enum(SIZE_CLASSES.map((c) => c.id) as [string, ...string[]]).optional(),
});

/** Leaders' query: the peer group (filters), the ranking measure and how many. */
export const LeadersQuery = NetworkQuery.extend({
  metric: z.enum(["absolute", "perCapita"]).optional().openapi({ description: "default absolute" }),
  limit: z.coerce.number().int().min(1).max(50).optional().openapi({ description: "default 10" }),
});

/** How many peers. */
export const PeersQuery = z.object({ limit: z.coerce.number().int().min(1).max(50).optional() });

const Counts = z.record(z.string(), z.number());
const Filter = z
  .object({
    region: z.string().optional(),
    country: z.string().optional(),
    type: z.string().optional(),
    agenda: z.string().optional(),
    sizeClass: z.string().optional(),
  })
  .openapi("NetworkFilter");
const Rules = z.object({
  overlap: z.string().openapi({ description: "the overlap rule every summed emissions figure follows" }),
  status: z.string().openapi({ description: "the on/off-track rule of target progress" }),
});
const Meta = { filter: Filter, computedAt: z.string(), rules: Rules };

const Figure = z
  .object({
    value: z.number(),
    unit: z.string(),
    rule: z.string(),
    jurisdictions: z.number().int(),
    population: z.number(),
  })
  .openapi("Figure");

const NonOverlapping = Figure.extend({
  excludedCount: z
    .number()
    .int()
    .openapi({ description: "jurisdictions left out because an ancestor counts" }),
  excluded: z
    .array(z.object({ id: z.string(), coveredBy: z.string() }))
    .openapi({ description: "the first 20 of them" }),
  years: z.object({ from: z.number(), to: z.number() }).nullable(),
}).openapi("NonOverlappingFigure");

const Distribution = z
  .object({
    n: z.number().int(),
    min: z.number().nullable(),
    q1: z.number().nullable(),
    median: z.number().nullable(),
    q3: z.number().nullable(),
    max: z.number().nullable(),
    unit: z.string(),
    rule: z.string(),
  })
  .openapi("Distribution");

const Group = z.object({
  key: z.string(),
  jurisdictions: z.number().int(),
  reporting: z.number().int(),
  populationCovered: z.number(),
  rule: z.string(),
});

const Commitment = z
  .object({
    year: z.number().int(),
    againstBase: NonOverlapping.extend({ targets: z.number().int() }),
    againstBau: NonOverlapping.extend({ targets: z.number().int() }),
  })
  .openapi("Commitments");

const ActionReductions = Figure.extend({ actions: z.number().int() });

const Progress = z
  .object({
    achieved: z.number().int(),
    onTrack: z.number().int(),
    offTrack: z.number().int(),
    noData: z.number().int(),
  })
  .openapi("ProgressCounts");

/** The network summary. */
export const NetworkSummary = z
  .object({
    ...Meta,
    rollup: z.object({
      jurisdictions: Figure,
      reporting: Figure,
      groups: z.object({
        region: z.array(Group),
        country: z.array(Group),
        type: z.array(Group),
        sizeClass: z.array(Group),
      }),
      inventories: z.object({ byYear: Counts, byStatus: Counts }),
      actions: z.object({ byStatus: Counts, byKind: Counts, bySector: Counts }),
      territorial: NonOverlapping,
      perCapita: z.object({ basic: Distribution, basicPlus: Distribution }),
      commitments: z.array(Commitment),
      actionReductions: ActionReductions,
    }),
    progress: Progress,
  })
  .openapi("NetworkSummary");

/** Verified emissions by year and emissions by sector by year. */
export const Trends = z
  .object({
    ...Meta,
    years: z.array(
      z.object({ year: z.number().int(), territorial: NonOverlapping, basicPerCapita: Distribution }),
    ),
    sectors: z.array(z.object({ year: z.number().int(), bySector: Counts })),
  })
  .openapi("Trends");

/** Committed reductions, actions' expected reductions and target progress counts. */
export const CommitmentsView = z
  .object({
    ...Meta,
    commitments: z.array(Commitment),
    actionReductions: ActionReductions,
    progress: Progress,
  })
  .openapi("CommitmentsView");

const FeatureComparison = z.object({
  feature: z.string(),
  similarity: z.number(),
  weight: z.number(),
  matched: z.boolean(),
  detail: z.string(),
});

const Peer = z
  .object({
    id: z.string(),
    name: z.string(),
    score: z.number().openapi({ description: "0–1" }),
    matched: z
      .array(z.string())
      .readonly()
      .openapi({ description: "features whose similarity is at least 0.5" }),
    features: z.array(FeatureComparison).readonly(),
  })
  .openapi("Peer");

/** Similar jurisdictions. */
export const PeersView = z
  .object({
    jurisdiction: z.object({ id: z.string(), name: z.string() }),
    rule: z.string(),
    peers: z.array(Peer),
  })
  .openapi("Peers");

/** Top performers with performance-partner candidates. */
export const LeadersView = z
  .object({
    ...Meta,
    metric: z.enum(["absolute", "perCapita"]),
    rule: z.string(),
    peerRule: z.string(),
    leaders: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        baseYear: z.number().int(),
        latestYear: z.number().int(),
        base: z.number(),
        latest: z.number(),
        absolute: z.number(),
        percent: z.number().nullable(),
        perCapita: z.number().nullable(),
        baseFrom: z.enum(["target-base-year", "first-verified-inventory"]),
        partners: z.array(Peer.extend({ reason: z.string() })).readonly(),
      }),
    ),
  })
  .openapi("Leaders");

/** A target's stored progress. */
export const ProgressView = z
  .object({
    targetId: z.string(),
    jurisdictionId: z.string(),
    status: z.string().openapi({ description: "achieved, on-track, off-track or no-data" }),
    progress: z.unknown().openapi({
      description:
        "an object, core/targets TargetProgress: status, metric, unit, impliedLevel, pathway, latest, evidence, achievedShare, " +
        "requiredAnnualRatePercent, onPathway, trend, trendReachesTarget, basisMismatch, notes",
    }),
    updatedAt: z.string(),
    rule: z.string(),
  })
  .openapi("TargetProgress");
