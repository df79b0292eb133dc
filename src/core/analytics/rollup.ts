/** The network roll-up: counts, emissions, commitments and actions, each figure with the rule it follows. */
import {
  type ActionReductions,
  actionCounts,
  actionReductions,
  type Counts,
  inventoryCounts,
} from "./actions.ts";
import { type Commitments, committedReductions } from "./commitments.ts";
import { perCapitaDistribution, territorialTotal } from "./emissions.ts";
import { countBy, type GroupCount } from "./groups.ts";
import { networkOf, populationWithoutOverlap } from "./network.ts";
import type { Distribution, Figure, JurisdictionSummary, NonOverlappingFigure } from "./types.ts";

/** Everything the network summary shows. */
export interface NetworkRollup {
  readonly jurisdictions: Figure;
  readonly reporting: Figure;
  readonly groups: {
    readonly region: readonly GroupCount[];
    readonly country: readonly GroupCount[];
    readonly type: readonly GroupCount[];
    readonly sizeClass: readonly GroupCount[];
  };
  readonly inventories: { readonly byYear: Counts; readonly byStatus: Counts };
  readonly actions: { readonly byStatus: Counts; readonly byKind: Counts; readonly bySector: Counts };
  readonly territorial: NonOverlappingFigure;
  readonly perCapita: { readonly basic: Distribution; readonly basicPlus: Distribution };
  readonly commitments: readonly Commitments[];
  readonly actionReductions: ActionReductions;
}

/** The rule of the jurisdictions count. */
export const ALL_RULE = "every jurisdiction counted once; population without overlaps";

/** The rule of the reporting jurisdictions count. */
export const REPORTING_RULE =
  "reporting jurisdictions counted once; population covered without overlaps (a city inside a counted province adds none)";

/** Options of the roll-up. */
export interface RollupOptions {
  /** Milestone years of committed reductions; 2030 and 2050 by default. */
  readonly milestones?: readonly number[];
  /** Use each jurisdiction's latest inventory up to this year (default: its latest). */
  readonly year?: number;
}

/** Computes the whole network roll-up from one summary per jurisdiction (pure; years are passed in). */
export function networkRollup(
  summaries: readonly JurisdictionSummary[],
  o: RollupOptions = {},
): NetworkRollup {
  const net = networkOf(summaries);
  const reportingIds = summaries.filter((j) => j.reporting).map((j) => j.id);
  const choice = o.year === undefined ? {} : { year: o.year };
  const count = (n: number, ids: readonly string[], rule: string): Figure => ({
    value: n,
    unit: "jurisdictions",
    rule,
    jurisdictions: n,
    population: populationWithoutOverlap(net, ids),
  });
  return {
    jurisdictions: count(net.byId.size, [...net.byId.keys()], ALL_RULE),
    reporting: count(reportingIds.length, reportingIds, REPORTING_RULE),
    groups: {
      region: countBy(net, "region"),
      country: countBy(net, "country"),
      type: countBy(net, "type"),
      sizeClass: countBy(net, "sizeClass"),
    },
    inventories: inventoryCounts(net),
    actions: actionCounts(net),
    territorial: territorialTotal(net, choice),
    perCapita: {
      basic: perCapitaDistribution(net, "basic", choice),
      basicPlus: perCapitaDistribution(net, "basicPlus", choice),
    },
    commitments: (o.milestones ?? [2030, 2050]).map((y) => committedReductions(net, y)),
    actionReductions: actionReductions(net),
  };
}
