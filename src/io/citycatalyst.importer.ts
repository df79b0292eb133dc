/**
 * Imports a CityCatalyst inventory export (`inventory-<LOCODE>-<year>.csv`) into an inventory document. The
 * export's per-gas columns are kg CO2e per gas, not kg of gas (they add up to "Total Emissions", t CO2e, on every
 * row that has them): they are turned back into kg of gas with the inventory's GWPs, so the engine recomputes the
 * same CO2e and keeps the split. A row whose per-gas columns do not add up, or that has none, carries its total.
 */
import { basename } from "node:path";
import {
  type InventoryDocument,
  type InventoryLine,
  NOTATION_KEYS,
  type Quantity,
} from "../core/document.ts";
import { findGas, type GwpSet, gwpOf } from "../core/gases.ts";
import { gpcRow } from "../core/gpc/catalogue.ts";
import { columnIndex, RowCells } from "./cells.ts";
import { csvRows, type FileSource, type StreamOptions, sourceName } from "./csv-stream.ts";
import { type ImportReport, ReportBuilder } from "./import-report.ts";

/** The columns of a CityCatalyst inventory export that are read. */
export const CITYCATALYST_COLUMNS = [
  "GPC Reference Number",
  "Notation Key",
  "Total Emissions",
  "Total Emission Units",
  "Activity Value",
  "Activity Units",
  "CO2 Emissions",
  "CH4 Emissions",
  "N2O Emissions",
  "Data source name",
] as const;

const GAS_COLUMNS = [
  ["CO2", "CO2 Emissions"],
  ["CH4", "CH4 Emissions"],
  ["N2O", "N2O Emissions"],
] as const;

/** Options: the jurisdiction (UN/LOCODE) and year override those in the file name; the GWP set defaults to AR5. */
export interface CityCatalystOptions extends StreamOptions {
  jurisdiction?: string;
  year?: number;
  gwp?: GwpSet;
}

/** What a CityCatalyst export gave: the document, the export's own per-line totals (t CO2e) and the report. */
export interface CityCatalystImport {
  document: InventoryDocument;
  /** For each document line, the export's "Total Emissions" (t CO2e), or null for notation-key lines. */
  fileTotals: Array<number | null>;
  /** For each document line, the file line it came from. */
  fileLines: number[];
  report: ImportReport;
}

/** The UN/LOCODE and year in a file name like `inventory-BR RIO-2022.csv`, where present. */
export function parseCityCatalystFileName(name: string): { jurisdiction?: string; year?: number } {
  const m = /^inventory-(.+)-(\d{4})\.csv$/i.exec(basename(name));
  return m ? { jurisdiction: m[1] as string, year: Number(m[2]) } : {};
}

function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/** Reads a CityCatalyst inventory export into an inventory document with an import report. */
export async function importCityCatalyst(
  source: FileSource,
  options: CityCatalystOptions = {},
): Promise<CityCatalystImport> {
  const file = sourceName(source);
  const report = new ReportBuilder(file);
  const fromName = parseCityCatalystFileName(file);
  const gwp = options.gwp ?? "AR5";
  const jurisdiction = options.jurisdiction ?? fromName.jurisdiction;
  const year = options.year ?? fromName.year;
  const document: InventoryDocument = { gwp, lines: [] };
  if (jurisdiction) document.jurisdiction = jurisdiction;
  else
    report.error("missing_jurisdiction", "no jurisdiction: the file name has no LOCODE and none was given");
  if (year !== undefined) document.year = year;
  else report.error("missing_year", "no year: the file name has no year and none was given");
  const out: CityCatalystImport = { document, fileTotals: [], fileLines: [], report: report.report };
  let index: Map<string, number> | null = null;
  for await (const { line, cells } of csvRows(source, report, options)) {
    if (!index) {
      const missing = CITYCATALYST_COLUMNS.filter((c) => !cells.includes(c));
      if (missing.length > 0) {
        report.fatal(
          "unknown_layout",
          `the header is not a CityCatalyst export; it lacks: ${missing.join(", ")}`,
          {
            line,
          },
        );
        return out;
      }
      index = columnIndex(cells);
      continue;
    }
    report.count("rows");
    const row = new RowCells(line, cells, index, report);
    const made = readRow(row, gwp);
    if (!made) continue;
    document.lines.push(made.line);
    out.fileTotals.push(made.total);
    out.fileLines.push(line);
    report.count(made.total === null ? "notationKeyLines" : "emissionLines");
  }
  return out;
}

function readRow(row: RowCells, gwp: GwpSet): { line: InventoryLine; total: number | null } | null {
  const report = row.report;
  const at = (column: string) => ({ line: row.line, column });
  const ref = row.text("GPC Reference Number");
  if (ref === null || !gpcRow(ref)) {
    report.error(
      "unknown_gpc_row",
      `${JSON.stringify(ref ?? "")} is not a GPC 1.1 row`,
      at("GPC Reference Number"),
    );
    return null;
  }
  const key = row.text("Notation Key");
  if (key !== null) {
    if ((NOTATION_KEYS as readonly string[]).includes(key)) {
      const explanation = `Reported as ${key} in the CityCatalyst export of this inventory (no reason given there).`;
      return { line: { gpc: ref, notationKey: key, explanation }, total: null };
    }
    if (key === "RN") {
      report.warn(
        "non_gpc_notation_key",
        'notation key "RN" is not a GPC key; recorded as NE (not estimated)',
        {
          ...at("Notation Key"),
        },
      );
      const explanation =
        'The CityCatalyst export gives notation key "RN" (not a GPC notation key) and no value; recorded as NE (not estimated).';
      return { line: { gpc: ref, notationKey: "NE", explanation }, total: null };
    }
    report.error(
      "unknown_notation_key",
      `notation key ${JSON.stringify(key)} is not known`,
      at("Notation Key"),
    );
    return null;
  }
  const total = row.num("Total Emissions");
  if (total === null) {
    report.error("blank_cell", "the row has neither emissions nor a notation key", at("Total Emissions"));
    return null;
  }
  const unit = row.text("Total Emission Units");
  if (unit !== "t CO2e") {
    report.error("unknown_unit", `total emissions unit ${JSON.stringify(unit)} is not "t CO2e"`, {
      ...at("Total Emission Units"),
    });
    return null;
  }
  const activity = row.num("Activity Value");
  if (activity !== null && row.text("Activity Units") === null)
    report.warn(
      "activity_without_unit",
      `activity value ${activity} has no unit; not read`,
      at("Activity Value"),
    );
  const source = row.text("Data source name") ?? undefined;
  const gases: Array<[string, number]> = [];
  for (const [gas, column] of GAS_COLUMNS) {
    const v = row.num(column);
    if (v !== null) gases.push([gas, v]);
  }
  const gasSumT = gases.reduce((s, [, v]) => s + v, 0) / 1000;
  const consistent = gases.length > 0 && Math.abs(gasSumT - total) <= Math.max(0.01, Math.abs(total) * 1e-5);
  if (consistent) {
    const emissions: Record<string, Quantity> = {};
    for (const [gas, kgCo2e] of gases) {
      const g = findGas(gas);
      emissions[gas] = { value: round(kgCo2e / (g ? gwpOf(g, gwp, false) : 1), 3), unit: "kg" };
    }
    const line: InventoryLine = { gpc: ref, emissions, ...(source ? { source } : {}) };
    if (gases.length > 1 || gases[0]?.[0] !== "CO2")
      line.comment = `Export gives kg CO2e per gas; converted to kg of gas with ${gwp} GWPs (${gwpNote(gwp)}).`;
    return { line, total };
  }
  if (gases.length > 0)
    report.warn(
      "gases_do_not_add_up",
      `the per-gas columns add up to ${round(gasSumT, 3)} t CO2e, not the row's total ${total}; the total is used`,
      at("Total Emissions"),
    );
  const why =
    gases.length === 0
      ? "the export gives only the total for this row"
      : `the export's per-gas columns (${gases.map(([g, v]) => `${g} ${v} kg CO2e`).join(", ")}) add up to ${round(gasSumT, 3)} t, not the row's total`;
  const line: InventoryLine = {
    gpc: ref,
    emissions: { CO2e: { value: total, unit: "t" } },
    ...(source ? { source } : {}),
    comment: `Total Emissions of the export as CO2e: ${why}.`,
  };
  return { line, total };
}

function gwpNote(set: GwpSet): string {
  const ch4 = findGas("CH4");
  const n2o = findGas("N2O");
  return `CH4 ${ch4 ? gwpOf(ch4, set, false) : "?"}, N2O ${n2o ? gwpOf(n2o, set, false) : "?"}`;
}
