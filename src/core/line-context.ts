import type { Issue, IssueCode, Severity } from "./result.ts";

/** Collects the issues of the inventory line being calculated; an error marks it as not calculable. */
export class LineContext {
  failed = false;
  index = 0;
  gpc = "";

  constructor(readonly issues: Issue[]) {}

  /** Starts a new line (0-based index) of the given GPC reference. */
  reset(index: number, gpc: string): void {
    this.index = index;
    this.gpc = gpc;
    this.failed = false;
  }

  /** Records an issue on this line (1-based line number, as people count). */
  report(code: IssueCode, severity: Severity, message: string): void {
    this.issues.push({ code, severity, line: this.index + 1, gpc: this.gpc, message });
    if (severity === "error") this.failed = true;
  }
}
