/**
 * Reads a filled LocalLedger inventory template back into an inventory document: the XLSX workbook (errors name
 * sheet, row and column; formulas read as their cached results, with a warning; merged cells resolved to their
 * master cell) or the CSV flavour (streamed, columns as in `inventory-csv.reader.ts`).
 */
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import type { InventoryDocument } from "../core/document.ts";
import type { GwpSet } from "../core/gases.ts";
import { csvRows, type FileSource, type StreamOptions, sourceName } from "./csv-stream.ts";
import { type ImportReport, ReportBuilder } from "./import-report.ts";
import { TEMPLATE_SHEETS } from "./template.xlsx.ts";
import { isLineColumn, setLineCell } from "./template-columns.ts";
import { readXlsxCell, unneutralize, type XlsxCellValue } from "./xlsx-cell.ts";
import { zipProblem } from "./zip-guard.ts";

/** An inventory read from a template, with the file row of each line (for messages). */
export interface TemplateImport {
  document: InventoryDocument;
  fileLines: number[];
  report: ImportReport;
}

type Cell = string | number | null;

/** Builds a line from one row's cells; returns null for a row with nothing but its GPC reference. */
export function rowToLine(
  header: readonly string[],
  cells: readonly Cell[],
  report: ReportBuilder,
  where: { line: number; sheet?: string },
): Record<string, unknown> | null {
  const line: Record<string, unknown> = {};
  let filled = false;
  header.forEach((column, i) => {
    if (!isLineColumn(column)) return;
    let value = cells[i] ?? null;
    if (value === null || value === "") return;
    if (column.endsWith(".value") && typeof value === "string") {
      const n = Number(value.trim());
      if (value.trim() !== "" && Number.isFinite(n)) value = n;
      else
        report.error("text_in_number", `expected a number, found ${JSON.stringify(value)}`, {
          ...where,
          column,
        });
    }
    if (column !== "gpc") filled = true;
    setLineCell(line, column, typeof value === "string" && column === "gpc" ? value.trim() : value);
  });
  if (!filled) {
    if (line.gpc !== undefined) report.count("unfilledRows");
    return null;
  }
  if (line.gpc === undefined)
    report.error("blank_cell", "the line has no GPC reference", { ...where, column: "gpc" });
  return line;
}

function checkHeader(header: readonly string[], report: ReportBuilder, sheet?: string): boolean {
  if (!header.includes("gpc")) {
    report.fatal("unknown_layout", `no "gpc" column in the header (columns: ${header.join(", ")})`, {
      line: 1,
      sheet,
    });
    return false;
  }
  for (const column of header) {
    if (column && !isLineColumn(column) && !column.endsWith("(info)"))
      report.error("unknown_column", `column ${JSON.stringify(column)} is not a template column`, {
        line: 1,
        column,
        sheet,
      });
  }
  return true;
}

/** Reads the CSV flavour of the template (streamed) into an inventory document. */
export async function importTemplateCsv(
  source: FileSource,
  options: StreamOptions = {},
): Promise<TemplateImport> {
  const report = new ReportBuilder(sourceName(source));
  const out: TemplateImport = { document: { lines: [] }, fileLines: [], report: report.report };
  let header: string[] | null = null;
  for await (const { line, cells } of csvRows(source, report, options)) {
    if (!header) {
      header = cells.map((c) => c.trim());
      if (!checkHeader(header, report)) return out;
      continue;
    }
    const made = rowToLine(header, cells.map(unneutralize), report, { line });
    if (!made) continue;
    out.document.lines.push(made as never);
    out.fileLines.push(line);
  }
  report.count("lines", out.document.lines.length);
  return out;
}

/** Reads a filled XLSX template (bytes or a path) into an inventory document. */
export async function importTemplateXlsx(source: FileSource): Promise<TemplateImport> {
  const report = new ReportBuilder(sourceName(source));
  const out: TemplateImport = { document: { lines: [] }, fileLines: [], report: report.report };
  const wb = new ExcelJS.Workbook();
  try {
    const data = typeof source === "string" ? await readFile(source) : Buffer.from(source.data);
    const refused = await zipProblem(data);
    if (refused) {
      report.fatal("not_xlsx", `the file is not a readable XLSX workbook: ${refused}`);
      return out;
    }
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch (error) {
    // A damaged workbook can make the reader fail inside its own code (a TypeError naming its internals): say what
    // is wrong with the file instead.
    const internal =
      error instanceof TypeError || error instanceof RangeError || error instanceof ReferenceError;
    const why = internal ? "it is damaged (a part of the workbook cannot be read)" : (error as Error).message;
    report.fatal("not_xlsx", `the file is not an XLSX workbook: ${why}`);
    return out;
  }
  const ws = wb.getWorksheet(TEMPLATE_SHEETS.lines);
  if (!ws) {
    const names = wb.worksheets.map((w) => w.name).join(", ") || "none";
    report.fatal("missing_sheet", `the workbook has no "${TEMPLATE_SHEETS.lines}" sheet (sheets: ${names})`, {
      sheet: TEMPLATE_SHEETS.lines,
    });
    return out;
  }
  readDocumentSheet(wb, out.document, report);
  const sheet = ws.name;
  const width = ws.getRow(1).cellCount;
  const header: string[] = [];
  for (let c = 1; c <= width; c++)
    header.push(String(readXlsxCell(ws.getCell(1, c), report, sheet, "") ?? "").trim());
  if (!checkHeader(header, report, sheet)) return out;
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    if (!row.hasValues) continue;
    const cells: XlsxCellValue[] = header.map((column, i) =>
      readXlsxCell(row.getCell(i + 1), report, sheet, column),
    );
    const made = rowToLine(header, cells, report, { line: r, sheet });
    if (!made) continue;
    out.document.lines.push(made as never);
    out.fileLines.push(r);
  }
  report.count("lines", out.document.lines.length);
  return out;
}

function readDocumentSheet(wb: ExcelJS.Workbook, doc: InventoryDocument, report: ReportBuilder): void {
  const sheet = TEMPLATE_SHEETS.document;
  const ws = wb.getWorksheet(sheet);
  if (!ws) {
    report.warn("missing_sheet", `no "${sheet}" sheet: jurisdiction, year, GWP set and population not read`, {
      sheet,
    });
    return;
  }
  for (let r = 2; r <= ws.rowCount; r++) {
    const field = readXlsxCell(ws.getCell(r, 1), report, sheet, "field");
    const value = readXlsxCell(ws.getCell(r, 2), report, sheet, "value");
    if (value === null || value === "") continue;
    const at = { line: r, column: "value", sheet };
    if (field === "jurisdiction") doc.jurisdiction = String(value).trim();
    else if (field === "year") {
      if (typeof value === "number" && Number.isInteger(value)) doc.year = value;
      else report.error("invalid_year", `year ${JSON.stringify(value)} is not a whole number`, at);
    } else if (field === "gwp") {
      if (value === "AR4" || value === "AR5" || value === "AR6") doc.gwp = value as GwpSet;
      else report.error("invalid_gwp", `GWP set ${JSON.stringify(value)} is not AR4, AR5 or AR6`, at);
    } else if (field === "population") {
      if (typeof value === "number") doc.population = value;
      else report.error("text_in_number", `population ${JSON.stringify(value)} is not a number`, at);
    } else
      report.warn("unknown_field", `field ${JSON.stringify(field)} is not read`, { ...at, column: "field" });
  }
}
