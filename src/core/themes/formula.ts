/** Formulas of computed indicators: evaluation, the fields they read, and a readable rendering. */
import type { Formula } from "./types.ts";

/** The value of `formula` over `values`; null when a field is missing or a division is by zero. */
export function evaluateFormula(
  formula: Formula,
  values: Readonly<Record<string, number | null>>,
): number | null {
  if (typeof formula === "number") return formula;
  if (typeof formula === "string") {
    const v = values[formula];
    return v === undefined || v === null || !Number.isFinite(v) ? null : v;
  }
  const args: number[] = [];
  for (const a of formula.args) {
    const v = evaluateFormula(a, values);
    if (v === null) return null;
    args.push(v);
  }
  const [first, ...rest] = args;
  if (first === undefined) return null;
  switch (formula.op) {
    case "add":
      return rest.reduce((s, v) => s + v, first);
    case "sub":
      return rest.reduce((s, v) => s - v, first);
    case "mul":
      return rest.reduce((s, v) => s * v, first);
    case "div": {
      let result = first;
      for (const v of rest) {
        if (v === 0) return null;
        result /= v;
      }
      return result;
    }
  }
}

/** The field ids a formula reads. */
export function formulaFields(formula: Formula): string[] {
  if (typeof formula === "number") return [];
  if (typeof formula === "string") return [formula];
  return [...new Set(formula.args.flatMap(formulaFields))];
}

const SYMBOL = { add: "+", sub: "−", mul: "×", div: "/" } as const;

/** The formula written out, e.g. `physicians / population × 100000`. */
export function formulaText(formula: Formula, nested = false): string {
  if (typeof formula === "number") return String(formula);
  if (typeof formula === "string") return formula;
  const text = formula.args.map((a) => formulaText(a, true)).join(` ${SYMBOL[formula.op]} `);
  const needsParens = nested && (formula.op === "add" || formula.op === "sub");
  return needsParens ? `(${text})` : text;
}

/** `numerator / denominator × scale`: the shape of most city indicators. */
export function ratio(numerator: Formula, denominator: Formula, scale = 1): Formula {
  const div: Formula = { op: "div", args: [numerator, denominator] };
  return scale === 1 ? div : { op: "mul", args: [div, scale] };
}

/** `numerator / population × 100 000` (ISO 37120's "per 100 000 population"). */
export const per100k = (numerator: Formula): Formula => ratio(numerator, "population", 100_000);

/** `numerator / population` (per capita). */
export const perCapita = (numerator: Formula): Formula => ratio(numerator, "population");

/** `part / whole × 100` (a percentage). */
export const percentOf = (part: Formula, whole: Formula): Formula => ratio(part, whole, 100);
