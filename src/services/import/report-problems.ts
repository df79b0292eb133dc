/** Adding the service's own findings (matching, calculation, access) to an import report, and finding error lines. */
import type { ImportProblem, ImportReport, ProblemSeverity } from "../../io/import-report.ts";

/** Appends a problem to a report; `line` is the file line (header = 1). */
export function addProblem(
  report: ImportReport,
  severity: ProblemSeverity,
  code: string,
  message: string,
  line: number | null = null,
  column: string | null = null,
): void {
  report.problems.push({ severity, file: report.file, line, column, code, message });
}

/** Follows a report as it grows: which lines hold errors, and errors on no line at all. */
export class ErrorLines {
  private seen = 0;
  readonly lines = new Set<number>();
  readonly fileErrors: ImportProblem[] = [];

  constructor(private readonly report: ImportReport) {}

  /** Takes in the problems added since the last call. */
  refresh(): void {
    const problems = this.report.problems;
    for (; this.seen < problems.length; this.seen++) {
      const p = problems[this.seen] as ImportProblem;
      if (p.severity !== "error") continue;
      if (p.line === null) this.fileErrors.push(p);
      else this.lines.add(p.line);
    }
  }

  /** True when any of `lines` holds an error. */
  touches(lines: readonly number[]): boolean {
    this.refresh();
    return lines.some((l) => this.lines.has(l));
  }

  /** True when the report holds any error. */
  any(): boolean {
    this.refresh();
    return this.lines.size > 0 || this.fileErrors.length > 0 || this.report.fatal;
  }
}
