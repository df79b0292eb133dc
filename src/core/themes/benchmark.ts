/** Indicator figures across members, and one member's value placed among its peers' (direction-aware). */
import { fiveNumbers } from "../analytics/stats.ts";
import type { Direction } from "./types.ts";

/** The spread of an indicator's values across members. */
export function indicatorSpread(values: readonly number[]) {
  const five = fiveNumbers(values);
  const finite = values.filter(Number.isFinite);
  return { ...five, mean: finite.length ? finite.reduce((s, v) => s + v, 0) / finite.length : null };
}

/** A member's value among its peers' values of the same indicator. */
export interface PeerBenchmark {
  readonly value: number;
  readonly peers: number;
  /** Peers whose value is worse than the member's (lower when higher is better, and the reverse). */
  readonly betterThan: number;
  /** 1 = best of the member and its peers; ties share the better rank. */
  readonly rank: number;
  readonly peerMedian: number | null;
}

/** Places `value` among `peerValues` for an indicator that improves in `direction`. */
export function benchmarkAgainstPeers(
  value: number,
  peerValues: readonly number[],
  direction: Direction,
): PeerBenchmark {
  const finite = peerValues.filter(Number.isFinite);
  const better = (a: number, b: number) => (direction === "higher" ? a > b : a < b);
  return {
    value,
    peers: finite.length,
    betterThan: finite.filter((p) => better(value, p)).length,
    rank: 1 + finite.filter((p) => better(p, value)).length,
    peerMedian: fiveNumbers(finite).median,
  };
}
