/** Actions across the network: expected reductions of actions under way or done, and counts. */
import { type Network, populationWithoutOverlap } from "./network.ts";
import type { Figure } from "./types.ts";

/** Action statuses whose expected reductions count. */
export const ACTIVE_ACTION_STATUSES: readonly string[] = ["in-progress", "completed"];

/** Expected reductions of actions, with the number of actions behind the figure. */
export interface ActionReductions extends Figure {
  readonly actions: number;
}

/** Sum of expected annual reductions of actions in progress or completed. */
export function actionReductions(net: Network): ActionReductions {
  let value = 0;
  let actions = 0;
  const behind: string[] = [];
  for (const j of net.byId.values()) {
    let any = false;
    for (const a of j.actions) {
      const r = a.expectedAnnualReduction;
      if (!ACTIVE_ACTION_STATUSES.includes(a.status) || r === null || !Number.isFinite(r)) continue;
      value += r;
      actions++;
      any = true;
    }
    if (any) behind.push(j.id);
  }
  return {
    value,
    unit: "tCO2e/yr",
    rule:
      "expected annual reductions of actions in progress or completed, each action counted once (actions are " +
      "distinct measures, so a province's and its cities' actions are both added); population without overlaps",
    jurisdictions: behind.length,
    population: populationWithoutOverlap(net, behind),
    actions,
  };
}

/** Counts of keys, sorted by key. */
export type Counts = Readonly<Record<string, number>>;

function tally(keys: Iterable<string>): Counts {
  const out: Record<string, number> = {};
  for (const k of [...keys].sort()) out[k] = (out[k] ?? 0) + 1;
  return out;
}

/** Actions by status, by kind and by sector (an action with several sectors counts once in each). */
export function actionCounts(net: Network): { byStatus: Counts; byKind: Counts; bySector: Counts } {
  const all = [...net.byId.values()].flatMap((j) => j.actions);
  return {
    byStatus: tally(all.map((a) => a.status)),
    byKind: tally(all.map((a) => a.kind)),
    bySector: tally(all.flatMap((a) => (a.sectors.length > 0 ? a.sectors : ["unspecified"]))),
  };
}

/** Inventories by year and by status. */
export function inventoryCounts(net: Network): { byYear: Counts; byStatus: Counts } {
  const all = [...net.byId.values()].flatMap((j) => j.inventories);
  return { byYear: tally(all.map((i) => String(i.year))), byStatus: tally(all.map((i) => i.status)) };
}
