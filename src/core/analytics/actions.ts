/** Actions across the network: expected reductions of actions under way or done, and counts. */

import { ExactSum } from "./exact-sum.ts";
import { type Network, populationWithoutOverlap } from "./network.ts";
import type { Figure, JurisdictionSummary } from "./types.ts";

/** Action statuses whose expected reductions count. */
export const ACTIVE_ACTION_STATUSES: readonly string[] = ["in-progress", "completed"];

/** Expected reductions of actions, with the number of actions behind the figure. */
export interface ActionReductions extends Figure {
  readonly actions: number;
}

/** The rule of the actions' expected reductions. */
export const ACTION_REDUCTIONS_RULE =
  "expected annual reductions of actions in progress or completed, each action counted once (actions are " +
  "distinct measures, so a province's and its cities' actions are both added); population without overlaps";

/** The expected annual reductions (finite) of a jurisdiction's actions in progress or completed. */
export function activeReductions(j: JurisdictionSummary): number[] {
  const out: number[] = [];
  for (const a of j.actions) {
    const r = a.expectedAnnualReduction;
    if (ACTIVE_ACTION_STATUSES.includes(a.status) && r !== null && Number.isFinite(r)) out.push(r);
  }
  return out;
}

/** Sum of expected annual reductions of actions in progress or completed. */
export function actionReductions(net: Network): ActionReductions {
  const value = new ExactSum();
  let actions = 0;
  const behind: string[] = [];
  for (const j of net.byId.values()) {
    const reductions = activeReductions(j);
    for (const r of reductions) value.add(r);
    actions += reductions.length;
    if (reductions.length > 0) behind.push(j.id);
  }
  return {
    value: value.value(),
    unit: "tCO2e/yr",
    rule: ACTION_REDUCTIONS_RULE,
    jurisdictions: behind.length,
    population: populationWithoutOverlap(net, behind),
    actions,
  };
}

/** Counts of keys, sorted by key. */
export type Counts = Readonly<Record<string, number>>;

/** Counts in a map, as a record sorted by key. */
function sorted(counts: ReadonlyMap<string, number>): Counts {
  const out: Record<string, number> = {};
  for (const k of [...counts.keys()].sort()) out[k] = counts.get(k) as number;
  return out;
}

function add(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** Actions by status, by kind and by sector (an action with several sectors counts once in each). */
export function actionCounts(net: Network): { byStatus: Counts; byKind: Counts; bySector: Counts } {
  const byStatus = new Map<string, number>();
  const byKind = new Map<string, number>();
  const bySector = new Map<string, number>();
  for (const j of net.byId.values()) {
    for (const a of j.actions) {
      add(byStatus, a.status);
      add(byKind, a.kind);
      if (a.sectors.length === 0) add(bySector, "unspecified");
      else for (const sector of a.sectors) add(bySector, sector);
    }
  }
  return { byStatus: sorted(byStatus), byKind: sorted(byKind), bySector: sorted(bySector) };
}

/** Inventories by year and by status. */
export function inventoryCounts(net: Network): { byYear: Counts; byStatus: Counts } {
  const byYear = new Map<string, number>();
  const byStatus = new Map<string, number>();
  for (const j of net.byId.values()) {
    for (const i of j.inventories) {
      add(byYear, String(i.year));
      add(byStatus, i.status);
    }
  }
  return { byYear: sorted(byYear), byStatus: sorted(byStatus) };
}
