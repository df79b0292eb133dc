/** Helpers for the year/value series the API gives (population, GDP, area). */

/** A value in a given year. */
export interface YearValue {
  year: number;
  value: number;
}

/** The point of the latest year, or undefined for an empty series. */
export function latest(series: readonly YearValue[]): YearValue | undefined {
  let best: YearValue | undefined;
  for (const point of series) if (!best || point.year > best.year) best = point;
  return best;
}

/** Counts items per key, sorted by key. */
export function countBy<T>(items: readonly T[], key: (item: T) => string | number): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const k = String(key(item));
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts.entries()].sort(([a], [b]) => a.localeCompare(b, "en", { numeric: true }));
}
