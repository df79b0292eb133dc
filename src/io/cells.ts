/** Reading the cells of one CSV record: numbers, years and text, with every oddity flagged in the report. */
import type { ReportBuilder } from "./import-report.ts";

/** Cells that mean "no value" in the public files (R's NA, spreadsheets' N/A, pandas' nan). */
const BLANKS = new Set(["", "NA", "N/A", "n/a", "nan", "NaN", "null", "-"]);

/** The answer CDP's questionnaires allow where a city has no figure; flagged, never read as a value. */
const DO_NOT_KNOW = /^do not know$/i;

const PLAIN_NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const THOUSANDS = /^[-+]?\d{1,3}([, ]\d{3})+(\.\d+)?$/;

/** One record of a file, with its header, ready to be read cell by cell into typed values. */
export class RowCells {
  /** Columns whose "Do not know" is already in the report. */
  private readonly unknown = new Set<string>();
  /** Columns whose stray whitespace is already in the report (a cell may be read twice). */
  private readonly spaced = new Set<string>();

  constructor(
    readonly line: number,
    private readonly cells: readonly string[],
    private readonly columns: ReadonlyMap<string, number>,
    readonly report: ReportBuilder,
  ) {}

  /** The raw cell under a column ("" when the column is absent). */
  raw(column: string): string {
    const i = this.columns.get(column);
    return i === undefined ? "" : (this.cells[i] ?? "");
  }

  private trimmed(column: string): string {
    const raw = this.raw(column);
    const t = raw.trim();
    if (t !== raw && t !== "" && !this.spaced.has(column)) {
      this.spaced.add(column);
      this.report.warn("stray_whitespace", `cell ${JSON.stringify(raw)} has spaces around its value`, {
        line: this.line,
        column,
      });
    }
    return t;
  }

  /** Flags every "Do not know" answer of the row, in any column, with its line and column. */
  flagUnknownAnswers(): void {
    for (const [column, i] of this.columns) {
      if (DO_NOT_KNOW.test((this.cells[i] ?? "").trim())) this.flagUnknown(column);
    }
  }

  private flagUnknown(column: string): void {
    if (this.unknown.has(column)) return;
    this.unknown.add(column);
    this.report.warn("do_not_know", 'the city answered "Do not know": no value is taken', {
      line: this.line,
      column,
    });
  }

  /** True when the cell is blank or a "no value" marker. */
  isBlank(column: string): boolean {
    return BLANKS.has(this.raw(column).trim());
  }

  /** A text cell, or null when blank. */
  text(column: string): string | null {
    const t = this.trimmed(column);
    return BLANKS.has(t) ? null : t;
  }

  /**
   * A number cell, or null when blank or unreadable (text such as "Do not know" is flagged, never guessed); a
   * number beyond the largest a figure can hold ("1e309") is an error, never Infinity.
   */
  num(column: string): number | null {
    const value = this.readNumber(column);
    if (value === null || Number.isFinite(value)) return value;
    this.report.error(
      "number_out_of_range",
      `number ${JSON.stringify(this.trimmed(column))} is beyond the largest a figure can hold (${Number.MAX_VALUE})`,
      { line: this.line, column },
    );
    return null;
  }

  private readNumber(column: string): number | null {
    const t = this.trimmed(column);
    if (BLANKS.has(t)) return null;
    if (PLAIN_NUMBER.test(t)) return Number(t);
    const at = { line: this.line, column };
    if (DO_NOT_KNOW.test(t)) {
      this.flagUnknown(column);
      return null;
    }
    if (THOUSANDS.test(t)) {
      const value = Number(t.replace(/[, ]/g, ""));
      this.report.warn(
        "thousands_separator",
        `number ${JSON.stringify(t)} has thousands separators; read as ${value}`,
        at,
      );
      return value;
    }
    this.report.warn("text_in_number", `expected a number, found ${JSON.stringify(t)}; no value taken`, at);
    return null;
  }

  /** A year cell (an integer 1900–2100), or null; anything else is flagged as an implausible year. */
  year(column: string): number | null {
    const value = this.num(column);
    if (value === null) return null;
    if (!Number.isInteger(value) || value < 1900 || value > 2100) {
      this.report.warn("implausible_year", `year ${value} is not a plausible year; no year taken`, {
        line: this.line,
        column,
      });
      return null;
    }
    return value;
  }

  /** Flags a required cell that is blank. */
  requireValue<T>(column: string, value: T | null, what: string): T | null {
    if (value === null && this.isBlank(column)) {
      this.report.error("blank_cell", `${what} is blank`, { line: this.line, column });
    }
    return value;
  }
}

/** Maps header names to their positions. */
export function columnIndex(header: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  header.forEach((name, i) => {
    if (!map.has(name)) map.set(name, i);
  });
  return map;
}
