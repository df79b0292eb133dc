/** Helpers for the io tests: problem lookups and in-memory files built from the real shared data. */
import { readFileSync } from "node:fs";
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
