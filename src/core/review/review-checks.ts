/**
 * Automated checks run when an inventory version is submitted and shown to reviewers: every issue the
 * calculation flags, plus checks across versions and years. Errors block submission; warnings need an answer
 * from the reporter, keyed by the check's stable `id`.
 */
import type { CalcResult, Severity } from "../result.ts";
import { REVIEW_THRESHOLDS } from "./thresholds.ts";

/** One finding: a stable id (the key of the reporter's answer), a code, a severity and a message. */
export interface ReviewCheck {
  id: string;
  code: string;
  severity: Severity;
  line: number | null;
  gpc: string | null;
  message: string;
}

/** What the checks look at. */
export interface ReviewInput {
  year: number;
  result: CalcResult;
  /** The GPC rows of the document's lines, in order. */
  rows: readonly string[];
  /** The latest earlier year's verified (or published) inventory of the same jurisdiction and kind. */
  previous: { year: number; result: CalcResult } | null;
  /** The year of the population figure the inventory uses, when known. */
  populationYear: number | null;
  /**
   * A reported-totals inventory's figures (tCO2e): it has no lines, so the line checks (CRF minimum) give way to
   * checks of the totals themselves.
   */
  reported?: { scope1: number | null; scope2: number | null; basic: number | null } | undefined;
}

const share = (from: number, to: number) => Math.abs(to - from) / Math.abs(from);
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

function yearOnYear(input: ReviewInput): ReviewCheck[] {
  const prev = input.previous;
  if (!prev) return [];
  const t = REVIEW_THRESHOLDS;
  const checks: ReviewCheck[] = [];
  const from = prev.result.totals.basic;
  const to = input.result.totals.basic;
  if (from > 0 && share(from, to) > t.maxYearOnYearChange) {
    checks.push({
      id: "total_change",
      code: "total_change",
      severity: "warning",
      line: null,
      gpc: null,
      message: `BASIC total changed ${pct(share(from, to))} from ${prev.year} (${from} → ${to} tCO2e); explain why`,
    });
  }
  const sectors = new Set([...Object.keys(prev.result.bySector), ...Object.keys(input.result.bySector)]);
  for (const sector of [...sectors].sort()) {
    const a = prev.result.bySector[sector] ?? 0;
    const b = input.result.bySector[sector] ?? 0;
    if (Math.max(Math.abs(a), Math.abs(b)) < t.minComparableSector) continue;
    if (a === 0 || share(a, b) > t.maxYearOnYearChange) {
      checks.push({
        id: `sector_change:${sector}`,
        code: "sector_change",
        severity: "warning",
        line: null,
        gpc: sector,
        message: `sector ${sector} changed ${a === 0 ? "from nothing" : pct(share(a, b))} from ${prev.year} (${a} → ${b} tCO2e)`,
      });
    }
  }
  return checks;
}

function plausibility(input: ReviewInput): ReviewCheck[] {
  const checks: ReviewCheck[] = [];
  const perCapita = input.result.totals.perCapita?.basic;
  const { min, max } = REVIEW_THRESHOLDS.perCapita;
  if (perCapita !== undefined && (perCapita < min || perCapita > max)) {
    checks.push({
      id: "per_capita_range",
      code: "per_capita_range",
      severity: "warning",
      line: null,
      gpc: null,
      message: `BASIC emissions per inhabitant are ${perCapita.toPrecision(3)} tCO2e, outside the plausible ${min}–${max}`,
    });
  }
  if (input.populationYear !== null && input.populationYear < input.year) {
    checks.push({
      id: "population_outdated",
      code: "population_outdated",
      severity: "warning",
      line: null,
      gpc: null,
      message: `the population figure is from ${input.populationYear}, older than the inventory year ${input.year}`,
    });
  }
  return checks;
}

function crfMinimum(input: ReviewInput): ReviewCheck[] {
  const { crfSectors, crfGases } = REVIEW_THRESHOLDS;
  const reported = new Set(input.rows.map((gpc) => gpc.split(".")[0]));
  const missingSectors = crfSectors
    .filter((s) => !reported.has(s.sector))
    .map((s) => `${s.sector} ${s.name}`);
  const missingGases = crfGases.filter((g) => input.result.byGas[g] === undefined);
  if (missingSectors.length === 0 && missingGases.length === 0) return [];
  const parts = [
    missingSectors.length > 0 ? `sectors ${missingSectors.join(", ")}` : "",
    missingGases.length > 0 ? `gases ${missingGases.join(", ")}` : "",
  ].filter(Boolean);
  return [
    {
      id: "crf_minimum",
      code: "crf_minimum",
      severity: "warning",
      line: null,
      gpc: null,
      message: `below the CRF minimum: ${parts.join("; ")} not reported`,
    },
  ];
}

function totalsChecks(t: NonNullable<ReviewInput["reported"]>): ReviewCheck[] {
  const checks: ReviewCheck[] = [];
  const doc = { line: null, gpc: null };
  if (t.scope2 !== null && t.basic !== null && t.scope2 > t.basic)
    checks.push({
      id: "scope2_exceeds_basic",
      code: "scope2_exceeds_basic",
      severity: "warning",
      ...doc,
      message: `scope 2 (${t.scope2} tCO2e) is larger than BASIC (${t.basic} tCO2e), which includes it`,
    });
  if (t.scope1 === null && t.scope2 === null && t.basic === null)
    checks.push({
      id: "no_reported_totals",
      code: "no_reported_totals",
      severity: "error",
      ...doc,
      message: "the inventory reports neither scope 1, scope 2 nor BASIC: there is nothing to review",
    });
  return checks;
}

/** Runs every check; the calculation's own issues first, with ids `core:<code>:<line or doc>`. */
export function reviewChecks(input: ReviewInput): ReviewCheck[] {
  const core: ReviewCheck[] = input.result.issues.map((issue) => ({
    id: `core:${issue.code}:${issue.line ?? "doc"}`,
    code: issue.code,
    severity: issue.severity,
    line: issue.line,
    gpc: issue.gpc,
    message: issue.message,
  }));
  const form = input.reported ? totalsChecks(input.reported) : crfMinimum(input);
  return [...core, ...yearOnYear(input), ...plausibility(input), ...form];
}

/** The outcome of checks against the reporter's answers: blocking errors and warnings still unanswered. */
export function unresolved(
  checks: readonly ReviewCheck[],
  answers: Readonly<Record<string, string>>,
): { errors: ReviewCheck[]; unanswered: ReviewCheck[] } {
  return {
    errors: checks.filter((c) => c.severity === "error"),
    unanswered: checks.filter((c) => c.severity === "warning" && !(answers[c.id] ?? "").trim()),
  };
}
