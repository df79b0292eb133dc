/** Reads one exceljs cell as a plain value, reporting formulas, merged cells, errors and dates. */
import type ExcelJS from "exceljs";
import type { ReportBuilder } from "./import-report.ts";

/** A cell as the template importer uses it. */
export type XlsxCellValue = string | number | null;

/** Removes the quote an export put before text a spreadsheet would run as a formula. */
export function unneutralize(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

const warnedMerges = new WeakMap<ReportBuilder, Set<string>>();

function plain(value: ExcelJS.CellValue): unknown {
  if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    if ("richText" in value) return value.richText.map((t) => t.text).join("");
    if ("hyperlink" in value && "text" in value) return value.text;
  }
  return value;
}

/** The value of a cell; `column` names it in messages. Formulas give their cached result or an error. */
export function readXlsxCell(
  cell: ExcelJS.Cell,
  report: ReportBuilder,
  sheet: string,
  column: string,
): XlsxCellValue {
  const at = { line: Number(cell.row), column: column || cell.address, sheet };
  let source = cell;
  if (cell.isMerged && cell.master.address !== cell.address) {
    const master = cell.master;
    const key = `${sheet}!${master.address}`;
    const seen = warnedMerges.get(report) ?? new Set<string>();
    warnedMerges.set(report, seen);
    const across = master.col !== cell.col;
    if (!seen.has(key)) {
      seen.add(key);
      report.warn(
        "merged_cells",
        across
          ? `cells merged across columns from ${master.address}: the value belongs to ${master.address} only`
          : `cells merged from ${master.address}: its value is used on every merged row`,
        at,
      );
    }
    if (across) return null;
    // A cell merged down a column (e.g. one GPC reference over several lines) repeats its master's value.
    source = master;
  }
  let value = plain(source.value);
  if (value !== null && typeof value === "object" && ("formula" in value || "sharedFormula" in value)) {
    const result = (value as { result?: unknown }).result;
    if (result === undefined || result === null) {
      report.error(
        "formula_without_result",
        `cell ${cell.address} holds a formula with no calculated result`,
        at,
      );
      return null;
    }
    report.warn(
      "formula_result_used",
      `cell ${cell.address} holds a formula; its last result ${String(result)} is used`,
      at,
    );
    value = plain(result as ExcelJS.CellValue);
  }
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return value;
  if (typeof value === "string") return unneutralize(value);
  if (typeof value === "boolean") return String(value);
  if (value instanceof Date) {
    report.error("invalid_cell", `cell ${cell.address} holds a date, not a number or text`, at);
    return null;
  }
  if (typeof value === "object" && "error" in value) {
    report.error("cell_error", `cell ${cell.address} holds the error ${String(value.error)}`, at);
    return null;
  }
  report.error("invalid_cell", `cell ${cell.address} cannot be read`, at);
  return null;
}
