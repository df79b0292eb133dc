/**
 * Builds one jurisdiction's public summary, profile and target progress from its published data (pure): the
 * latest published version of each inventory, published targets and actions, assessed hazards, time series.
 */
import type { JurisdictionProfile, TargetStatus } from "../../core/analytics/profile.ts";
import type { InventorySummary, JurisdictionSummary } from "../../core/analytics/types.ts";
import { observationFromInventory, type TargetInput, targetProgress } from "../../core/targets/index.ts";
import type { ProgressValues, PublicInputs } from "../../db/repositories/analytics.repository.ts";

/** What one refresh stores. */
export interface BuiltSummary {
  summary: JurisdictionSummary;
  profile: JurisdictionProfile;
  progress: ProgressValues[];
}

type TargetRow = PublicInputs["targets"][number];

function targetInput(t: TargetRow): TargetInput {
  return {
    type: t.type,
    scope: t.scope,
    sectors: t.sectors,
    gases: t.gases,
    baseYear: t.baseYear,
    baseValue: t.baseValue,
    targetYear: t.targetYear,
    targetValue: t.targetValue,
    reductionPercent: t.reductionPercent,
    bauValue: t.bauValue,
    status: t.status,
  };
}

const seriesOf = (inputs: PublicInputs, indicator: string) =>
  inputs.series.filter((p) => p.indicator === indicator).map((p) => ({ year: p.year, value: p.value }));

/** Builds what a refresh stores; published versions count as verified (they passed review to be published). */
export function buildPublicSummary(inputs: PublicInputs): BuiltSummary {
  const j = inputs.jurisdiction;
  const population = seriesOf(inputs, "population");
  const gdp = seriesOf(inputs, "gdp");
  const community = inputs.inventories.filter((i) => i.kind === "community");
  const inventories: InventorySummary[] = community.map((i) => ({
    year: i.year,
    status: "published",
    verified: true,
    basic: i.result.totals.basic,
    basicPlus: i.result.totals.basicPlus,
    territorial: i.result.totals.territorial,
    population: i.population,
  }));
  const published = inputs.targets.filter((t) => t.reviewStatus === "published");
  const observations = inputs.inventories.map((i) => observationFromInventory({ ...i, status: "published" }));
  const context = { observations, population, gdp };
  const progress = inputs.targets.map((t) => {
    const p = targetProgress(targetInput(t), context);
    return { targetId: t.id, status: p.status, progress: p };
  });
  const statusOf = new Map(progress.map((p) => [p.targetId, p.progress.status]));
  const latestPopulation = population.at(-1)?.value ?? community.at(-1)?.population ?? null;
  const summary: JurisdictionSummary = {
    id: j.id,
    parentId: j.parentId,
    type: j.type,
    country: j.country,
    region: j.region,
    population: latestPopulation,
    reporting: inventories.length + published.length + inputs.publishedActions.length > 0,
    inventories,
    targets: published.map(targetInput),
    actions: inputs.publishedActions.map((a) => ({
      status: a.status,
      kind: a.kind,
      sectors: a.sectors,
      expectedAnnualReduction: a.expectedAnnualReduction,
    })),
    populationSeries: population,
    gdpSeries: gdp,
  };
  const profile: JurisdictionProfile = {
    name: j.name,
    tags: [...j.tags].sort(),
    hazards: inputs.hazards,
    sectorYears: community.map((i) => ({ year: i.year, bySector: i.result.bySector })),
    progress: published.map(
      (t): TargetStatus => ({
        targetId: t.id,
        status: statusOf.get(t.id) ?? "no-data",
        targetYear: t.targetYear,
      }),
    ),
  };
  return { summary, profile, progress };
}
