/**
 * Streams a multi-inventory template CSV: the template's columns plus `jurisdiction` (UN/LOCODE) and `year`,
 * with each jurisdiction-year's rows together. Yields one inventory unit per jurisdiction-year as soon as its
 * rows end, so memory stays constant however long the file is.
 */
import type { InventoryLine } from "../../core/document.ts";
import { csvRows, type FileSource, type StreamOptions } from "../../io/csv-stream.ts";
import type { ReportBuilder } from "../../io/import-report.ts";
import { rowToLine } from "../../io/template.importer.ts";
import { unneutralize } from "../../io/xlsx-cell.ts";
import type { ImportUnit } from "./import-types.ts";

/**
 * The most lines one jurisdiction-year of a streamed template may have (100,000; a city's inventory has tens to
 * thousands): a unit is held in memory until its rows end, so this bounds memory whatever the file's length.
 */
export const MAX_LINES_PER_INVENTORY = 100_000;

/** True when a template CSV header names the jurisdiction and year of each row. */
export function isMultiInventoryHeader(header: readonly string[]): boolean {
  const names = header.map((c) => c.trim());
  return names.includes("jurisdiction") && names.includes("year") && names.includes("gpc");
}

interface Group {
  key: string;
  locode: string;
  year: number;
  lines: InventoryLine[];
  fileLines: number[];
}

function unitOf(g: Group, file: string): ImportUnit {
  return {
    label: `${g.locode} ${g.year}`,
    jurisdiction: { locode: g.locode },
    payload: {
      kind: "inventory",
      year: g.year,
      boundary: null,
      document: { jurisdiction: g.locode, year: g.year, lines: g.lines },
      source: `LocalLedger template (${file})`,
    },
    lines: g.fileLines,
  };
}

/** Yields an inventory unit per jurisdiction-year of a multi-inventory template CSV. */
export async function* templateCsvUnits(
  source: FileSource,
  file: string,
  report: ReportBuilder,
  options: StreamOptions,
): AsyncGenerator<ImportUnit> {
  let header: string[] | null = null;
  let jCol = -1;
  let yCol = -1;
  let group = null as Group | null;
  const closed = new Set<string>();
  for await (const { line, cells } of csvRows(source, report, options)) {
    if (!header) {
      header = cells.map((c) => c.trim());
      jCol = header.indexOf("jurisdiction");
      yCol = header.indexOf("year");
      continue;
    }
    report.count("rows");
    const locode = (cells[jCol] ?? "").trim();
    const yearText = (cells[yCol] ?? "").trim();
    const year = Number(yearText);
    if (!locode || !/^\d{4}$/.test(yearText)) {
      const column = locode ? "year" : "jurisdiction";
      report.error("blank_cell", `the row needs a UN/LOCODE and a four-digit year (${column})`, {
        line,
        column,
      });
      continue;
    }
    const key = `${locode}|${year}`;
    if (group?.key !== key) {
      if (group) {
        closed.add(group.key);
        yield unitOf(group, file);
      }
      if (closed.has(key))
        report.error("scattered_rows", `the rows of ${locode} ${year} are not together in the file`, {
          line,
          column: "jurisdiction",
        });
      group = { key, locode, year, lines: [], fileLines: [] };
    }
    const made = rowToLine(header, cells.map(unneutralize), report, { line });
    if (!made) continue;
    if (group.lines.length >= MAX_LINES_PER_INVENTORY) {
      // Reported once, on the first line over the limit (the unit is then refused); later lines are not kept.
      if (group.lines.length === MAX_LINES_PER_INVENTORY) {
        report.error(
          "inventory_too_large",
          `${locode} ${year} has more than ${MAX_LINES_PER_INVENTORY} lines; split it into several inventories`,
          { line, column: "jurisdiction" },
        );
        group.fileLines.push(line);
        group.lines.push(made as unknown as InventoryLine);
      }
      continue;
    }
    group.lines.push(made as unknown as InventoryLine);
    group.fileLines.push(line);
  }
  if (group) yield unitOf(group, file);
}
