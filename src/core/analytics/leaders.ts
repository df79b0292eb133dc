/**
 * Top performers and performance partners: the largest verified reductions since the base year within a peer
 * group, and, for each leader, the most similar jurisdictions that have not (yet) reduced and could learn.
 */
import { comparePeers, type Peer, type PeerFeatures } from "./peers.ts";
import type { InventorySummary, JurisdictionSummary } from "./types.ts";

/** A jurisdiction's verified reduction from its base year to its latest verified inventory. */
export interface Reduction {
  readonly id: string;
  readonly baseYear: number;
  readonly latestYear: number;
  /** BASIC tCO2e in the base year and the latest year. */
  readonly base: number;
  readonly latest: number;
  /** base − latest (tCO2e; positive is a reduction). */
  readonly absolute: number;
  readonly percent: number | null;
  /** BASIC tCO2e per inhabitant, base − latest; null without both populations. */
  readonly perCapita: number | null;
  /** Where the base year comes from. */
  readonly baseFrom: "target-base-year" | "first-verified-inventory";
}

/** How reductions are measured and ranked, in words. */
export const LEADER_RULE =
  "verified reduction = BASIC tCO2e of the base-year inventory minus that of the latest verified inventory; the " +
  "base year is the earliest base year of the jurisdiction's published community targets that has a verified " +
  "inventory, else its first verified inventory; per capita uses each inventory's population (else the " +
  "jurisdiction's); leaders are ranked by the chosen measure within the filtered peer group, reductions > 0 only";

/** The verified reduction since the base year, or null when there are no two verified inventories to compare. */
export function verifiedReduction(s: JurisdictionSummary): Reduction | null {
  const verified = s.inventories.filter((i) => i.verified).sort((a, b) => a.year - b.year);
  const latest = verified.at(-1);
  if (!latest) return null;
  const baseYears = s.targets
    .filter((t) => t.scope === "community" && t.baseYear !== null)
    .map((t) => t.baseYear as number)
    .sort((a, b) => a - b);
  const fromTarget = baseYears
    .map((y) => verified.find((i) => i.year === y))
    .find((i): i is InventorySummary => i !== undefined);
  const base = fromTarget ?? verified[0];
  if (!base || base.year >= latest.year) return null;
  const perCapitaOf = (i: InventorySummary) => {
    const people = i.population ?? s.population;
    return people != null && people > 0 ? i.basic / people : null;
  };
  const pb = perCapitaOf(base);
  const pl = perCapitaOf(latest);
  return {
    id: s.id,
    baseYear: base.year,
    latestYear: latest.year,
    base: base.basic,
    latest: latest.basic,
    absolute: base.basic - latest.basic,
    percent: base.basic > 0 ? ((base.basic - latest.basic) / base.basic) * 100 : null,
    perCapita: pb !== null && pl !== null ? pb - pl : null,
    baseFrom: fromTarget ? "target-base-year" : "first-verified-inventory",
  };
}

/** Which reduction ranks leaders. */
export type LeaderMetric = "absolute" | "perCapita";

/** The `limit` largest positive reductions by `metric`, largest first (ties by id). */
export function topPerformers(
  summaries: readonly JurisdictionSummary[],
  metric: LeaderMetric,
  limit = 10,
): Reduction[] {
  const value = (r: Reduction) => (metric === "absolute" ? r.absolute : r.perCapita);
  return summaries
    .map(verifiedReduction)
    .filter((r): r is Reduction => r !== null && (value(r) ?? 0) > 0)
    .sort((a, b) => (value(b) ?? 0) - (value(a) ?? 0) || (a.id < b.id ? -1 : 1))
    .slice(0, limit);
}

/** A candidate to pair with a leader, and why it is one. */
export interface PartnerCandidate extends Peer {
  readonly reason: string;
}

/** Why a jurisdiction could learn: no verified reduction, or an off-track target; null when it need not. */
export function learningNeed(s: JurisdictionSummary, offTrackTargets: number): string | null {
  const r = verifiedReduction(s);
  if (offTrackTargets > 0) return `${offTrackTargets} target(s) off track`;
  if (s.inventories.some((i) => i.verified) && (r === null || r.absolute <= 0))
    return r === null
      ? "no verified reduction yet"
      : `emissions up ${Math.round(-r.absolute)} tCO2e since ${r.baseYear}`;
  return null;
}

/**
 * Performance-partner candidates for a leader: jurisdictions that could learn (see `learningNeed`), most similar
 * to the leader first (`comparePeers`), so that the pairing has something in common to build on.
 */
export function partnerCandidates(
  leader: PeerFeatures,
  pool: ReadonlyArray<{ features: PeerFeatures; need: string | null }>,
  limit = 3,
): PartnerCandidate[] {
  return pool
    .filter((c) => c.need !== null && c.features.id !== leader.id)
    .map((c) => ({ ...comparePeers(leader, c.features), reason: c.need as string }))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
    .slice(0, limit);
}
