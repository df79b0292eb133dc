/**
 * Reads an inventory from CSV: one line per row, columns named like the JSON fields with dots for nesting
 * (`gpc`, `fuel`, `activity.value`, `activity.unit`, `factors.CO2.value`, `factors.CO2.unit`,
 * `emissions.CH4.value`, `notationKey`, `explanation`, `dataQuality.activity`, `source`, `comment`).
 * Empty cells are absent fields; a `.value` cell that is not a number stays text so the engine names it.
 */
import { parse } from "csv-parse/sync";
import type { InventoryDocument, InventoryLine } from "../core/document.ts";
import { FileFormatError } from "./errors.ts";
import { isLineColumn, setLineCell } from "./template-columns.ts";

const NUMERIC_LEAF = "value";

/** An inventory read from CSV, with the file line of each inventory line (for messages). */
export interface CsvInventory {
  document: InventoryDocument;
  fileLines: number[];
}

/** A number cell as a number; anything else stays text so the engine's issue quotes what the file says. */
function parseNumber(cell: string): number | string {
  const n = Number(cell.trim());
  return cell.trim() !== "" && Number.isFinite(n) ? n : cell;
}

/** Parses CSV text into inventory lines; throws a FileFormatError naming the column or line that is wrong. */
export function readInventoryCsv(text: string, name = "file"): CsvInventory {
  let records: Array<{ record: Record<string, string>; info: { lines: number } }>;
  try {
    records = parse(text, { columns: true, skip_empty_lines: true, bom: true, trim: true, info: true });
  } catch (error) {
    throw new FileFormatError(`${name} is not valid CSV: ${(error as Error).message}`);
  }
  const header = records[0] ? Object.keys(records[0].record) : [];
  if (!header.includes("gpc")) {
    throw new FileFormatError(
      `${name} is not an inventory CSV: it has no "gpc" column (columns: ${header.join(", ")})`,
    );
  }
  for (const column of header) {
    if (!isLineColumn(column)) throw new FileFormatError(`${name}: unknown column "${column}"`);
  }
  const lines: InventoryLine[] = [];
  const fileLines: number[] = [];
  for (const { record, info } of records) {
    const line: Record<string, unknown> = {};
    for (const [column, cell] of Object.entries(record)) {
      if (cell === "") continue;
      const path = column.split(".");
      setLineCell(line, column, path[path.length - 1] === NUMERIC_LEAF ? parseNumber(cell) : cell);
    }
    lines.push(line as unknown as InventoryLine);
    fileLines.push(info.lines);
  }
  return { document: { lines }, fileLines };
}
