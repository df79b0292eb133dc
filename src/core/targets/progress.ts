/** Target progress: implied level, pathway, achievement, required rate and a status that says why. */
import { type ImpliedTarget, impliedTarget } from "./implied.ts";
import { selectObservations } from "./observations.ts";
import { buildPathway, pathwayLevel } from "./pathway.ts";
import { achievedShare, atOrBelow, requiredReduction } from "./rates.ts";
import { leastSquares, lineAt } from "./series.ts";
import type {
  ComparedObservation,
  Pathway,
  ProgressContext,
  ProgressNote,
  ProgressStatus,
  TargetInput,
  TargetProgress,
  Trend,
} from "./types.ts";

/** How many of the latest observations the trend is fitted to. */
export const TREND_WINDOW = 5;

/** The status rule, word for word as in `targetProgress`'s documentation (the README quotes it). */
export const STATUS_RULE =
  "No data when the target is not an emissions target, when its target-year level cannot be computed (no base " +
  "value, reduction, target value or BAU figure), when it has no base year and base value (a fixed-level target " +
  "without them starts its pathway at its first observation), or when no comparable observation is later than " +
  "the pathway's start. Achieved when the latest comparable level is at or below the target level. On track when " +
  "the latest level is at or below the pathway value for its year AND the least-squares linear trend of the last " +
  "up to 5 comparable observations, extrapolated to the target year, is at or below the target level (with only " +
  "one observation the pathway comparison alone decides). Otherwise off track. Comparable observations are " +
  "verified ones; only when there is none are unverified figures (reported totals) used, and the result says " +
  "so. Observations covering other sectors, scope or gases than the target are not compared (basisMismatch).";

type Draft = Omit<TargetProgress, "status" | "notes">;

function empty(implied: ImpliedTarget): Draft {
  return {
    metric: implied.metric,
    unit: implied.unit,
    impliedLevel: implied.level,
    impliedIntensity: implied.intensity,
    pathway: null,
    latest: null,
    evidence: "none",
    achievedShare: null,
    achievedShareRaw: null,
    requiredAnnualRatePercent: null,
    requiredAnnualReduction: null,
    onPathway: null,
    trend: null,
    trendReachesTarget: null,
    basisMismatch: null,
  };
}

function startPoint(t: TargetInput, implied: ImpliedTarget, used: readonly ComparedObservation[]) {
  if (implied.base !== null && t.baseYear !== null) {
    return { year: t.baseYear, value: implied.base, anchor: "base-year" as const };
  }
  const first = used[0];
  if (t.type === "fixed-level" && first) return { ...first, anchor: "first-observation" as const };
  return null;
}

function fitTrend(points: readonly ComparedObservation[], targetYear: number): Trend | null {
  if (points.length < 2) return null;
  const window = points.slice(-TREND_WINDOW);
  const line = leastSquares(window);
  if (!line) return null;
  return { ...line, years: window.map((p) => p.year), atTargetYear: lineAt(line, targetYear) };
}

/**
 * Computes a target's progress from the jurisdiction's observations (pure; "now" is the latest observation).
 *
 * Status rule: No data when the target is not an emissions target, when its target-year level cannot be computed
 * (no base value, reduction, target value or BAU figure), when it has no base year and base value (a fixed-level
 * target without them starts its pathway at its first observation), or when no comparable observation is later
 * than the pathway's start. Achieved when the latest comparable level is at or below the target level. On track
 * when the latest level is at or below the pathway value for its year AND the least-squares linear trend of the
 * last up to 5 comparable observations, extrapolated to the target year, is at or below the target level (with
 * only one observation the pathway comparison alone decides). Otherwise off track. Comparable observations are
 * verified ones; only when there is none are unverified figures (reported totals) used, and the result says so.
 * Observations covering other sectors, scope or gases than the target are not compared (basisMismatch).
 */
export function targetProgress(t: TargetInput, ctx: ProgressContext): TargetProgress {
  const implied = impliedTarget(t, ctx);
  const notes: ProgressNote[] = [...implied.notes];
  const draft = empty(implied);
  const noData = (extra: Partial<Draft>): TargetProgress => ({
    ...draft,
    ...extra,
    status: "no-data",
    notes,
  });
  if (implied.notes.some((n) => n.code === "unsupported_type")) return noData({});

  const sel = selectObservations(t, implied, ctx);
  notes.push(...sel.notes);
  const basisMismatch =
    sel.excluded > 0 ? { excluded: sel.excluded, explanation: sel.reasons.join("; ") } : null;
  if (basisMismatch) {
    notes.push({ code: "basis_mismatch", message: `not compared: ${basisMismatch.explanation}` });
  }
  const known = { basisMismatch, evidence: sel.evidence };
  const goal = implied.goal;
  if (goal === null) return noData(known);

  const start = startPoint(t, implied, sel.used);
  if (!start) {
    if (!notes.some((n) => n.code === "missing_base_value")) {
      notes.push({ code: "missing_base_value", message: "the target has no base year and base value" });
    }
    return noData(known);
  }
  if (start.year >= t.targetYear) {
    const message = `the pathway starts in ${start.year}, not before the target year ${t.targetYear}`;
    notes.push({ code: "base_year_not_before_target_year", message });
    return noData(known);
  }
  if (start.anchor === "first-observation") {
    const message = `no base year: the pathway starts at the first observation (${start.year})`;
    notes.push({ code: "pathway_from_first_observation", message });
  }
  const pathway: Pathway = buildPathway(start, { year: t.targetYear, value: goal }, start.anchor);
  const series = sel.used.filter((o) => o.year >= start.year);
  const latest = series[series.length - 1];
  if (!latest || latest.year <= start.year) {
    const message = `no comparable observation after ${start.year}`;
    notes.push({ code: "no_observation_after_base_year", message });
    return noData({ ...known, pathway });
  }

  const share = achievedShare(start.value, goal, latest.value);
  const need = requiredReduction(latest.value, latest.year, goal, t.targetYear);
  const onPathway = atOrBelow(latest.value, pathwayLevel(pathway, latest.year));
  const trend = fitTrend(series, t.targetYear);
  const trendReachesTarget = trend ? atOrBelow(trend.atTargetYear, goal) : null;
  if (!trend) {
    notes.push({
      code: "single_observation",
      message: "one observation: the pathway comparison alone decides",
    });
  }
  let status: ProgressStatus = "off-track";
  if (atOrBelow(latest.value, goal)) status = "achieved";
  else if (onPathway && trendReachesTarget !== false) status = "on-track";
  return {
    ...draft,
    ...known,
    pathway,
    latest,
    achievedShare: share.share,
    achievedShareRaw: share.raw,
    requiredAnnualRatePercent: need.ratePercent,
    requiredAnnualReduction: need.perYear,
    onPathway,
    trend,
    trendReachesTarget,
    status,
    notes,
  };
}
