/**
 * Reads a file of any import format into units (one jurisdiction-year, or one jurisdiction's targets, each
 * all-or-nothing) and the import report. Network files are read whole (they are small); a multi-inventory
 * template CSV streams, its report growing as its units are taken.
 */
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
import type { ImportFormat, ImportOptions, ImportUnit } from "./import-types.ts";
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
  let multi = false;
  for await (const { cells } of csvRows(source, headReport, {})) {
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
  const parsed = await importTemplateCsv(source, stream);
  const units = singleUnit(parsed.report, parsed.document, parsed.fileLines, options, "LocalLedger template");
  return { report: parsed.report, units: each(units), streaming: false };
}

async function inventoryJson(source: FileSource, options: ImportOptions): Promise<ParsedImport> {
  const name = sourceName(source);
  const report = new ReportBuilder(name).report;
  try {
    const text =
      typeof source === "string" ? await readFile(source, "utf8") : Buffer.from(source.data).toString("utf8");
    const document = readInventoryJson(text, name);
    const units = singleUnit(report, document, [], options, "inventory document (JSON)");
    return { report, units: each(units), streaming: false };
  } catch (error) {
    report.fatal = true;
    addProblem(report, "error", "invalid_document", (error as Error).message);
    return { report, units: each([]), streaming: false };
  }
}

/** Reads `source` in `format` into units and a report. */
export async function parseImport(
  format: ImportFormat,
  source: FileSource,
  options: ImportOptions,
): Promise<ParsedImport> {
  const stream: StreamOptions = options.onProgress ? { onProgress: options.onProgress } : {};
  switch (format) {
    case "cdp-citywide":
      return cdpCitywide(source, stream);
    case "cdp-targets": {
      const parsed = await importCdpTargets(source, stream);
      const units = await targetUnits(source, parsed.targets, parsed.report);
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
