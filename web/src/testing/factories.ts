/** Test factories for the API's resources (complete objects with overridable fields). */
import type { Action, Inventory, Jurisdiction, Target } from "../api/client.ts";

let next = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++next).padStart(12, "0")}`;
const audit = () => ({
  id: uuid(),
  version: 1,
  createdAt: "2024-01-01T00:00:00.000Z",
  updatedAt: "2024-01-01T00:00:00.000Z",
  createdBy: "system",
  updatedBy: "system",
});

/** A city with a population series. */
export function buildJurisdiction(overrides: Partial<Jurisdiction> = {}): Jurisdiction {
  return {
    ...audit(),
    name: "Rio de Janeiro",
    type: "city",
    country: "BR",
    locode: "BR RIO",
    cdpAccount: 31176,
    region: "Latin America",
    parentId: null,
    tags: ["c40"],
    requiresApprover: false,
    population: [
      { year: 2010, value: 6_000_000 },
      { year: 2020, value: 6_700_000 },
    ],
    gdp: [],
    area: [],
    ...overrides,
  };
}

/** A community inventory whose results hold the given line results (document lines follow them). */
export function buildInventory(
  lines: Array<{ gpc: string; co2e: number | null; gases?: Record<string, number> }> = [],
  overrides: Partial<Inventory> = {},
): Inventory {
  return {
    ...audit(),
    jurisdictionId: uuid(),
    year: 2022,
    kind: "community",
    form: "lines",
    reportedTotals: null,
    boundary: null,
    gwp: "AR5",
    population: null,
    status: "published",
    visibility: "published",
    revision: 1,
    publishedRevision: 1,
    publishedAt: "2024-01-01T00:00:00.000Z",
    contentHash: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    answers: null,
    checks: null,
    lines: lines.map((l) => ({ gpc: l.gpc, emissions: { CO2e: { value: l.co2e ?? 0, unit: "t" } } })),
    results: {
      gwp: "AR5",
      unit: "tCO2e",
      totals: {
        basic: 0,
        basicPlus: 0,
        territorial: 0,
        scope1: 0,
        scope2: 0,
        scope3: 0,
        biogenicCO2: 0,
        perCapita: null,
      },
      bySector: {},
      bySubsector: {},
      byGas: {},
      lines: lines.map((l) => ({ gpc: l.gpc, co2e: l.co2e, gases: l.gases ?? {} })),
    },
    issues: [],
    ...overrides,
  };
}

/** A base-year target. */
export function buildTarget(overrides: Partial<Target> = {}): Target {
  return {
    ...audit(),
    jurisdictionId: uuid(),
    theme: "climate",
    indicator: "ghg-emissions",
    unit: "tCO2e",
    type: "base-year-absolute",
    scope: "community",
    sectors: [],
    gases: [],
    baseYear: 2017,
    baseValue: 1000,
    targetYear: 2030,
    targetValue: null,
    reductionPercent: 50,
    bauValue: null,
    description: null,
    status: "active",
    reviewStatus: "published",
    ...overrides,
  };
}

/** A mitigation action. */
export function buildAction(overrides: Partial<Action> = {}): Action {
  return {
    ...audit(),
    jurisdictionId: uuid(),
    theme: "climate",
    category: null,
    kind: "mitigation",
    title: "Bus rapid transit",
    description: null,
    sectors: [],
    hazards: [],
    status: "in-progress",
    startYear: 2020,
    endYear: 2025,
    cost: null,
    currency: null,
    fundingSource: null,
    expectedAnnualReduction: 1000,
    coBenefits: [],
    targetIds: [],
    reviewStatus: "published",
    ...overrides,
  };
}
