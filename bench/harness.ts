/** The benchmark table's shape: every row measures one figure beside a ceiling or peer from the same run. */

export interface BenchResult {
  /** What was measured and how much of it, e.g. "1,000,000 lines". */
  workload: string;
  figure: number;
  unit: string;
  /** The ceiling or peer measured in the same run, in the same unit. */
  ceiling: number | null;
  ceilingLabel: string;
  /** figure / ceiling, or as the row defines it (stated in `ratioLabel`). */
  ratio: number | null;
  ratioLabel: string;
  /** Peak resident set size of the measured process, MiB. */
  peakRssMiB: number;
  notes?: string;
}

export interface BenchRow {
  id: string;
  title: string;
  /** One result, or several sub-rows measured together (e.g. two endpoints against one ceiling). */
  run(options: { quick: boolean }): Promise<BenchResult | BenchResult[]>;
}

/** Peak RSS of this process so far, MiB (getrusage maxrss). */
export function peakRssMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** Median of a list of numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Times a synchronous function `repeats` times after one warm-up; returns the median in milliseconds. */
export function timeMedian(fn: () => void, repeats: number): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}
