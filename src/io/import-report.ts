/** The import report: every problem found in a file, with where it is, and counts of what was read. */

/** How bad a problem is: an error blocks the record (or file) it names, a warning is kept for the reviewer. */
export type ProblemSeverity = "error" | "warning";

/** One problem in an imported file; `line` is the file line (header = 1), `column` the header name. */
export interface ImportProblem {
  severity: ProblemSeverity;
  file: string;
  line: number | null;
  column: string | null;
  /** The worksheet, for spreadsheet files. */
  sheet?: string;
  code: string;
  message: string;
}

/** What an import found: problems, records counted by kind, and problems left out of the list by count. */
export interface ImportReport {
  file: string;
  problems: ImportProblem[];
  counts: Record<string, number>;
  /** Per problem code, how many further occurrences were counted but not listed (see `maxPerCode`). */
  suppressed: Record<string, number>;
  /** True when an error made the whole file unreadable (nothing was imported). */
  fatal: boolean;
}

/** Where in a file a cell is, for problem messages. */
export interface CellRef {
  line: number | null;
  column: string | null;
  sheet?: string;
}

/** Collects problems and counts while a file is read; `maxPerCode` caps the listed warnings per code. */
export class ReportBuilder {
  readonly report: ImportReport;
  private readonly listed = new Map<string, number>();

  constructor(
    file: string,
    private readonly maxPerCode = 200,
  ) {
    this.report = { file, problems: [], counts: {}, suppressed: {}, fatal: false };
  }

  /** Records a problem at a cell (or the file when `at` is omitted). */
  add(severity: ProblemSeverity, code: string, message: string, at: Partial<CellRef> = {}): void {
    const n = this.listed.get(code) ?? 0;
    this.listed.set(code, n + 1);
    // Errors are always listed: an import with --partial skips exactly the records on their lines.
    if (n >= this.maxPerCode && severity === "warning") {
      this.report.suppressed[code] = (this.report.suppressed[code] ?? 0) + 1;
      return;
    }
    this.report.problems.push({
      severity,
      file: this.report.file,
      line: at.line ?? null,
      column: at.column ?? null,
      ...(at.sheet ? { sheet: at.sheet } : {}),
      code,
      message,
    });
  }

  /** Records an error. */
  error(code: string, message: string, at: Partial<CellRef> = {}): void {
    this.add("error", code, message, at);
  }

  /** Records a warning. */
  warn(code: string, message: string, at: Partial<CellRef> = {}): void {
    this.add("warning", code, message, at);
  }

  /** Records an error that makes the whole file unreadable. */
  fatal(code: string, message: string, at: Partial<CellRef> = {}): void {
    this.report.fatal = true;
    this.add("error", code, message, at);
  }

  /** Adds to the count of records of one kind. */
  count(kind: string, by = 1): void {
    this.report.counts[kind] = (this.report.counts[kind] ?? 0) + by;
  }

  /** How many problems with this code were found, listed or not. */
  occurrences(code: string): number {
    return this.listed.get(code) ?? 0;
  }
}

/** True when the report holds at least one error. */
export function hasErrors(report: ImportReport): boolean {
  return report.problems.some((p) => p.severity === "error");
}
