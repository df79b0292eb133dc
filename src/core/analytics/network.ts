/** Helpers over a list of jurisdiction summaries: parent links and non-overlapping population. */
import { exactSum } from "./exact-sum.ts";
import { acyclicParents, nonOverlapping } from "./overlap.ts";
import type { JurisdictionSummary } from "./types.ts";

/** Index of summaries by id with cycle-free parent links. */
export interface Network {
  readonly byId: ReadonlyMap<string, JurisdictionSummary>;
  readonly parents: ReadonlyMap<string, string | null>;
}

/** Builds the index; parents outside the list count as absent. */
export function networkOf(summaries: readonly JurisdictionSummary[]): Network {
  const byId = new Map(summaries.map((s) => [s.id, s]));
  const links = new Map(
    summaries.map((s) => [s.id, s.parentId !== null && byId.has(s.parentId) ? s.parentId : null]),
  );
  return { byId, parents: acyclicParents(links) };
}

/** Population of the given jurisdictions, each counted once and none inside another that is counted. */
export function populationWithoutOverlap(net: Network, ids: Iterable<string>): number {
  const withPopulation = [...ids].filter((id) => (net.byId.get(id)?.population ?? 0) > 0);
  const { included } = nonOverlapping(withPopulation, net.parents);
  return exactSum(included.map((id) => net.byId.get(id)?.population ?? 0));
}
