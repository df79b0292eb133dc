/** Order statistics for distributions. */

/** Quantile `q` of sorted values by linear interpolation between order statistics (Hyndman–Fan type 7, R's default). */
export function quantile(sorted: readonly number[], q: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const a = sorted[lo] ?? 0;
  const b = sorted[Math.min(lo + 1, n - 1)] ?? a;
  return a + (h - lo) * (b - a);
}

/** Count, minimum, quartiles and maximum. */
export interface FiveNumbers {
  readonly n: number;
  readonly min: number | null;
  readonly q1: number | null;
  readonly median: number | null;
  readonly q3: number | null;
  readonly max: number | null;
}

/** Minimum, quartiles and maximum of the finite values. */
export function fiveNumbers(values: readonly number[]): FiveNumbers {
  return fiveNumbersOfSorted(values.filter(Number.isFinite).sort((a, b) => a - b));
}

/** Minimum, quartiles and maximum of finite values already sorted ascending. */
export function fiveNumbersOfSorted(s: readonly number[]): FiveNumbers {
  return {
    n: s.length,
    min: s[0] ?? null,
    q1: quantile(s, 0.25),
    median: quantile(s, 0.5),
    q3: quantile(s, 0.75),
    max: s[s.length - 1] ?? null,
  };
}
