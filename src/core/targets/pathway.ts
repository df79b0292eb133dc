/** The straight-line pathway from a start point (base year) to the target level in the target year. */
import type { Pathway, YearValue } from "./types.ts";

/** Builds the pathway with a point for every year from start to end (end after start). */
export function buildPathway(
  start: YearValue,
  end: YearValue,
  anchor: Pathway["anchor"] = "base-year",
): Pathway {
  const base = {
    startYear: start.year,
    startValue: start.value,
    endYear: end.year,
    endValue: end.value,
    anchor,
  };
  const points: YearValue[] = [];
  for (let year = Math.ceil(start.year); year <= end.year; year++) {
    points.push({ year, value: pathwayLevel({ ...base, points: [] }, year) });
  }
  return { ...base, points };
}

/** The pathway's value in a year: the start value before it starts, the end value after it ends, linear between. */
export function pathwayLevel(p: Pathway, year: number): number {
  if (year <= p.startYear) return p.startValue;
  if (year >= p.endYear) return p.endValue;
  const f = (year - p.startYear) / (p.endYear - p.startYear);
  // start + f·(end − start): every step is a correctly rounded monotone operation, so the line stays monotone.
  return p.startValue + f * (p.endValue - p.startValue);
}
