/** The level a target implies in its target year, by target type (GHG Protocol Mitigation Goal Standard). */
import { seriesValueAt } from "./series.ts";
import type {
  IntensityDenominator,
  ProgressContext,
  ProgressNote,
  TargetInput,
  TargetType,
} from "./types.ts";
import { TARGET_TYPES } from "./types.ts";

/** The target-year level and the base-year start point, in the target's metric. */
export interface ImpliedTarget {
  readonly metric: "absolute" | "intensity";
  readonly unit: string;
  /** tCO2e in the target year. */
  readonly level: number | null;
  /** Intensity in the target year (intensity targets only). */
  readonly intensity: number | null;
  /** The base-year value in the metric (tCO2e, or intensity), where known. */
  readonly base: number | null;
  /** The target-year value in the metric; what progress is measured against. */
  readonly goal: number | null;
  readonly denominator: IntensityDenominator | null;
  readonly notes: readonly ProgressNote[];
}

const UNITS: Readonly<Record<IntensityDenominator, string>> = {
  population: "tCO2e per inhabitant",
  gdp: "tCO2e per unit of GDP",
};

/** Narrows a stored type string to a target type. */
export function isTargetType(type: string): type is TargetType {
  return (TARGET_TYPES as readonly string[]).includes(type);
}

function note(code: ProgressNote["code"], message: string): ProgressNote {
  return { code, message };
}

const finite = (x: number | null | undefined): x is number => typeof x === "number" && Number.isFinite(x);

function absolute(level: number | null, base: number | null, notes: ProgressNote[]): ImpliedTarget {
  return {
    metric: "absolute",
    unit: "tCO2e",
    level,
    intensity: null,
    base,
    goal: level,
    denominator: null,
    notes,
  };
}

/** Base × (1 − r), or the stated target value when no reduction is given. */
function reduced(from: number, t: TargetInput, notes: ProgressNote[]): number | null {
  if (finite(t.reductionPercent)) return from * (1 - t.reductionPercent / 100);
  if (finite(t.targetValue)) return t.targetValue;
  notes.push(note("missing_reduction", "the target states neither a % reduction nor a target-year level"));
  return null;
}

function intensityTarget(t: TargetInput, ctx: ProgressContext): ImpliedTarget {
  const notes: ProgressNote[] = [];
  const denominator = t.intensity?.denominator ?? "population";
  const series = (denominator === "gdp" ? ctx.gdp : ctx.population) ?? [];
  let base = t.intensity?.baseIntensity ?? null;
  if (!finite(base) && finite(t.baseValue) && t.baseYear !== null) {
    const d = seriesValueAt(series, t.baseYear);
    base = finite(d) && d > 0 ? t.baseValue / d : null;
  }
  const unit = UNITS[denominator];
  if (!finite(base)) {
    notes.push(note("missing_base_value", `no base-year intensity and no ${denominator} to derive it from`));
    return {
      metric: "intensity",
      unit,
      level: null,
      intensity: null,
      base: null,
      goal: null,
      denominator,
      notes,
    };
  }
  if (!finite(t.reductionPercent)) {
    notes.push(note("missing_reduction", "an intensity target needs a % reduction"));
    return { metric: "intensity", unit, level: null, intensity: null, base, goal: null, denominator, notes };
  }
  const intensity = base * (1 - t.reductionPercent / 100);
  const projected = t.intensity?.projectedDenominator ?? seriesValueAt(series, t.targetYear);
  const level = finite(projected) ? intensity * projected : null;
  if (level === null) {
    notes.push(note("missing_denominator", `no ${denominator} to project to ${t.targetYear}`));
  }
  return { metric: "intensity", unit, level, intensity, base, goal: intensity, denominator, notes };
}

/**
 * The target-year level: base-year absolute = base × (1 − r); intensity = base intensity × (1 − r) × projected
 * population or GDP (and, as intensity, base intensity × (1 − r)); fixed level = the target value (0 for net
 * zero); BAU = BAU × (1 − r), with `bau_missing` when there is no BAU figure.
 */
export function impliedTarget(t: TargetInput, ctx: ProgressContext): ImpliedTarget {
  const notes: ProgressNote[] = [];
  const base = finite(t.baseValue) ? t.baseValue : null;
  if (!isTargetType(t.type) || t.type === "renewable-energy-share" || t.type === "resource-efficiency") {
    notes.push(
      note("unsupported_type", `"${t.type}" is not an emissions target; its progress is not computed`),
    );
    return absolute(null, base, notes);
  }
  switch (t.type) {
    case "base-year-absolute":
      if (base === null) {
        notes.push(note("missing_base_value", "a base-year target needs base-year emissions"));
        return absolute(null, null, notes);
      }
      return absolute(reduced(base, t, notes), base, notes);
    case "base-year-intensity":
      return intensityTarget(t, ctx);
    case "fixed-level":
      if (!finite(t.targetValue)) {
        notes.push(note("missing_target_value", "a fixed-level target needs its target-year level"));
      }
      return absolute(finite(t.targetValue) ? t.targetValue : null, base, notes);
    case "baseline-scenario":
      if (!finite(t.bauValue)) {
        notes.push(
          note("bau_missing", "a baseline-scenario target needs the BAU emissions of its target year"),
        );
        return absolute(null, base, notes);
      }
      return absolute(reduced(t.bauValue, t, notes), base, notes);
  }
}
