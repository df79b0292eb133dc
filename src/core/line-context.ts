import type { Issue, IssueCode, Severity } from "./result.ts";

/** Collects the issues of one inventory line; an error marks the line as not calculable. */
export class LineContext {
  failed = false;

  constructor(
    readonly index: number,
    readonly gpc: string,
    readonly issues: Issue[],
  ) {}

  /** Records an issue on this line (1-based line number, as people count). */
  report(code: IssueCode, severity: Severity, message: string): void {
    this.issues.push({ code, severity, line: this.index + 1, gpc: this.gpc, message });
    if (severity === "error") this.failed = true;
  }
}
