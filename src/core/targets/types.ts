/** Input and output types of target progress: filled from a target row, inventories and time series. */

/** Target types (GHG Protocol Mitigation Goal Standard, as CDP and carbonn use them), plus two non-GHG types. */
export const TARGET_TYPES = [
  "base-year-absolute",
  "base-year-intensity",
  "fixed-level",
  "baseline-scenario",
  "renewable-energy-share",
  "resource-efficiency",
] as const;

/** One target type. */
export type TargetType = (typeof TARGET_TYPES)[number];

/** What an intensity target divides emissions by. */
export type IntensityDenominator = "population" | "gdp";

/** A value of a time series in one year. */
export interface YearValue {
  readonly year: number;
  readonly value: number;
}

/**
 * A target as the `targets` table stores it (a row can be passed as is); `type` and `scope` are strings so that a
 * row with an unknown type yields `no-data` instead of failing.
 */
export interface TargetInput {
  readonly type: string;
  readonly scope: string;
  /** GPC sector or sub-sector refs (`I`, `II.1`), `all`, or the seed's names (`stationary-energy`, `waste` …). */
  readonly sectors: readonly string[];
  readonly gases?: readonly string[];
  readonly baseYear: number | null;
  /** Base-year emissions in tCO2e (for intensity targets too: the absolute base-year emissions). */
  readonly baseValue: number | null;
  readonly targetYear: number;
  readonly targetValue: number | null;
  /** Percent, 0–100. */
  readonly reductionPercent: number | null;
  readonly bauValue: number | null;
  readonly status?: string;
  /** Intensity targets only; without it the denominator is population and the base intensity is derived. */
  readonly intensity?: IntensityInput;
}

/** What an intensity target is measured against, where the target row does not say. */
export interface IntensityInput {
  readonly denominator: IntensityDenominator;
  /** Base-year tCO2e per denominator unit, as reported; derived from base value ÷ denominator when absent. */
  readonly baseIntensity?: number | null;
  /** The denominator projected for the target year, as reported; projected from the series when absent. */
  readonly projectedDenominator?: number | null;
}

/** Where an observation's figure comes from: a calculated inventory, or totals a jurisdiction reported. */
export type ObservationSource = "inventory" | "reported-totals";

/** What an observed figure covers, so that it is only compared with a target of the same coverage. */
export interface ObservationBasis {
  /** `community` or `government` (operations). */
  readonly scope: string;
  /** GPC sector or sub-sector refs the value covers, or `["all"]` for the whole inventory. */
  readonly sectors: readonly string[];
  /** Which total the value is (`basic`, `basicPlus`, `territorial`, `reported` …); only equal totals are compared. */
  readonly total?: string;
  readonly gases?: readonly string[];
}

/** One year's emissions of the jurisdiction, in tCO2e. */
export interface Observation {
  readonly year: number;
  readonly value: number;
  readonly verified: boolean;
  readonly source: ObservationSource;
  readonly basis: ObservationBasis;
  /** tCO2e per GPC sector over the whole inventory; lets a sector target sum only its sectors. */
  readonly bySector?: Readonly<Record<string, number>>;
  readonly bySubsector?: Readonly<Record<string, number>>;
  /** Population in the observation's year, when the inventory states it (preferred over the series). */
  readonly population?: number | null;
}

/** Everything about the jurisdiction that target progress needs besides the target. */
export interface ProgressContext {
  readonly observations: readonly Observation[];
  readonly population?: readonly YearValue[];
  readonly gdp?: readonly YearValue[];
}

/** The four statuses of target progress. */
export type ProgressStatus = "achieved" | "on-track" | "off-track" | "no-data";

/** Stable codes of the notes a progress result carries. */
export type ProgressNoteCode =
  | "unsupported_type"
  | "missing_base_value"
  | "missing_reduction"
  | "missing_target_value"
  | "bau_missing"
  | "missing_denominator"
  | "base_year_not_before_target_year"
  | "no_observation_after_base_year"
  | "basis_mismatch"
  | "unverified_fallback"
  | "pathway_from_first_observation"
  | "gases_not_stated"
  | "single_observation";

/** A reason for `no-data`, or a fact the reader of the result should know. */
export interface ProgressNote {
  readonly code: ProgressNoteCode;
  readonly message: string;
}

/** A straight line from a start point to the target level; see `pathwayLevel` for its value in a year. */
export interface Pathway {
  readonly startYear: number;
  readonly startValue: number;
  readonly endYear: number;
  readonly endValue: number;
  /** Where the line starts: the target's base year, or (fixed-level targets without one) the first observation. */
  readonly anchor: "base-year" | "first-observation";
  /** The pathway's value in every year from start to end. */
  readonly points: readonly YearValue[];
}

/** A figure compared with the target, in the target's metric (tCO2e, or tCO2e per denominator unit). */
export interface ComparedObservation {
  readonly year: number;
  readonly value: number;
  readonly verified: boolean;
  readonly source: ObservationSource;
  /** How the compared figure was obtained, e.g. `basic` or `sum of I, II`. */
  readonly basis: string;
}

/** The least-squares line through the last observations, extrapolated to the target year. */
export interface Trend {
  readonly slope: number;
  readonly intercept: number;
  readonly years: readonly number[];
  readonly atTargetYear: number;
}

/** The progress of one target: implied level, pathway, achievement, required rate and status with reasons. */
export interface TargetProgress {
  readonly status: ProgressStatus;
  /** `intensity` for base-year intensity targets (values per denominator unit), else `absolute` (tCO2e). */
  readonly metric: "absolute" | "intensity";
  readonly unit: string;
  /** tCO2e the target implies in its target year; null when it cannot be computed. */
  readonly impliedLevel: number | null;
  /** Intensity the target implies in its target year (intensity targets only). */
  readonly impliedIntensity: number | null;
  readonly pathway: Pathway | null;
  readonly latest: ComparedObservation | null;
  /** `verified` when verified figures decide; `unverified` when only unverified or reported totals exist. */
  readonly evidence: "verified" | "unverified" | "none";
  /** Share of the required reduction achieved by the latest figure, clamped to [0, 1]. */
  readonly achievedShare: number | null;
  /** The same share unclamped (above 1 when overachieved); null when the target requires no reduction. */
  readonly achievedShareRaw: number | null;
  /** Compound reduction needed every year from the latest figure to the target level, in % per year. */
  readonly requiredAnnualRatePercent: number | null;
  /** Linear reduction needed every year from the latest figure to the target level, in the metric's unit. */
  readonly requiredAnnualReduction: number | null;
  readonly onPathway: boolean | null;
  readonly trend: Trend | null;
  readonly trendReachesTarget: boolean | null;
  /** Set when some observations were not compared because they cover a different basis. */
  readonly basisMismatch: { readonly excluded: number; readonly explanation: string } | null;
  readonly notes: readonly ProgressNote[];
}
