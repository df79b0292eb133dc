/** Small numeric helpers on year series: least-squares lines and a series' value in any year. */
import type { YearValue } from "./types.ts";

/** An ordinary least-squares line `value = intercept + slope × year`. */
export interface Line {
  readonly slope: number;
  readonly intercept: number;
}

/** Least-squares line through the points; a single year (or all points in one year) gives a flat line. */
export function leastSquares(points: readonly YearValue[]): Line | null {
  const n = points.length;
  if (n === 0) return null;
  let mx = 0;
  let my = 0;
  for (const p of points) {
    mx += p.year / n;
    my += p.value / n;
  }
  let sxy = 0;
  let sxx = 0;
  for (const p of points) {
    sxy += (p.year - mx) * (p.value - my);
    sxx += (p.year - mx) ** 2;
  }
  const slope = sxx === 0 ? 0 : sxy / sxx;
  return { slope, intercept: my - slope * mx };
}

/** Value of a line in a year. */
export function lineAt(line: Line, year: number): number {
  return line.intercept + line.slope * year;
}

/**
 * A series' value in a year: the value itself when the year is in the series; linear interpolation between the
 * neighbouring years inside it; beyond either end, the least-squares line through the nearest (up to) 5 points.
 */
export function seriesValueAt(series: readonly YearValue[], year: number): number | null {
  const pts = series.filter((p) => Number.isFinite(p.value)).sort((a, b) => a.year - b.year);
  const first = pts[0];
  const last = pts[pts.length - 1];
  if (first === undefined || last === undefined) return null;
  const exact = pts.find((p) => p.year === year);
  if (exact) return exact.value;
  if (year > first.year && year < last.year) {
    const i = pts.findIndex((p) => p.year > year);
    const a = pts[i - 1];
    const b = pts[i];
    if (a && b) return a.value + ((b.value - a.value) * (year - a.year)) / (b.year - a.year);
  }
  const near = year > last.year ? pts.slice(-5) : pts.slice(0, 5);
  const line = leastSquares(near);
  return line ? lineAt(line, year) : null;
}
