/**
 * Network figures computed from stored summaries (pure): the roll-up trimmed for presentation, progress
 * counts, trends with the sector trend, and the per-region distributions of the report.
 */
import {
  emissionsTrend,
  type NetworkRollup,
  type NonOverlappingFigure,
  networkOf,
  networkRollup,
  nonOverlapping,
  perCapitaDistribution,
  type TrendYear,
} from "../../core/analytics/index.ts";
import type { StoredSummary } from "../../db/repositories/analytics.repository.ts";
import type { ProgressCounts, StateOfCitiesData } from "../../report/state-of-cities.ts";

/** How many of the jurisdictions left out by the overlap rule a figure lists (the count is always given). */
export const EXCLUDED_SAMPLE = 20;

/** A non-overlapping figure with its exclusions counted and sampled instead of listed in full. */
export type TrimmedFigure<F extends NonOverlappingFigure> = Omit<F, "excluded"> & {
  excludedCount: number;
  excluded: F["excluded"];
};

/** Trims a figure's exclusion list to `EXCLUDED_SAMPLE` entries, keeping the count. */
export function trim<F extends NonOverlappingFigure>(f: F): TrimmedFigure<F> {
  return { ...f, excludedCount: f.excluded.length, excluded: f.excluded.slice(0, EXCLUDED_SAMPLE) };
}

/** The roll-up as presented: exclusion lists trimmed. */
export function presentRollup(r: NetworkRollup) {
  return {
    ...r,
    territorial: trim(r.territorial),
    commitments: r.commitments.map((c) => ({
      year: c.year,
      againstBase: trim(c.againstBase),
      againstBau: trim(c.againstBau),
    })),
  };
}

/** Counts of published targets by progress status. */
export function progressCounts(summaries: readonly StoredSummary[]): ProgressCounts {
  const counts: ProgressCounts = { achieved: 0, onTrack: 0, offTrack: 0, noData: 0 };
  for (const { profile } of summaries) {
    for (const t of profile.progress) {
      if (t.status === "achieved") counts.achieved++;
      else if (t.status === "on-track") counts.onTrack++;
      else if (t.status === "off-track") counts.offTrack++;
      else counts.noData++;
    }
  }
  return counts;
}

/** Every inventory year of the summaries, ascending. */
export function yearsPresent(summaries: readonly StoredSummary[]): number[] {
  return [...new Set(summaries.flatMap((s) => s.summary.inventories.map((i) => i.year)))].sort(
    (a, b) => a - b,
  );
}

/**
 * tCO2e by GPC sector per year: for each year, the published inventories of that year summed over
 * jurisdictions whose boundaries do not overlap (OVERLAP_RULE among those with an inventory of the year).
 */
export function sectorTrend(summaries: readonly StoredSummary[]): StateOfCitiesData["sectorTrend"] {
  const net = networkOf(summaries.map((s) => s.summary));
  return yearsPresent(summaries).map((year) => {
    const withYear = new Map(
      summaries.flatMap((s) => {
        const y = s.profile.sectorYears.find((x) => x.year === year);
        return y ? [[s.summary.id, y.bySector] as const] : [];
      }),
    );
    const bySector: Record<string, number> = {};
    for (const id of nonOverlapping(withYear.keys(), net.parents).included) {
      for (const [sector, v] of Object.entries(withYear.get(id) ?? {})) {
        if (Number.isFinite(v)) bySector[sector] = (bySector[sector] ?? 0) + v;
      }
    }
    return { year, bySector };
  });
}

/** The verified emissions trend over the years present. */
export function trendOf(summaries: readonly StoredSummary[]): TrendYear[] {
  return emissionsTrend(networkOf(summaries.map((s) => s.summary)), yearsPresent(summaries));
}

/** The report's region table: counts from the roll-up, BASIC per capita distribution per region. */
export function regionTable(
  summaries: readonly StoredSummary[],
  rollup: NetworkRollup,
): StateOfCitiesData["regions"] {
  return rollup.groups.region.map((g) => {
    const members = summaries.filter(
      (s) => (s.summary.region ?? "unknown") === g.key || (g.key === "unknown" && s.summary.region === ""),
    );
    return {
      key: g.key,
      jurisdictions: g.jurisdictions,
      reporting: g.reporting,
      population: g.populationCovered,
      perCapita: perCapitaDistribution(networkOf(members.map((s) => s.summary)), "basic"),
    };
  });
}

/** Builds the State of Cities report's data from the (filtered) summaries. */
export function stateOfCitiesData(
  summaries: readonly StoredSummary[],
  meta: { title: string; filter: string | null; generatedAt: string; attribution: readonly string[] },
): StateOfCitiesData {
  const rollup = networkRollup(summaries.map((s) => s.summary));
  return {
    ...meta,
    rollup,
    trend: trendOf(summaries),
    sectorTrend: sectorTrend(summaries),
    regions: regionTable(summaries, rollup),
    progress: progressCounts(summaries),
  };
}
