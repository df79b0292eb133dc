/** The format of `demo-network.json`: a demonstration network of jurisdictions and what they report. */
import { z } from "zod";

const YearValue = z.object({ year: z.number().int(), value: z.number() });
const Level = z.enum(["low", "medium", "high"]).nullable();

const DemoJurisdiction = z.object({
  key: z.string().min(1),
  name: z.string().min(1),
  type: z.enum(["city", "town", "municipality", "metropolitan-area", "county", "province", "region"]),
  country: z.string().regex(/^[A-Z]{2}$/),
  locode: z.string().nullable(),
  cdpAccount: z.number().int().nullable(),
  region: z.string().nullable(),
  parentKey: z.string().nullable(),
  tags: z.array(z.string()),
  population: z.array(YearValue),
  gdp: z.array(YearValue),
  area: z.array(YearValue),
});

const DemoInventory = z.object({
  jurisdictionKey: z.string(),
  year: z.number().int(),
  kind: z.enum(["community", "government"]),
  boundary: z.string().nullable(),
  gwp: z.enum(["AR4", "AR5", "AR6"]),
  population: z.number().nullable(),
  // Lines are checked by the inventory service and the calculation engine, like any submitted document.
  lines: z.array(z.looseObject({ gpc: z.string() })),
});

const DemoTarget = z.object({
  jurisdictionKey: z.string(),
  type: z.enum([
    "base-year-absolute",
    "base-year-intensity",
    "fixed-level",
    "baseline-scenario",
    "renewable-energy-share",
    "resource-efficiency",
  ]),
  scope: z.enum(["community", "government"]),
  sectors: z.array(z.string()),
  baseYear: z.number().int().nullable(),
  baseValue: z.number().nullable(),
  targetYear: z.number().int(),
  reductionPercent: z.number().nullable(),
  targetValue: z.number().nullable(),
  bauValue: z.number().nullable(),
  description: z.string().nullable(),
});

const DemoAction = z.object({
  jurisdictionKey: z.string(),
  kind: z.enum(["mitigation", "adaptation", "both"]),
  title: z.string().min(1),
  description: z.string().nullable(),
  sectors: z.array(z.string()),
  hazards: z.array(z.string()),
  status: z.enum(["planned", "in-progress", "completed", "cancelled"]),
  startYear: z.number().int().nullable(),
  endYear: z.number().int().nullable(),
  cost: z.number().nullable(),
  currency: z.string().nullable(),
  expectedAnnualReduction: z.number().nullable(),
});

const DemoRisk = z.object({
  jurisdictionKey: z.string(),
  hazard: z.string(),
  probability: Level,
  impact: Level,
  timeframe: z.enum(["current", "short-term", "medium-term", "long-term"]).nullable(),
  sectors: z.array(z.string()),
  vulnerableGroups: z.array(z.string()),
});

/** The whole demonstration network file. */
export const DemoNetwork = z.object({
  attribution: z.string(),
  sources: z.array(z.string()),
  jurisdictions: z.array(DemoJurisdiction),
  inventories: z.array(DemoInventory),
  targets: z.array(DemoTarget),
  actions: z.array(DemoAction),
  risks: z.array(DemoRisk),
});

/** A parsed demonstration network. */
export type DemoNetwork = z.infer<typeof DemoNetwork>;
