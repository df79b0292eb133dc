/** The grid's layout: every GPC row by sector, each with its lines (document line numbers kept), filterable. */
import { GPC_ROWS, type GpcRow, gpcSubsector, SECTORS } from "../../gpc.ts";
import type { EditorLine } from "./editor-lines.ts";

/** A line with its 1-based number in the document (issues and comments refer to it). */
export interface NumberedLine {
  number: number;
  line: EditorLine;
}

/** One GPC row of the grid. */
export interface GridRow {
  row: GpcRow;
  subsector: string;
  lines: NumberedLine[];
}

/** One sector of the grid. */
export interface GridSector {
  ref: string;
  rows: GridRow[];
}

/** Which rows to show: a text in the reference or name, and whether only rows with lines. */
export interface GridFilter {
  text: string;
  onlyUsed: boolean;
}

/** True when a row matches the filter text (reference prefix, or words of its or its sub-sector's name). */
export function rowMatches(row: GpcRow, text: string): boolean {
  const q = text.trim().toLowerCase();
  if (q === "") return true;
  const name = `${gpcSubsector(row.subsector)?.name ?? ""} ${row.name}`.toLowerCase();
  return row.ref.toLowerCase().startsWith(q) || name.includes(q);
}

/** Groups the lines under every GPC row, by sector in the standard's order; rows the filter hides are left out. */
export function gridSectors(lines: readonly EditorLine[], filter: GridFilter): GridSector[] {
  const byRow = new Map<string, NumberedLine[]>();
  lines.forEach((line, index) => {
    const list = byRow.get(line.gpc) ?? [];
    list.push({ number: index + 1, line });
    byRow.set(line.gpc, list);
  });
  return SECTORS.map((sector) => ({
    ref: sector.ref,
    rows: GPC_ROWS.filter((row) => row.sector === sector.ref)
      .map((row) => ({
        row,
        subsector: gpcSubsector(row.subsector)?.name ?? "",
        lines: byRow.get(row.ref) ?? [],
      }))
      .filter((r) => (!filter.onlyUsed || r.lines.length > 0) && rowMatches(r.row, filter.text)),
  })).filter((s) => s.rows.length > 0);
}

/** Lines whose GPC reference is not in the catalogue (kept, shown apart so nothing is lost). */
export function unknownRowLines(lines: readonly EditorLine[]): NumberedLine[] {
  const known = new Set(GPC_ROWS.map((r) => r.ref));
  return lines.flatMap((line, i) => (known.has(line.gpc) ? [] : [{ number: i + 1, line }]));
}

/** Adds a line at the end (so every earlier line keeps its number, and comments on it stay right). */
export function addLine(lines: readonly EditorLine[], line: EditorLine): EditorLine[] {
  return [...lines, line];
}

/** Replaces the line with the same key. */
export function updateLine(lines: readonly EditorLine[], changed: EditorLine): EditorLine[] {
  return lines.map((l) => (l.key === changed.key ? changed : l));
}

/** Removes the line with this key. */
export function removeLine(lines: readonly EditorLine[], key: number): EditorLine[] {
  return lines.filter((l) => l.key !== key);
}
