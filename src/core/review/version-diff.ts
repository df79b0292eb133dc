/** What changed between two versions of an inventory: lines added and removed, and the totals before and after. */
import { canonicalJson } from "../record/canonical-json.ts";
import type { Totals } from "../result.ts";

/** A total before and after. */
export interface TotalChange {
  from: number;
  to: number;
  delta: number;
}

/** A summary of the difference between a version and the one before it. */
export interface VersionDiff {
  linesAdded: number;
  linesRemoved: number;
  /** GPC rows whose lines changed (added, removed or edited), sorted. */
  rowsChanged: string[];
  totals: { basic: TotalChange; basicPlus: TotalChange; territorial: TotalChange };
}

/** Compares two versions' lines as multisets and their headline totals. */
export function diffVersions(
  before: { lines: ReadonlyArray<{ gpc: string }>; totals: Totals },
  after: { lines: ReadonlyArray<{ gpc: string }>; totals: Totals },
): VersionDiff {
  const pending = new Map<string, { gpc: string; n: number }>();
  for (const line of before.lines) {
    const key = canonicalJson(line);
    const entry = pending.get(key);
    if (entry) entry.n += 1;
    else pending.set(key, { gpc: line.gpc, n: 1 });
  }
  const rows = new Set<string>();
  let added = 0;
  for (const line of after.lines) {
    const entry = pending.get(canonicalJson(line));
    if (entry && entry.n > 0) entry.n -= 1;
    else {
      added += 1;
      rows.add(line.gpc);
    }
  }
  let removed = 0;
  for (const entry of pending.values()) {
    removed += entry.n;
    if (entry.n > 0) rows.add(entry.gpc);
  }
  const change = (key: "basic" | "basicPlus" | "territorial"): TotalChange => ({
    from: before.totals[key],
    to: after.totals[key],
    delta: after.totals[key] - before.totals[key],
  });
  return {
    linesAdded: added,
    linesRemoved: removed,
    rowsChanged: [...rows].sort(),
    totals: { basic: change("basic"), basicPlus: change("basicPlus"), territorial: change("territorial") },
  };
}
