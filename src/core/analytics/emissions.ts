/** Network emissions: territorial totals without overlaps, per-capita distributions, and their trend. */
import { ExactSum } from "./exact-sum.ts";
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

/** Which inventory a figure uses, in words. */
export function describeChoice(c: InventoryChoice): string {
  const which = c.verifiedOnly ? "verified inventory" : "inventory";
  if (c.year === undefined) return `each jurisdiction's latest ${which}`;
  return c.exactYear
    ? `each jurisdiction's ${which} of ${c.year}`
    : `each jurisdiction's latest ${which} up to ${c.year}`;
}

/** The rule of the territorial total. */
export function territorialRule(c: InventoryChoice): string {
  return `territorial (scope 1) totals of ${describeChoice(c)}, ${OVERLAP_RULE}; BASIC and BASIC+ are never summed`;
}

/** Territorial (scope 1) tCO2e summed across non-overlapping jurisdictions (GPC: only scope 1 may be added). */
export function territorialTotal(net: Network, c: InventoryChoice = {}): NonOverlappingFigure {
  const chosen = new Map<string, InventorySummary>();
  for (const j of net.byId.values()) {
    const inv = chooseInventory(j, c);
    if (inv && Number.isFinite(inv.territorial)) chosen.set(j.id, inv);
  }
  const { included, excluded } = nonOverlapping(chosen.keys(), net.parents);
  const value = new ExactSum();
  let from = Number.POSITIVE_INFINITY;
  let to = Number.NEGATIVE_INFINITY;
  for (const id of included) {
    const inv = chosen.get(id);
    if (!inv) continue;
    value.add(inv.territorial);
    from = Math.min(from, inv.year);
    to = Math.max(to, inv.year);
  }
  return {
    value: value.value(),
    unit: "tCO2e",
    rule: territorialRule(c),
    jurisdictions: included.length,
    population: populationWithoutOverlap(net, included),
    excluded,
    years: included.length > 0 ? { from, to } : null,
  };
}

/** One jurisdiction's BASIC or BASIC+ tCO2e per inhabitant, or null without an inventory or population. */
export function perCapitaValue(
  j: JurisdictionSummary,
  total: "basic" | "basicPlus",
  c: InventoryChoice = {},
): number | null {
  const inv = chooseInventory(j, c);
  const people = inv?.population ?? j.population;
  return inv && people != null && people > 0 ? inv[total] / people : null;
}

/** The rule of a per-capita distribution. */
export function perCapitaRule(total: "basic" | "basicPlus", c: InventoryChoice): string {
  const label = total === "basic" ? "BASIC" : "BASIC+";
  return (
    `${label} per inhabitant of ${describeChoice(c)} (the inventory's population, else the jurisdiction's), one value ` +
    "per jurisdiction with both; median and quartiles by linear interpolation (type 7); never summed, because " +
    "scope 2 and 3 double count across jurisdictions"
  );
}

/** Distribution of BASIC or BASIC+ tCO2e per inhabitant over jurisdictions (each one value; never summed). */
export function perCapitaDistribution(
  net: Network,
  total: "basic" | "basicPlus",
  c: InventoryChoice = {},
): Distribution {
  const values: number[] = [];
  for (const j of net.byId.values()) {
    const v = perCapitaValue(j, total, c);
    if (v !== null) values.push(v);
  }
  return { ...fiveNumbers(values), unit: "tCO2e per inhabitant", rule: perCapitaRule(total, c) };
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
