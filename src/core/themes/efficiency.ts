/**
 * The 10% efficiency-gain programme: a member commits to cut the yearly consumption of a resource it selects by
 * 10% against a baseline year, within three years. Each yearly figure's reduction is (baseline − figure) /
 * baseline; the commitment is reached in the first year of the window (baseline year + 1 … + 3) whose figure is at
 * or below 90% of the baseline. Before the deadline it is on course when the latest figure's reduction is at least
 * the straight path's (10% × years elapsed / 3), otherwise off course; after the deadline without reaching, missed.
 */

/** The cut the programme asks for, in percent of the baseline. */
export const EFFICIENCY_GOAL_PERCENT = 10;
/** The years the cut is to be made in. */
export const EFFICIENCY_YEARS = 3;

/** The programme's rule in words (the API quotes it). */
export const EFFICIENCY_RULE =
  "reduction = (baseline − figure) / baseline × 100; reached in the first year from baseline+1 to baseline+3 whose " +
  "figure ≤ 90% of the baseline; before the deadline on course when the latest reduction ≥ 10% × years elapsed / 3, " +
  "else off course; after the deadline without reaching it, missed; no figure in the window yet: no data";

/** A commitment with its yearly figures. */
export interface EfficiencyCommitment {
  readonly resource: string;
  readonly unit: string;
  readonly baselineYear: number;
  /** Consumption in the baseline year (> 0). */
  readonly baselineValue: number;
  readonly figures: ReadonlyArray<{ readonly year: number; readonly value: number }>;
}

/** Where a commitment stands. */
export type EfficiencyStatus = "reached" | "on-course" | "off-course" | "missed" | "no-data";

/** One yearly figure with its reduction against the baseline. */
export interface EfficiencyYear {
  readonly year: number;
  readonly value: number;
  readonly reductionPercent: number;
}

/** A commitment's progress. */
export interface EfficiencyProgress {
  readonly resource: string;
  readonly unit: string;
  readonly baselineYear: number;
  readonly baselineValue: number;
  /** 90% of the baseline. */
  readonly goalValue: number;
  readonly deadlineYear: number;
  /** Figures of the window (baseline+1 … deadline), by year. */
  readonly years: readonly EfficiencyYear[];
  readonly latest: EfficiencyYear | null;
  readonly reachedYear: number | null;
  /** Share of the 10% cut achieved by the latest figure, 0–100. */
  readonly progressPercent: number;
  readonly status: EfficiencyStatus;
}

// Figures are decimal numbers typed by people: 90 against a baseline of 100 is exactly the 10% cut.
const EPSILON = 1e-9;

/** The progress of one commitment as of `asOfYear` (the current year). */
export function efficiencyProgress(c: EfficiencyCommitment, asOfYear: number): EfficiencyProgress {
  if (!(c.baselineValue > 0)) throw new RangeError("the baseline value must be greater than zero");
  const deadlineYear = c.baselineYear + EFFICIENCY_YEARS;
  const goalValue = c.baselineValue * (1 - EFFICIENCY_GOAL_PERCENT / 100);
  const byYear = new Map<number, number>();
  for (const f of c.figures)
    if (f.year > c.baselineYear && f.year <= deadlineYear) byYear.set(f.year, f.value);
  const years = [...byYear]
    .sort(([a], [b]) => a - b)
    .map(([year, value]) => ({
      year,
      value,
      reductionPercent: ((c.baselineValue - value) / c.baselineValue) * 100,
    }));
  const latest = years[years.length - 1] ?? null;
  const reached = years.find((y) => y.value <= goalValue * (1 + EPSILON));
  const progressPercent = latest
    ? Math.min(100, Math.max(0, (latest.reductionPercent / EFFICIENCY_GOAL_PERCENT) * 100))
    : 0;
  return {
    resource: c.resource,
    unit: c.unit,
    baselineYear: c.baselineYear,
    baselineValue: c.baselineValue,
    goalValue,
    deadlineYear,
    years,
    latest,
    reachedYear: reached?.year ?? null,
    progressPercent,
    status: statusOf(reached !== undefined, latest, c.baselineYear, deadlineYear, asOfYear),
  };
}

function statusOf(
  reached: boolean,
  latest: EfficiencyYear | null,
  baselineYear: number,
  deadlineYear: number,
  asOfYear: number,
): EfficiencyStatus {
  if (reached) return "reached";
  if (asOfYear > deadlineYear) return "missed";
  if (!latest) return "no-data";
  const path = (EFFICIENCY_GOAL_PERCENT * (latest.year - baselineYear)) / EFFICIENCY_YEARS;
  return latest.reductionPercent + EPSILON >= path ? "on-course" : "off-course";
}

/** The programme across members: how many commitments stand where, by resource and overall. */
export interface EfficiencyProgramme {
  readonly commitments: number;
  readonly members: number;
  readonly byStatus: Readonly<Record<EfficiencyStatus, number>>;
  /** Reached commitments over those whose outcome is known (reached + missed); null when none is. */
  readonly reachedShare: number | null;
  /** Mean reduction of the latest figures, over commitments with one. */
  readonly meanLatestReductionPercent: number | null;
  readonly byResource: ReadonlyArray<{ resource: string; commitments: number; reached: number }>;
}

/** Adds up the progress of every commitment, each with its member. */
export function efficiencyProgramme(
  entries: ReadonlyArray<{ readonly memberId: string; readonly progress: EfficiencyProgress }>,
): EfficiencyProgramme {
  const byStatus: Record<EfficiencyStatus, number> = {
    reached: 0,
    "on-course": 0,
    "off-course": 0,
    missed: 0,
    "no-data": 0,
  };
  const resources = new Map<string, { commitments: number; reached: number }>();
  const latest: number[] = [];
  for (const { progress } of entries) {
    byStatus[progress.status] += 1;
    const r = resources.get(progress.resource) ?? { commitments: 0, reached: 0 };
    r.commitments += 1;
    if (progress.status === "reached") r.reached += 1;
    resources.set(progress.resource, r);
    if (progress.latest) latest.push(progress.latest.reductionPercent);
  }
  const decided = byStatus.reached + byStatus.missed;
  return {
    commitments: entries.length,
    members: new Set(entries.map((e) => e.memberId)).size,
    byStatus,
    reachedShare: decided > 0 ? byStatus.reached / decided : null,
    meanLatestReductionPercent: latest.length ? latest.reduce((s, v) => s + v, 0) / latest.length : null,
    byResource: [...resources]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([resource, r]) => ({ resource, ...r })),
  };
}
