/** The dashboard's figures, counted from the API's lists (no estimate: only what is reported). */
import type { Action, Inventory, Jurisdiction, Target } from "../../api/client.ts";
import { countBy, latest } from "../../format/series.ts";

/** What the dashboard shows. */
export interface NetworkSummary {
  jurisdictions: number;
  countries: number;
  /** Sum of each jurisdiction's latest reported population (jurisdictions without one add nothing). */
  population: number;
  inventories: number;
  inventoryYears: { from: number; to: number } | null;
  inventoriesByYear: Array<[string, number]>;
  targets: number;
  jurisdictionsWithTargets: number;
  targetYears: string[];
  targetTypes: string[];
  /** targetsByYearAndType[type][i] = targets of `type` whose target year is targetYears[i]. */
  targetsByYearAndType: Record<string, number[]>;
  targetsByType: Array<[string, number]>;
  byRegion: Array<{ region: string | null; jurisdictions: number; population: number }>;
  byType: Array<[string, number]>;
  actions: number;
  actionsInProgress: number;
}

/** Jurisdictions per region, most first, those with no region last; with the population they cover. */
function regions(jurisdictions: readonly Jurisdiction[]) {
  const byRegion = new Map<string | null, { jurisdictions: number; population: number }>();
  for (const j of jurisdictions) {
    const entry = byRegion.get(j.region) ?? { jurisdictions: 0, population: 0 };
    entry.jurisdictions += 1;
    entry.population += latest(j.population)?.value ?? 0;
    byRegion.set(j.region, entry);
  }
  return [...byRegion.entries()]
    .map(([region, entry]) => ({ region, ...entry }))
    .sort(
      (a, b) =>
        Number(a.region === null) - Number(b.region === null) ||
        b.jurisdictions - a.jurisdictions ||
        (a.region ?? "").localeCompare(b.region ?? ""),
    );
}

function targetMatrix(targets: readonly Target[]) {
  const years = countBy(targets, (t) => t.targetYear).map(([year]) => year);
  const types = countBy(targets, (t) => t.type).map(([type]) => type);
  const matrix: Record<string, number[]> = {};
  for (const type of types) matrix[type] = years.map(() => 0);
  for (const target of targets) {
    const row = matrix[target.type];
    const index = years.indexOf(String(target.targetYear));
    if (row && index >= 0) row[index] = (row[index] ?? 0) + 1;
  }
  return { years, types, matrix };
}

/** Counts the dashboard's figures from the full lists. */
export function summarise(
  jurisdictions: readonly Jurisdiction[],
  inventories: readonly Inventory[],
  targets: readonly Target[],
  actions: readonly Action[],
): NetworkSummary {
  const years = inventories.map((i) => i.year);
  const { years: targetYears, types: targetTypes, matrix } = targetMatrix(targets);
  return {
    jurisdictions: jurisdictions.length,
    countries: new Set(jurisdictions.map((j) => j.country)).size,
    population: jurisdictions.reduce((sum, j) => sum + (latest(j.population)?.value ?? 0), 0),
    inventories: inventories.length,
    inventoryYears: years.length ? { from: Math.min(...years), to: Math.max(...years) } : null,
    inventoriesByYear: countBy(inventories, (i) => i.year),
    targets: targets.length,
    jurisdictionsWithTargets: new Set(targets.map((t) => t.jurisdictionId)).size,
    targetYears,
    targetTypes,
    targetsByYearAndType: matrix,
    targetsByType: countBy(targets, (t) => t.type).sort((a, b) => b[1] - a[1]),
    byRegion: regions(jurisdictions),
    byType: countBy(jurisdictions, (j) => j.type).sort((a, b) => b[1] - a[1]),
    actions: actions.length,
    actionsInProgress: actions.filter((a) => a.status === "in-progress").length,
  };
}
