/** Helpers for the io tests: problem lookups and in-memory files built from the real shared data. */
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { sharedData } from "../../test/support/shared-data.ts";
import type { ImportProblem, ImportReport } from "./import-report.ts";

/** The problems of a report with a given code. */
export function problemsWith(report: ImportReport, code: string): ImportProblem[] {
  return report.problems.filter((p) => p.code === code);
}

/** The text of a shared data file. */
export function sharedText(relative: string): string {
  return readFileSync(sharedData(relative), "utf8");
}

/** The header and the first `n` data lines of a shared CSV (all lines are simple, unquoted-newline rows). */
export function sharedHead(relative: string, n: number): string[] {
  return sharedText(relative)
    .split(/\r?\n/)
    .slice(0, n + 1);
}

/**
 * Every cell of a shared CSV whose trimmed text matches `pattern` (or whose raw text passes it), as the file line its record starts on and the
 * trimmed header of its column: the expected places of a flag, read straight from the file.
 */
export function cellsMatching(
  relative: string,
  pattern: RegExp | ((raw: string) => boolean),
): Array<{ line: number; column: string }> {
  const test = typeof pattern === "function" ? pattern : (raw: string) => pattern.test(raw.trim());
  const options = { bom: true, relax_column_count: true, info: true };
  const rows = parse(readFileSync(sharedData(relative)), options) as unknown as Array<{
    record: string[];
    info: { lines: number };
  }>;
  const header = (rows[0]?.record ?? []).map((h) => h.trim());
  const found: Array<{ line: number; column: string }> = [];
  for (const { record, info } of rows.slice(1)) {
    const line = info.lines - record.reduce((n, cell) => n + cell.split("\n").length - 1, 0);
    record.forEach((cell, i) => {
      if (test(cell)) found.push({ line, column: header[i] ?? "" });
    });
  }
  return found;
}
