/** Selects the observations a target is compared with: same basis, one per year, verified first. */
import { comparableValue } from "./coverage.ts";
import type { ImpliedTarget } from "./implied.ts";
import { seriesValueAt } from "./series.ts";
import type {
  ComparedObservation,
  Observation,
  ProgressContext,
  ProgressNote,
  TargetInput,
} from "./types.ts";

/** The observations to compare, oldest first, with the evidence class and what was left out and why. */
export interface Selection {
  readonly used: readonly ComparedObservation[];
  readonly evidence: "verified" | "unverified" | "none";
  readonly excluded: number;
  readonly reasons: readonly string[];
  readonly notes: readonly ProgressNote[];
}

function denominatorAt(o: Observation, implied: ImpliedTarget, ctx: ProgressContext): number | null {
  if (implied.denominator === "population")
    return o.population ?? seriesValueAt(ctx.population ?? [], o.year);
  return seriesValueAt(ctx.gdp ?? [], o.year);
}

/** Whether `a` wins over `b` for the same year: an inventory over reported totals, then the higher (cautious). */
function wins(a: ComparedObservation, b: ComparedObservation): boolean {
  const rank = (o: ComparedObservation) => (o.source === "inventory" ? 1 : 0);
  if (rank(a) !== rank(b)) return rank(a) > rank(b);
  if (a.value !== b.value) return a.value > b.value;
  return a.basis > b.basis;
}

/**
 * Puts each observation on the target's basis (see `comparableValue`; intensity targets divide by the year's
 * population or GDP), keeps verified figures (or, when there is none, the unverified ones and says so), keeps
 * only figures of the same basis as the latest one, and keeps one figure per year (an inventory before reported
 * totals; between equals the higher, so progress is never overstated).
 */
export function selectObservations(t: TargetInput, implied: ImpliedTarget, ctx: ProgressContext): Selection {
  const reasons = new Set<string>();
  const notes: ProgressNote[] = [];
  let excluded = 0;
  const compared: ComparedObservation[] = [];
  let gasesUnstated = false;
  for (const o of ctx.observations) {
    const c = comparableValue(t, o);
    if (!c.ok) {
      excluded++;
      reasons.add(c.reason);
      continue;
    }
    let value = c.value;
    if (implied.metric === "intensity") {
      const d = denominatorAt(o, implied, ctx);
      if (d === null || !(d > 0)) {
        excluded++;
        reasons.add(`no ${implied.denominator} for ${o.year}`);
        continue;
      }
      value /= d;
    }
    if (!Number.isFinite(value)) continue;
    gasesUnstated ||= !c.gasesStated;
    compared.push({ year: o.year, value, verified: o.verified, source: o.source, basis: c.basis });
  }
  const verified = compared.filter((o) => o.verified);
  const pool = verified.length > 0 ? verified : compared;
  const evidence = verified.length > 0 ? "verified" : compared.length > 0 ? "unverified" : "none";
  if (evidence === "unverified") {
    notes.push({
      code: "unverified_fallback",
      message: "no verified figure covers this target; unverified figures (reported totals) are used instead",
    });
  }
  const byYear = new Map<number, ComparedObservation>();
  for (const o of pool) {
    const prev = byYear.get(o.year);
    if (!prev || wins(o, prev)) byYear.set(o.year, o);
  }
  const sorted = [...byYear.values()].sort((a, b) => a.year - b.year);
  const basis = sorted[sorted.length - 1]?.basis;
  const used = sorted.filter((o) => o.basis === basis);
  for (const o of sorted) {
    if (o.basis !== basis) {
      excluded++;
      reasons.add(`${o.year} figure is ${o.basis}, the latest is ${basis}`);
    }
  }
  if (gasesUnstated) {
    notes.push({
      code: "gases_not_stated",
      message: "the target names its gases but an observation does not",
    });
  }
  return { used, evidence, excluded, reasons: [...reasons], notes };
}
