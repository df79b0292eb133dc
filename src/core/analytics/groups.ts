/** Jurisdictions, reporting jurisdictions and population covered per region, country, type or size class. */
import { type Network, populationWithoutOverlap } from "./network.ts";
import { sizeClassOf } from "./size-class.ts";
import type { JurisdictionSummary } from "./types.ts";

/** What jurisdictions can be grouped by. */
export type GroupBy = "region" | "country" | "type" | "sizeClass";

/** Counts of one group. */
export interface GroupCount {
  readonly key: string;
  readonly jurisdictions: number;
  readonly reporting: number;
  /** Population of the group's reporting jurisdictions, none counted inside another of the group. */
  readonly populationCovered: number;
  readonly rule: string;
}

/** How group counts are made. */
export const GROUP_RULE =
  "jurisdictions and reporting jurisdictions are counted one each (every jurisdiction in exactly one group); " +
  "population covered sums the group's reporting jurisdictions, skipping one whose ancestor in the same group " +
  "is counted, so groups' populations need not add up to the network's";

/** The group key of one jurisdiction (`unknown` when the field is empty). */
export function groupKey(j: JurisdictionSummary, by: GroupBy): string {
  if (by === "sizeClass") return sizeClassOf(j.population);
  const v = j[by];
  return v === null || v === "" ? "unknown" : v;
}

/** Counts per group, sorted by key. */
export function countBy(net: Network, by: GroupBy): GroupCount[] {
  const groups = new Map<string, JurisdictionSummary[]>();
  for (const j of net.byId.values()) {
    const key = groupKey(j, by);
    const list = groups.get(key);
    if (list) list.push(j);
    else groups.set(key, [j]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, members]) => {
      const reporting = members.filter((j) => j.reporting);
      return {
        key,
        jurisdictions: members.length,
        reporting: reporting.length,
        populationCovered: populationWithoutOverlap(
          net,
          reporting.map((j) => j.id),
        ),
        rule: GROUP_RULE,
      };
    });
}
