/**
 * A theme report's values checked against the theme's declaration: every value names a declared field and is a
 * finite number within its bounds (problems, which refuse the write); computed indicators are calculated by their
 * formulas; the theme's quality checks run over reported and computed values (issues, enforced on submit).
 */
import { evaluateFormula } from "./formula.ts";
import type { CheckDefinition, FieldDefinition, ThemeDefinition, ThemeIssue } from "./types.ts";

/** A value that cannot be stored, named by its path in the report (`values.<field>`). */
export interface ValueProblem {
  readonly path: string;
  readonly message: string;
}

/** The outcome of evaluating a report. */
export interface ThemeEvaluation {
  readonly problems: readonly ValueProblem[];
  /** Every indicator of the theme: reported, computed, or null when neither. */
  readonly indicators: Readonly<Record<string, number | null>>;
  readonly issues: readonly ThemeIssue[];
}

/** The bounds of a field: explicit ones, else 0–100 for percentages and ≥ 0 for everything else. */
export function fieldBounds(field: FieldDefinition): { min: number; max: number } {
  return {
    min: field.min ?? 0,
    max: field.max ?? (field.unit === "%" ? 100 : Number.POSITIVE_INFINITY),
  };
}

/** Checks `values` against `theme`, computes its indicators and runs its quality checks. */
export function evaluateThemeReport(
  theme: ThemeDefinition,
  values: Readonly<Record<string, unknown>>,
): ThemeEvaluation {
  const problems: ValueProblem[] = [];
  const fields = new Map<string, FieldDefinition>();
  for (const f of theme.inputs) fields.set(f.id, f);
  const computed = new Set<string>();
  for (const i of theme.indicators) {
    fields.set(i.id, i);
    if (i.formula !== undefined) computed.add(i.id);
  }
  const known: Record<string, number> = {};
  for (const [id, raw] of Object.entries(values)) {
    const path = `values.${id}`;
    const field = fields.get(id);
    if (!field) {
      problems.push({ path, message: `is not a field of the ${theme.id} theme` });
      continue;
    }
    if (computed.has(id)) {
      problems.push({ path, message: `is computed from other fields; report its inputs instead` });
      continue;
    }
    if (typeof raw !== "number" || !Number.isFinite(raw)) {
      problems.push({ path, message: `must be a finite number (${field.unit})` });
      continue;
    }
    const { min, max } = fieldBounds(field);
    if (raw < min || raw > max) {
      const range = max === Number.POSITIVE_INFINITY ? `at least ${min}` : `between ${min} and ${max}`;
      problems.push({ path, message: `must be ${range} ${field.unit}, got ${raw}` });
      continue;
    }
    known[id] = raw;
  }
  const indicators = computeIndicators(theme, known);
  const all: Record<string, number | null> = { ...known, ...indicators };
  const issues = theme.checks.flatMap((c) => runCheck(c, all));
  return { problems, indicators, issues };
}

/** Every indicator's value: reported ones as given, computed ones by formula (in dependency order). */
function computeIndicators(theme: ThemeDefinition, known: Readonly<Record<string, number>>) {
  const out: Record<string, number | null> = {};
  const scope: Record<string, number | null> = { ...known };
  const pending = theme.indicators.filter((i) => i.formula !== undefined);
  for (const i of theme.indicators) if (i.formula === undefined) out[i.id] = known[i.id] ?? null;
  // Formulas may read other computed indicators; the registry refuses cycles, so this settles in ≤ n passes.
  for (let pass = 0; pass <= pending.length && pending.some((i) => !(i.id in scope)); pass += 1) {
    for (const i of pending) {
      if (i.id in scope || i.formula === undefined) continue;
      scope[i.id] = evaluateFormula(i.formula, scope);
    }
  }
  for (const i of pending) out[i.id] = scope[i.id] ?? null;
  return out;
}

function issue(c: CheckDefinition, fields: readonly string[], detail: string): ThemeIssue {
  return { check: c.id, severity: c.severity, message: `${c.message} (${detail})`, fields };
}

function runCheck(c: CheckDefinition, v: Readonly<Record<string, number | null>>): ThemeIssue[] {
  const has = (id: string) => v[id] !== undefined && v[id] !== null;
  switch (c.kind) {
    case "required": {
      const missing = c.fields.filter((f) => !has(f));
      return missing.length ? [issue(c, missing, `missing: ${missing.join(", ")}`)] : [];
    }
    case "sum": {
      if (!c.fields.every(has)) return [];
      const sum = c.fields.reduce((s, f) => s + (v[f] ?? 0), 0);
      return Math.abs(sum - c.equals) > c.tolerance
        ? [issue(c, c.fields, `sum is ${round(sum)}, expected ${c.equals} ± ${c.tolerance}`)]
        : [];
    }
    case "at-most": {
      const a = v[c.field];
      const b = v[c.than];
      if (a === undefined || a === null || b === undefined || b === null) return [];
      return a > b ? [issue(c, [c.field, c.than], `${c.field} ${round(a)} > ${c.than} ${round(b)}`)] : [];
    }
    case "range": {
      const a = v[c.field];
      if (a === undefined || a === null) return [];
      const low = c.min !== undefined && a < c.min;
      const high = c.max !== undefined && a > c.max;
      return low || high
        ? [issue(c, [c.field], `${c.field} is ${round(a)}, expected ${c.min ?? "−∞"} to ${c.max ?? "∞"}`)]
        : [];
    }
  }
}

const round = (x: number) => Math.round(x * 1000) / 1000;
