/**
 * The inventory document (DESIGN.md, "The inventory document"): the JSON interchange format an inventory is
 * entered, imported and calculated in.
 */
import type { GwpSet } from "./gases.ts";

/** GPC notation keys (GPC §2.3.2): not occurring, included elsewhere, not estimated, confidential. */
export type NotationKey = "NO" | "IE" | "NE" | "C";
export const NOTATION_KEYS: readonly NotationKey[] = ["NO", "IE", "NE", "C"];

/** Data quality rating: high, medium, low (GPC §5.3). */
export type Quality = "H" | "M" | "L";
export const QUALITY_LEVELS: readonly Quality[] = ["H", "M", "L"];

/** A number with its unit, e.g. `{ "value": 1000, "unit": "MWh" }`. */
export interface Quantity {
  value: number;
  unit: string;
}

/** One line of an inventory: activity with a fuel or factors, direct emissions, or a notation key. */
export interface InventoryLine {
  gpc: string;
  fuel?: string;
  activity?: Quantity;
  /** Emission factors per gas (`CO2`, `CH4`, `HFC-134a` …) or `CO2e`; `CO2b` is biogenic CO2. */
  factors?: Record<string, Quantity>;
  /** Direct emissions per gas or `CO2e`; `CO2b` is biogenic CO2. */
  emissions?: Record<string, Quantity>;
  notationKey?: string;
  explanation?: string;
  dataQuality?: { activity?: Quality; factor?: Quality };
  source?: string;
  comment?: string;
}

/** An inventory as a document: who, when, which GWP set, and its lines. */
export interface InventoryDocument {
  jurisdiction?: string;
  year?: number;
  gwp?: GwpSet;
  population?: number;
  lines: InventoryLine[];
}

/** Gas key for biogenic CO2 in `factors` and `emissions`: reported apart, outside every total (GPC §3.4). */
export const BIOGENIC_CO2 = "CO2b";

/** Gas key for an amount given only in CO2-equivalent. */
export const CO2E = "CO2e";
