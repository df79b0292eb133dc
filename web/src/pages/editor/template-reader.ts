/**
 * Reads a filled LocalLedger inventory template in the browser: the CSV flavour (parsed here) or the XLSX one
 * (ExcelJS, loaded only when an XLSX file is chosen). Columns are the server's (`src/io/template-columns.ts`).
 */
import { isLineColumn, setLineCell } from "../../../../src/io/template-columns.ts";
import type { InventoryLine } from "../../api/client.ts";

/** A problem in the file, with its row (1-based, header = 1) and column when known. */
export interface TemplateProblem {
  row: number | null;
  column: string | null;
  message: string;
}

/** What a file gave: lines and problems. */
export interface TemplateRead {
  lines: InventoryLine[];
  problems: TemplateProblem[];
}

type Cell = string | number | null;

/** Splits CSV text into rows of cells (RFC 4180: quoted cells, doubled quotes, CRLF or LF). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const body = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && body[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += ch;
  }
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** Turns a header and rows of cells into lines, as the server's template importer does. */
export function linesFromTable(
  header: readonly string[],
  rows: ReadonlyArray<readonly Cell[]>,
): TemplateRead {
  const problems: TemplateProblem[] = [];
  const names = header.map((h) => h.trim());
  if (!names.includes("gpc")) {
    return {
      lines: [],
      problems: [{ row: 1, column: null, message: `no "gpc" column (columns: ${names.join(", ")})` }],
    };
  }
  for (const column of names) {
    if (column && !isLineColumn(column) && !column.endsWith("(info)"))
      problems.push({ row: 1, column, message: "not a template column" });
  }
  const lines: InventoryLine[] = [];
  rows.forEach((cells, index) => {
    const rowNumber = index + 2;
    const line: Record<string, unknown> = {};
    let filled = false;
    names.forEach((column, i) => {
      if (!isLineColumn(column)) return;
      let value = cells[i] ?? null;
      if (value === null || value === "") return;
      if (column.endsWith(".value") && typeof value === "string") {
        const n = Number(value.trim());
        if (Number.isFinite(n)) value = n;
        else
          problems.push({
            row: rowNumber,
            column,
            message: `expected a number, found ${JSON.stringify(value)}`,
          });
      }
      if (column !== "gpc") filled = true;
      setLineCell(line, column, typeof value === "string" ? value.trim() : value);
    });
    if (!filled) return;
    if (line.gpc === undefined)
      problems.push({ row: rowNumber, column: "gpc", message: "the line has no GPC reference" });
    else lines.push(line as unknown as InventoryLine);
  });
  return { lines, problems };
}

/** Reads the CSV flavour. */
export function readTemplateCsv(text: string): TemplateRead {
  const [header = [], ...rows] = parseCsv(text).filter((r) => r.some((c) => c.trim() !== ""));
  return linesFromTable(header, rows);
}

/** A cell of ExcelJS as text or number (formulas as their cached result, rich text joined). */
function xlsxValue(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number") return value;
  if (typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") {
    if ("result" in value) return xlsxValue(value.result);
    if ("richText" in value && Array.isArray(value.richText))
      return value.richText.map((p: { text?: string }) => p.text ?? "").join("");
    if ("text" in value) return xlsxValue(value.text);
  }
  return String(value);
}

/** Reads the XLSX flavour's "Lines" sheet (ExcelJS is fetched on first use). */
export async function readTemplateXlsx(data: ArrayBuffer): Promise<TemplateRead> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data);
  } catch (error) {
    return {
      lines: [],
      problems: [{ row: null, column: null, message: `not an XLSX workbook: ${String(error)}` }],
    };
  }
  const sheet = workbook.getWorksheet("Lines");
  if (!sheet) return { lines: [], problems: [{ row: null, column: null, message: 'no "Lines" sheet' }] };
  const table: Cell[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: Cell[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(xlsxValue(row.getCell(c).value));
    table.push(cells);
  }
  const [header = [], ...rows] = table;
  return linesFromTable(
    header.map((h) => String(h ?? "")),
    rows.filter((r) => r.some((c) => c !== null && c !== "")),
  );
}

/** Reads a chosen file by its name's extension. */
export async function readTemplateFile(file: File): Promise<TemplateRead> {
  if (/\.xlsx$/i.test(file.name)) return readTemplateXlsx(await file.arrayBuffer());
  return readTemplateCsv(await file.text());
}
