/** The output of the calculation engine, exactly as DESIGN.md specifies for `localledger calc --json`. */
import type { GwpSet } from "./gases.ts";

export type Severity = "error" | "warning" | "info";

/** A quality-check finding: stable code, severity, 1-based line number (null for the document) and GPC row. */
export interface Issue {
  code: IssueCode;
  severity: Severity;
  line: number | null;
  gpc: string | null;
  message: string;
}

/** Every quality-check code the engine can emit; codes are stable (other tools match on them). */
export type IssueCode =
  | "unknown_gpc_row"
  | "line_kind_conflict"
  | "empty_line"
  | "line_kind_mismatch"
  | "unknown_unit"
  | "incompatible_units"
  | "invalid_value"
  | "negative_value"
  | "non_finite_value"
  | "zero_activity"
  | "zero_factor"
  | "missing_factor"
  | "unknown_fuel"
  | "no_default_factor"
  | "default_density_used"
  | "unknown_gas"
  | "co2e_with_gases"
  | "unknown_notation_key"
  | "notation_key_without_explanation"
  | "ie_without_row"
  | "ne_in_basic_row"
  | "basic_incomplete"
  | "population_missing"
  | "invalid_population"
  | "invalid_data_quality";

/** The result of one line: tCO2e (null if it could not be calculated) and tonnes of each gas. */
export interface LineResult {
  gpc: string;
  co2e: number | null;
  gases: Record<string, number>;
  /** Biogenic CO2 in tonnes, where the line has any; outside co2e and every total. */
  biogenicCO2?: number;
  notationKey?: string;
}

export interface Totals {
  basic: number;
  basicPlus: number;
  territorial: number;
  scope1: number;
  scope2: number;
  /** Scope 3 of GPC sectors I–III (I.x.3, II.x.3, III.x.2); other scope 3 (VI.1) is in `bySector.VI` only. */
  scope3: number;
  biogenicCO2: number;
  /** tCO2e per inhabitant; null when the document has no valid population. */
  perCapita: { basic: number; basicPlus: number; territorial: number } | null;
}

export interface CalcResult {
  gwp: GwpSet;
  unit: "tCO2e";
  totals: Totals;
  /** tCO2e per GPC sector over every line, VI included. */
  bySector: Record<string, number>;
  bySubsector: Record<string, number>;
  /** tCO2e per gas over every line except other scope 3 (VI.1); `CO2e` collects amounts given only as CO2e. */
  byGas: Record<string, number>;
  lines: LineResult[];
  issues: Issue[];
}
