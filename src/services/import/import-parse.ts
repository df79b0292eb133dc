/**
 * Reads a file of any import format into units (one jurisdiction-year, or one jurisdiction's targets, each
 * all-or-nothing) and the import report. Network files are read whole (they are small); a multi-inventory
 * template CSV streams, its report growing as its units are taken.
 */
import { statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import type { InventoryDocument } from "../../core/document.ts";
import type { ReportedTotals } from "../../core/reported-totals.ts";
import { importC40 } from "../../io/c40.importer.ts";
import { importCdpCitywide } from "../../io/cdp-citywide.importer.ts";
import { importCdpTargets } from "../../io/cdp-targets.importer.ts";
import { importCityCatalyst } from "../../io/citycatalyst.importer.ts";
import { csvRows, type FileSource, type StreamOptions, sourceName } from "../../io/csv-stream.ts";
import { type ImportReport, ReportBuilder } from "../../io/import-report.ts";
import { readInventoryJson } from "../../io/inventory-json.reader.ts";
import type { ReportedTotalsRecord } from "../../io/records.ts";
import { importTemplateCsv, importTemplateXlsx } from "../../io/template.importer.ts";
import { decodeWindows1252 } from "../../io/windows-1252.ts";
import {
  type ImportFormat,
  type ImportOptions,
  type ImportUnit,
  MAX_WHOLE_FILE_BYTES,
} from "./import-types.ts";
import { addProblem } from "./report-problems.ts";
import { targetUnits } from "./target-units.ts";
import { isMultiInventoryHeader, templateCsvUnits } from "./template-stream.ts";

/** A file read into units: the report, the units, and whether they stream (the report grows as they are taken). */
export interface ParsedImport {
  report: ImportReport;
  units: AsyncIterable<ImportUnit>;
  streaming: boolean;
}

async function* each<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}

function totalsOf(t: ReportedTotalsRecord): ReportedTotals {
  const { kind: _k, cdpAccount: _a, jurisdictionName: _n, year: _y, ...rest } = t;
  return rest;
}

async function cdpCitywide(source: FileSource, stream: StreamOptions): Promise<ParsedImport> {
  const parsed = await importCdpCitywide(source, stream);
  const byLine = new Map(parsed.totals.map((t) => [t.provenance.line, t]));
  const units = parsed.jurisdictions.map((j): ImportUnit => {
    const t = byLine.get(j.provenance.line);
    const line = j.provenance.line;
    if (t && t.year === null)
      addProblem(parsed.report, "error", "no_year", `${j.name}: the accounting year is unknown`, line);
    const payload: ImportUnit["payload"] =
      t && t.year !== null
        ? { kind: "reported-totals", year: t.year, record: totalsOf(t) }
        : { kind: "jurisdiction" };
    const label = payload.kind === "reported-totals" ? `${j.name} ${payload.year}` : j.name;
    return { label, jurisdiction: { record: j }, payload, lines: [line] };
  });
  return { report: parsed.report, units: each(units), streaming: false };
}

async function c40(source: FileSource, stream: StreamOptions): Promise<ParsedImport> {
  const parsed = await importC40(source, stream);
  const cities = new Map(parsed.jurisdictions.map((j) => [`${j.name}|${j.countryName}|${j.country}`, j]));
  const units: ImportUnit[] = parsed.jurisdictions.map((j) => ({
    label: j.name,
    jurisdiction: { record: j },
    payload: { kind: "jurisdiction" },
    lines: [j.provenance.line],
  }));
  for (const inv of parsed.inventories) {
    const city = [...cities.values()].find(
      (j) => j.name === inv.jurisdictionName && j.country === inv.country,
    );
    if (!city) continue;
    units.push({
      label: `${inv.jurisdictionName} ${inv.year}`,
      jurisdiction: { record: city },
      payload: {
        kind: "inventory",
        year: inv.year,
        boundary: inv.boundary,
        document: inv.document,
        source: "C40 Cities open GPC inventory data",
      },
      lines: [inv.provenance.line],
    });
  }
  return { report: parsed.report, units: each(units), streaming: false };
}

/** A single inventory: its jurisdiction and year from the options, else the file; both are needed. */
function singleUnit(
  report: ImportReport,
  document: InventoryDocument,
  lines: number[],
  options: ImportOptions,
  source: string,
  fileTotals?: Array<number | null>,
): ImportUnit[] {
  const locode = options.jurisdiction ?? document.jurisdiction;
  const year = options.year ?? document.year;
  if (!locode)
    addProblem(
      report,
      "error",
      "no_jurisdiction",
      "the file names no jurisdiction: give --jurisdiction LOCODE",
    );
  if (year === undefined)
    addProblem(report, "error", "no_year", "the file names no inventory year: give --year N");
  if (!locode || year === undefined || report.fatal) return [];
  const unit: ImportUnit = {
    label: `${locode} ${year}`,
    jurisdiction: { locode },
    payload: {
      kind: "inventory",
      year,
      boundary: null,
      document: { ...document, jurisdiction: locode, year },
      source,
    },
    lines: lines.length > 0 ? lines : [1],
  };
  if (fileTotals) unit.fileTotals = fileTotals;
  return [unit];
}

async function templateCsv(
  source: FileSource,
  options: ImportOptions,
  stream: StreamOptions,
): Promise<ParsedImport> {
  const headReport = new ReportBuilder(sourceName(source));
  const text = { encoding: stream.encoding, delimiter: stream.delimiter };
  let multi = false;
  for await (const { cells } of csvRows(source, headReport, text)) {
    multi = isMultiInventoryHeader(cells);
    break;
  }
  if (multi) {
    const report = new ReportBuilder(sourceName(source));
    return {
      report: report.report,
      units: templateCsvUnits(source, sourceName(source), report, stream),
      streaming: true,
    };
  }
  const tooLarge = sizeProblem(source);
  if (tooLarge) return tooLarge;
  const parsed = await importTemplateCsv(source, stream);
  const units = singleUnit(parsed.report, parsed.document, parsed.fileLines, options, "LocalLedger template");
  return { report: parsed.report, units: each(units), streaming: false };
}

async function inventoryJson(source: FileSource, options: ImportOptions): Promise<ParsedImport> {
  const name = sourceName(source);
  const report = new ReportBuilder(name).report;
  let bytes: Buffer;
  try {
    bytes = typeof source === "string" ? await readFile(source) : Buffer.from(source.data);
  } catch (error) {
    report.fatal = true;
    addProblem(report, "error", "unreadable_file", `the file cannot be read: ${(error as Error).message}`);
    return { report, units: each([]), streaming: false };
  }
  const text = decodeJson(bytes, options, report);
  if (text === null) return { report, units: each([]), streaming: false };
  try {
    const document = readInventoryJson(text, name);
    const units = singleUnit(report, document, [], options, "inventory document (JSON)");
    return { report, units: each(units), streaming: false };
  } catch (error) {
    report.fatal = true;
    addProblem(report, "error", "invalid_document", (error as Error).message);
    return { report, units: each([]), streaming: false };
  }
}

/** Decodes a JSON file's bytes (UTF-8 unless said); bytes that are not UTF-8 are refused, naming the line. */
function decodeJson(bytes: Buffer, options: ImportOptions, report: ImportReport): string | null {
  if (options.encoding === "latin1") return decodeWindows1252(bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const text = new TextDecoder("utf-8").decode(bytes);
    const line = text.slice(0, text.indexOf("\uFFFD")).split("\n").length;
    report.fatal = true;
    addProblem(
      report,
      "error",
      "invalid_encoding",
      `the file is not valid UTF-8 (first bad byte on line ${line}): save it as UTF-8, or import it saying ` +
        "its encoding (--encoding latin1; API: encoding=latin1)",
      line,
    );
    return null;
  }
}

/** The size of a file source in bytes (0 when it cannot be read: the reader reports that). */
function sizeOf(source: FileSource): number {
  if (typeof source !== "string")
    return typeof source.data === "string" ? Buffer.byteLength(source.data) : source.data.byteLength;
  try {
    return statSync(source).size;
  } catch {
    return 0;
  }
}

/** A refusal of a file too large to read whole, or undefined. */
function sizeProblem(source: FileSource): ParsedImport | undefined {
  const size = sizeOf(source);
  if (size <= MAX_WHOLE_FILE_BYTES) return undefined;
  const report = new ReportBuilder(sourceName(source));
  const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
  report.fatal(
    "file_too_large",
    `the file is ${mib(size)}; files of this format are read whole and may be at most ` +
      `${mib(MAX_WHOLE_FILE_BYTES)}: split it, or use the multi-inventory template CSV, which streams`,
  );
  return { report: report.report, units: each([]), streaming: false };
}

/** Reads `source` in `format` into units and a report. */
export async function parseImport(
  format: ImportFormat,
  source: FileSource,
  options: ImportOptions,
): Promise<ParsedImport> {
  const stream: StreamOptions = {
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.encoding ? { encoding: options.encoding } : {}),
    ...(options.delimiter ? { delimiter: options.delimiter } : {}),
  };
  // The multi-inventory template CSV streams; every other format is read whole, so its size is capped.
  const tooLarge = format === "template-csv" ? undefined : sizeProblem(source);
  if (tooLarge) return tooLarge;
  switch (format) {
    case "cdp-citywide":
      return cdpCitywide(source, stream);
    case "cdp-targets": {
      const parsed = await importCdpTargets(source, stream);
      const units = await targetUnits(source, parsed.targets, parsed.report, stream);
      return { report: parsed.report, units: each(units), streaming: false };
    }
    case "c40":
      return c40(source, stream);
    case "citycatalyst": {
      const cc = { ...stream, ...(options.jurisdiction ? { jurisdiction: options.jurisdiction } : {}) };
      const parsed = await importCityCatalyst(source, options.year ? { ...cc, year: options.year } : cc);
      const units = singleUnit(
        parsed.report,
        parsed.document,
        parsed.fileLines,
        options,
        "CityCatalyst export",
        parsed.fileTotals,
      );
      return { report: parsed.report, units: each(units), streaming: false };
    }
    case "template-xlsx": {
      const parsed = await importTemplateXlsx(source);
      const units = singleUnit(
        parsed.report,
        parsed.document,
        parsed.fileLines,
        options,
        "LocalLedger template",
      );
      return { report: parsed.report, units: each(units), streaming: false };
    }
    case "template-csv":
      return templateCsv(source, options, stream);
    case "inventory-json":
      return inventoryJson(source, options);
  }
}
