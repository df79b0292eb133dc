/** The vocabulary of file imports: formats, options, the units a file is written in, and the outcome. */
import type { InventoryDocument } from "../../core/document.ts";
import type { ReportedTotals } from "../../core/reported-totals.ts";
import type { CsvEncoding } from "../../io/csv-stream.ts";
import type { ImportReport } from "../../io/import-report.ts";
import type { JurisdictionRecord, TargetRecord } from "../../io/records.ts";
import type { ImportedAction } from "./action-writer.ts";

/** Every file format `importFile` reads. */
export const IMPORT_FORMATS = [
  "cdp-citywide",
  "cdp-targets",
  "c40",
  "citycatalyst",
  "template-xlsx",
  "template-csv",
  "inventory-json",
] as const;

/** A file format `importFile` reads. */
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Network files: many jurisdictions, imported by admins and reviewers only. */
export const NETWORK_FORMATS: ReadonlySet<ImportFormat> = new Set(["cdp-citywide", "cdp-targets", "c40"]);

/** How to import. */
export interface ImportOptions {
  /** Read, match and check everything, and write nothing. */
  dryRun?: boolean | undefined;
  /** Import each jurisdiction-year that is free of errors and skip (and list) the others. */
  partial?: boolean | undefined;
  /** UN/LOCODE of the jurisdiction, for single-inventory formats (overrides the file). */
  jurisdiction?: string | undefined;
  /** The inventory year, for single-inventory formats (overrides the file). */
  year?: number | undefined;
  /** Text encoding of a CSV file: UTF-8 unless said; a file that is not valid UTF-8 is refused, naming the line. */
  encoding?: CsvEncoding | undefined;
  /** Column delimiter of a CSV file ("," unless said; "tab" for tabs); another delimiter is refused, named. */
  delimiter?: string | undefined;
  /** Store inventories and targets as published (admins only), as the demonstration network is. */
  publish?: boolean | undefined;
  /** Called as rows are read: rows so far, bytes so far, file size. */
  onProgress?: ((rows: number, bytes: number, total: number) => void) | undefined;
}

/**
 * What a generated network knows of a jurisdiction beyond a file's record: its type, tags and parent (named
 * like a record, and imported before it). Used when the jurisdiction is created.
 */
export interface JurisdictionProfile {
  type: string;
  tags: string[];
  parent: { name: string; country: string } | null;
}

/**
 * The largest file read whole (64 MiB): every format except the multi-inventory template CSV, which streams with
 * no size limit. The real files are far smaller (CDP's largest is 1 MB, C40's 2.4 MB).
 */
export const MAX_WHOLE_FILE_BYTES = 64 * 1024 * 1024;

/** A jurisdiction as a unit names it: a full record (may be created) or a UN/LOCODE (must exist). */
export type JurisdictionRef =
  | { record: JurisdictionRecord; profile?: JurisdictionProfile }
  | { locode: string };

/** What one unit writes. */
export type UnitPayload =
  | { kind: "jurisdiction" }
  | { kind: "inventory"; year: number; boundary: string | null; document: InventoryDocument; source: string }
  | { kind: "reported-totals"; year: number; record: ReportedTotals }
  | { kind: "targets"; targets: TargetRecord[] }
  | { kind: "actions"; actions: ImportedAction[] };

/** One all-or-nothing piece of an import: a jurisdiction and what it gets, with the file lines it came from. */
export interface ImportUnit {
  label: string;
  jurisdiction: JurisdictionRef;
  payload: UnitPayload;
  lines: number[];
  /** The export's own per-line totals (t CO2e) the calculated lines must agree with (CityCatalyst). */
  fileTotals?: Array<number | null>;
}

/** Counts of one kind of record. */
export interface KindCounts {
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
}

/** The kinds of record an import counts. */
export type CountedKind = "jurisdictions" | "inventories" | "reportedTotals" | "targets" | "actions";

/** A unit that was not imported, and why. */
export interface SkippedUnit {
  label: string;
  lines: number[];
  reason: string;
}

/** What an import did (or, in a dry run, would do). */
export interface ImportOutcome {
  /** The file format, or "synthetic" for a generated network (`seed --synthetic`). */
  format: ImportFormat | "synthetic";
  file: string;
  dryRun: boolean;
  partial: boolean;
  /** True when something was written (false for dry runs, blocked imports and re-imports that changed nothing). */
  committed: boolean;
  /** True when errors stopped the whole import: nothing was written. */
  blocked: boolean;
  counts: Record<CountedKind, KindCounts>;
  skipped: SkippedUnit[];
  report: ImportReport;
  rows: number;
  durationMs: number;
}

/** Zeroed counts. */
export function emptyCounts(): Record<CountedKind, KindCounts> {
  const zero = (): KindCounts => ({ created: 0, updated: 0, unchanged: 0, skipped: 0 });
  return {
    jurisdictions: zero(),
    inventories: zero(),
    reportedTotals: zero(),
    targets: zero(),
    actions: zero(),
  };
}
