/** Inputs and figures of network roll-ups: one summary per jurisdiction, figures that say their rule. */
import type { TargetInput, YearValue } from "../targets/types.ts";
import type { FiveNumbers } from "./stats.ts";

/** One community inventory's stored totals (tCO2e). */
export interface InventorySummary {
  readonly year: number;
  readonly status: string;
  readonly verified: boolean;
  readonly basic: number;
  readonly basicPlus: number;
  readonly territorial: number;
  /** Population of the inventory year, when the inventory states it. */
  readonly population?: number | null;
}

/** One action's roll-up fields (an `actions` row fits). */
export interface ActionSummary {
  readonly status: string;
  readonly kind: string;
  readonly sectors: readonly string[];
  /** tCO2e per year the action is expected to avoid once implemented. */
  readonly expectedAnnualReduction: number | null;
}

/** What the roll-ups need to know about one jurisdiction. */
export interface JurisdictionSummary {
  readonly id: string;
  readonly parentId: string | null;
  readonly type: string;
  readonly country: string;
  readonly region: string | null;
  /** Latest known population; decides the size class. */
  readonly population: number | null;
  /** Whether the jurisdiction reports (the caller's rule, e.g. has a published inventory, target or action). */
  readonly reporting: boolean;
  readonly inventories: readonly InventorySummary[];
  readonly targets: readonly TargetInput[];
  readonly actions: readonly ActionSummary[];
  readonly populationSeries?: readonly YearValue[];
  readonly gdpSeries?: readonly YearValue[];
}

/** A summed figure with the rule it follows and what is behind it. */
export interface Figure {
  readonly value: number;
  readonly unit: string;
  readonly rule: string;
  /** How many jurisdictions the figure adds up. */
  readonly jurisdictions: number;
  /** Their population, counted without overlaps. */
  readonly population: number;
}

/** A figure summed across non-overlapping boundaries, with those left out because an ancestor covers them. */
export interface NonOverlappingFigure extends Figure {
  readonly excluded: readonly { readonly id: string; readonly coveredBy: string }[];
  /** Inventory years behind the figure, where it comes from inventories. */
  readonly years: { readonly from: number; readonly to: number } | null;
}

/** Median and quartiles of a per-jurisdiction value, never a sum. */
export interface Distribution extends FiveNumbers {
  readonly unit: string;
  readonly rule: string;
}
