/** Committed reductions of the network by a milestone year, against base year and against BAU. */

import { impliedTarget } from "../targets/implied.ts";
import type { TargetInput } from "../targets/types.ts";
import { exactSum } from "./exact-sum.ts";
import type { Network } from "./network.ts";
import { populationWithoutOverlap } from "./network.ts";
import { nonOverlapping, OVERLAP_RULE } from "./overlap.ts";
import type { JurisdictionSummary, NonOverlappingFigure } from "./types.ts";

/** Target statuses that no longer commit a jurisdiction. */
const NOT_COMMITTED: readonly string[] = ["withdrawn", "missed"];

/** A committed-reduction figure: tCO2e per year below the base year or the BAU, and how many targets are behind it. */
export interface CommitmentFigure extends NonOverlappingFigure {
  readonly targets: number;
}

/** Committed reductions by one milestone year. */
export interface Commitments {
  readonly year: number;
  readonly againstBase: CommitmentFigure;
  readonly againstBau: CommitmentFigure;
}

/** What a committed reduction is measured against. */
export type Against = "base" | "bau";

/** The rule a committed-reduction figure states. */
export function commitmentRule(year: number, against: Against): string {
  const ref = against === "base" ? "base-year emissions" : "BAU emissions of the target year";
  return (
    `tCO2e per year by ${year}: for each community-scope emissions target with target year ≤ ${year} (not ` +
    `withdrawn or missed), ${ref} minus the level it implies (floored at 0); per jurisdiction the largest such ` +
    `reduction counts (its targets are never added to each other); ${OVERLAP_RULE}`
  );
}

/**
 * The level each target implies, kept while its summary lives: it depends only on the target and its
 * jurisdiction's series, which a summary never changes in place (a changed summary is a new object).
 */
const impliedLevels = new WeakMap<TargetInput, number | null>();

function impliedLevel(t: TargetInput, j: JurisdictionSummary): number | null {
  const known = impliedLevels.get(t);
  if (known !== undefined) return known;
  const ctx = { observations: [], population: j.populationSeries ?? [], gdp: j.gdpSeries ?? [] };
  const level = impliedTarget(t, ctx).level;
  impliedLevels.set(t, level);
  return level;
}

/** The reduction one target commits to, against its base or its BAU, or null when it states no such reference. */
export function committedReduction(t: TargetInput, j: JurisdictionSummary, against: Against): number | null {
  const reference = against === "base" ? t.baseValue : t.bauValue;
  if (reference === null || !Number.isFinite(reference)) return null;
  const level = impliedLevel(t, j);
  return level === null ? null : Math.max(0, reference - level);
}

/**
 * A jurisdiction's largest committed reduction by `year` (its targets are never added to each other), with the
 * target behind it (the first of equal ones), or null when no target commits it.
 */
export function bestCommitment(
  j: JurisdictionSummary,
  year: number,
  against: Against,
): { value: number; target: TargetInput } | null {
  let best: { value: number; target: TargetInput } | null = null;
  for (const t of j.targets) {
    if (t.scope !== "community" || t.targetYear > year || NOT_COMMITTED.includes(t.status ?? "")) continue;
    const value = committedReduction(t, j, against);
    if (value !== null && (!best || value > best.value)) best = { value, target: t };
  }
  return best;
}

function figure(net: Network, year: number, against: Against): CommitmentFigure {
  const best = new Map<string, { value: number; target: TargetInput }>();
  for (const j of net.byId.values()) {
    const b = bestCommitment(j, year, against);
    if (b) best.set(j.id, b);
  }
  const { included, excluded } = nonOverlapping(best.keys(), net.parents);
  const picked = included.map((id) => best.get(id)).filter((x) => x !== undefined);
  const years = picked.map((x) => x.target.targetYear);
  return {
    value: exactSum(picked.map((x) => x.value)),
    unit: "tCO2e/yr",
    rule: commitmentRule(year, against),
    jurisdictions: included.length,
    population: populationWithoutOverlap(net, included),
    excluded,
    years: years.length > 0 ? { from: Math.min(...years), to: Math.max(...years) } : null,
    targets: picked.length,
  };
}

/** Committed reductions by the given year, added up as carbonn did ("targets worth 5.6 GtCO2e by 2020"). */
export function committedReductions(net: Network, year: number): Commitments {
  return { year, againstBase: figure(net, year, "base"), againstBau: figure(net, year, "bau") };
}
