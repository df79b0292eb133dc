/** The inventory document as services handle it: input, calculation, stored values and the hashed document. */
import { calculate } from "../../core/calculate.ts";
import type { InventoryLine } from "../../core/document.ts";
import type { GwpSet } from "../../core/gases.ts";
import { type ReportedTotals, reportedTotalsResult } from "../../core/reported-totals.ts";
import type { CalcResult, IssueCode } from "../../core/result.ts";
import type { Db } from "../../db/database.ts";
import type { InventoryRow, InventoryValues } from "../../db/repositories/inventory.repository.ts";
import type { VersionRow } from "../../db/repositories/inventory-version.repository.ts";
import { findJurisdiction, findJurisdictionByKey } from "../../db/repositories/jurisdiction.repository.ts";
import { invalidInventory, validationFailed } from "../errors.ts";
import { orNull, referenceOrThrow } from "../service-helpers.ts";

/** Issue codes that make a document unacceptable: a line that cannot be read or calculated as written. */
export const BLOCKING_ISSUES: ReadonlySet<IssueCode> = new Set<IssueCode>([
  "unknown_gpc_row",
  "unknown_unit",
  "unknown_fuel",
  "unknown_gas",
  "invalid_value",
  "non_finite_value",
  "negative_value",
  "incompatible_units",
  "line_kind_conflict",
  "empty_line",
  "unknown_notation_key",
]);

/** What a client writes: the inventory document (DESIGN.md) plus kind and boundary; never status or version. */
export interface InventoryInput {
  /** The jurisdiction's id; or give its UN/LOCODE as `jurisdiction`, as the document does. */
  jurisdictionId?: string | undefined;
  jurisdiction?: string | undefined;
  year: number;
  kind: string;
  boundary?: string | null | undefined;
  gwp?: GwpSet | undefined;
  population?: number | null | undefined;
  lines: InventoryLine[];
}

/** Finds the jurisdiction an input names, by id or UN/LOCODE; `validation_failed` when it does not exist. */
export async function resolveJurisdiction(tx: Db, input: InventoryInput) {
  if (input.jurisdictionId) {
    const row = await findJurisdiction(tx, input.jurisdictionId);
    return referenceOrThrow(row, "jurisdictionId", "jurisdiction", input.jurisdictionId);
  }
  if (input.jurisdiction) {
    const row = await findJurisdictionByKey(tx, { locode: input.jurisdiction });
    return referenceOrThrow(row, "jurisdiction", "jurisdiction with UN/LOCODE", input.jurisdiction);
  }
  throw validationFailed([
    { path: "jurisdictionId", message: "give the jurisdiction's id, or its UN/LOCODE as `jurisdiction`" },
  ]);
}

/** Calculates the document and refuses it when a line cannot be calculated as written. */
export function calculateOrRefuse(input: InventoryInput): CalcResult {
  const result = calculate({
    gwp: input.gwp ?? "AR5",
    year: input.year,
    population: input.population ?? undefined,
    lines: input.lines,
  });
  const blocking = result.issues.filter((i) => BLOCKING_ISSUES.has(i.code));
  if (blocking.length > 0) throw invalidInventory(blocking);
  return result;
}

/** The stored values of a head (the working copy) from an input and its result. */
export function headValues(
  input: InventoryInput,
  jurisdictionId: string,
  result: CalcResult,
  status: string,
): InventoryValues {
  return {
    jurisdictionId,
    year: input.year,
    kind: input.kind,
    boundary: orNull(input.boundary),
    gwp: result.gwp,
    population: orNull(input.population),
    status,
    lines: input.lines,
    result,
    totalBasic: result.totals.basic,
    totalBasicPlus: result.totals.basicPlus,
    totalTerritorial: result.totals.territorial,
  };
}

/** The document fields a version copies from the head. */
export function versionDocumentOf(head: InventoryRow) {
  return {
    jurisdictionId: head.jurisdictionId,
    year: head.year,
    kind: head.kind,
    form: head.form,
    boundary: head.boundary,
    gwp: head.gwp,
    population: head.population,
    lines: head.lines,
    result: head.result,
    totalBasic: head.totalBasic,
  };
}

/**
 * The document a published version's content hash covers: who, what year, and every line as stored; for a
 * reported-totals version also its form and reported totals (line versions hash as they always have).
 */
export function hashedDocumentOf(
  v: Partial<Pick<VersionRow, "form">> &
    Pick<
      VersionRow,
      | "inventoryId"
      | "number"
      | "jurisdictionId"
      | "year"
      | "kind"
      | "boundary"
      | "gwp"
      | "population"
      | "lines"
    >,
  reported?: ReportedTotals,
) {
  const totalsOnly = v.form === "reported-totals" ? { form: v.form, reported: reported ?? null } : {};
  return {
    ...totalsOnly,
    inventoryId: v.inventoryId,
    version: v.number,
    jurisdictionId: v.jurisdictionId,
    year: v.year,
    kind: v.kind,
    boundary: v.boundary,
    gwp: v.gwp,
    population: v.population,
    lines: v.lines,
  };
}

/**
 * Recalculates a stored version from its lines exactly as it was calculated when written; a reported-totals
 * version's result is rebuilt from its reported totals.
 */
export function recalculateVersion(
  v: Partial<Pick<VersionRow, "form">> & Pick<VersionRow, "gwp" | "year" | "population" | "lines">,
  reported?: ReportedTotals,
): CalcResult {
  if (v.form === "reported-totals" && reported) return reportedTotalsResult(reported, v.gwp as GwpSet);
  return calculate({
    gwp: v.gwp as GwpSet,
    year: v.year,
    population: v.population ?? undefined,
    lines: v.lines,
  });
}
