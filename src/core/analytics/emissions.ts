/** Network emissions: territorial totals without overlaps, per-capita distributions, and their trend. */
import { type Network, populationWithoutOverlap } from "./network.ts";
import { nonOverlapping, OVERLAP_RULE } from "./overlap.ts";
import { fiveNumbers } from "./stats.ts";
import type { Distribution, InventorySummary, JurisdictionSummary, NonOverlappingFigure } from "./types.ts";

/** Which inventory of each jurisdiction a figure uses. */
export interface InventoryChoice {
  /** Latest inventory in or before this year (default: the latest of all); with `exactYear`, only this year. */
  readonly year?: number;
  readonly exactYear?: boolean;
  readonly verifiedOnly?: boolean;
}

/** Each summary's latest inventory (the default choice, used by several figures), kept while the summary lives. */
const latestOf = new WeakMap<JurisdictionSummary, InventorySummary | null>();

/** The inventory of a jurisdiction a figure uses, or none. */
export function chooseInventory(j: JurisdictionSummary, c: InventoryChoice = {}): InventorySummary | null {
  const latest = c.year === undefined && !c.verifiedOnly;
  if (latest) {
    const known = latestOf.get(j);
    if (known !== undefined) return known;
  }
  let best: InventorySummary | null = null;
  for (const inv of j.inventories) {
    if (c.verifiedOnly && !inv.verified) continue;
    if (c.year !== undefined && (c.exactYear ? inv.year !== c.year : inv.year > c.year)) continue;
    if (!best || inv.year > best.year) best = inv;
  }
  if (latest) latestOf.set(j, best);
  return best;
}

function describe(c: InventoryChoice): string {
  const which = c.verifiedOnly ? "verified inventory" : "inventory";
  if (c.year === undefined) return `each jurisdiction's latest ${which}`;
  return c.exactYear
    ? `each jurisdiction's ${which} of ${c.year}`
    : `each jurisdiction's latest ${which} up to ${c.year}`;
}

/** Territorial (scope 1) tCO2e summed across non-overlapping jurisdictions (GPC: only scope 1 may be added). */
export function territorialTotal(net: Network, c: InventoryChoice = {}): NonOverlappingFigure {
  const chosen = new Map<string, InventorySummary>();
  for (const j of net.byId.values()) {
    const inv = chooseInventory(j, c);
    if (inv && Number.isFinite(inv.territorial)) chosen.set(j.id, inv);
  }
  const { included, excluded } = nonOverlapping(chosen.keys(), net.parents);
  let value = 0;
  let from = Number.POSITIVE_INFINITY;
  let to = Number.NEGATIVE_INFINITY;
  for (const id of included) {
    const inv = chosen.get(id);
    if (!inv) continue;
    value += inv.territorial;
    from = Math.min(from, inv.year);
    to = Math.max(to, inv.year);
  }
  return {
    value,
    unit: "tCO2e",
    rule: `territorial (scope 1) totals of ${describe(c)}, ${OVERLAP_RULE}; BASIC and BASIC+ are never summed`,
    jurisdictions: included.length,
    population: populationWithoutOverlap(net, included),
    excluded,
    years: included.length > 0 ? { from, to } : null,
  };
}

/** Distribution of BASIC or BASIC+ tCO2e per inhabitant over jurisdictions (each one value; never summed). */
export function perCapitaDistribution(
  net: Network,
  total: "basic" | "basicPlus",
  c: InventoryChoice = {},
): Distribution {
  const values: number[] = [];
  for (const j of net.byId.values()) {
    const inv = chooseInventory(j, c);
    const people = inv?.population ?? j.population;
    if (inv && people != null && people > 0) values.push(inv[total] / people);
  }
  const label = total === "basic" ? "BASIC" : "BASIC+";
  return {
    ...fiveNumbers(values),
    unit: "tCO2e per inhabitant",
    rule:
      `${label} per inhabitant of ${describe(c)} (the inventory's population, else the jurisdiction's), one value ` +
      "per jurisdiction with both; median and quartiles by linear interpolation (type 7); never summed, because " +
      "scope 2 and 3 double count across jurisdictions",
  };
}

/** One year of the network's verified emissions. */
export interface TrendYear {
  readonly year: number;
  readonly territorial: NonOverlappingFigure;
  readonly basicPerCapita: Distribution;
}

/** How the network's verified territorial total and BASIC per-capita median moved, year by year. */
export function emissionsTrend(net: Network, years: readonly number[]): TrendYear[] {
  return [...years]
    .sort((a, b) => a - b)
    .map((year) => {
      const c = { year, exactYear: true, verifiedOnly: true };
      return {
        year,
        territorial: territorialTotal(net, c),
        basicPerCapita: perCapitaDistribution(net, "basic", c),
      };
    });
}
