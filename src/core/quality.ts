/**
 * Quality checks that are not part of calculating a line: notation keys, data quality ratings, BASIC
 * completeness and population. Each finding is an issue with a stable code (see `IssueCode`).
 */
import { type InventoryDocument, type InventoryLine, NOTATION_KEYS, QUALITY_LEVELS } from "./document.ts";
import { BASIC_ROWS, type GpcRow } from "./gpc/catalogue.ts";
import type { LineContext } from "./line-context.ts";
import type { Issue } from "./result.ts";

const GPC_REF_IN_TEXT = /\b(?:VI|IV|V|III|II|I)\.\d(?:\.\d)?\b/;

/** Checks a notation-key line (GPC §2.3.2): a known key, an explanation, IE naming its row, NE outside BASIC. */
export function checkNotationKey(ctx: LineContext, line: InventoryLine, row: GpcRow): void {
  const key = line.notationKey;
  if (typeof key !== "string" || !(NOTATION_KEYS as readonly string[]).includes(key)) {
    ctx.report(
      "unknown_notation_key",
      "error",
      `notationKey ${JSON.stringify(key)} is not one of NO, IE, NE, C`,
    );
    return;
  }
  const explanation = typeof line.explanation === "string" ? line.explanation.trim() : "";
  if (explanation === "") {
    ctx.report("notation_key_without_explanation", "error", `notation key ${key} needs an explanation`);
  } else if (key === "IE" && !GPC_REF_IN_TEXT.test(explanation)) {
    ctx.report(
      "ie_without_row",
      "warning",
      "IE (included elsewhere) should name the GPC row it is included in",
    );
  }
  if (key === "NE" && row.basic) {
    ctx.report(
      "ne_in_basic_row",
      "warning",
      `NE in BASIC row ${row.ref} makes the inventory incomplete for BASIC`,
    );
  }
}

/** Checks the optional data-quality rating of a line: activity and factor each H, M or L. */
export function checkLineMetadata(ctx: LineContext, line: InventoryLine): void {
  const dq: unknown = line.dataQuality;
  if (dq === undefined || dq === null) return;
  if (typeof dq !== "object") {
    ctx.report(
      "invalid_data_quality",
      "warning",
      'dataQuality must be {"activity": "H|M|L", "factor": "H|M|L"}',
    );
    return;
  }
  for (const [field, value] of Object.entries(dq)) {
    const known = field === "activity" || field === "factor";
    if (!known || !(QUALITY_LEVELS as readonly unknown[]).includes(value)) {
      ctx.report(
        "invalid_data_quality",
        "warning",
        `dataQuality.${field} ${JSON.stringify(value)} is not valid; use activity/factor with H, M or L`,
      );
    }
  }
}

/**
 * Checks the document as a whole: BASIC completeness (every BASIC row reported or given a notation key) and the
 * population needed for per-capita figures. Returns the population when it is usable.
 */
export function checkDocument(
  doc: InventoryDocument,
  rows: ReadonlyArray<GpcRow | undefined>,
  issues: Issue[],
): number | undefined {
  const covered = new Set<string>();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row?.basic) covered.add(row.ref);
  }
  const missing = BASIC_ROWS.filter((r) => !covered.has(r.ref)).map((r) => r.ref);
  if (missing.length > 0) {
    issues.push({
      code: "basic_incomplete",
      severity: "warning",
      line: null,
      gpc: null,
      message: `BASIC incomplete: rows ${missing.join(", ")} are neither reported nor given a notation key`,
    });
  }
  const population: unknown = doc.population;
  if (population === undefined || population === null) {
    issues.push({
      code: "population_missing",
      severity: "warning",
      line: null,
      gpc: null,
      message: "population is missing, so per-capita figures cannot be given",
    });
    return undefined;
  }
  if (typeof population !== "number" || !Number.isFinite(population) || population <= 0) {
    issues.push({
      code: "invalid_population",
      severity: "error",
      line: null,
      gpc: null,
      message: `population must be a positive number, got ${JSON.stringify(population)}`,
    });
    return undefined;
  }
  return population;
}
