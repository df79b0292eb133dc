/**
 * Imports C40's open GPC inventory data (`clean_c40.csv`): one line inventory per city and year (sub-sector
 * emissions per gas as `emissions` lines) and each city's population, GDP and area series. Each emission row is
 * repeated once per variable row (Population, GDP, Area); equal repeats are one value.
 */
import { BIOGENIC_CO2, CO2E, type InventoryLine } from "../core/document.ts";
import { findGas } from "../core/gases.ts";
import { compareRefs, gpcRow } from "../core/gpc/catalogue.ts";
import { columnIndex, RowCells } from "./cells.ts";
import { countryIso } from "./country-iso.ts";
import { csvRows, type FileSource, type StreamOptions, sourceName } from "./csv-stream.ts";
import { type ImportReport, ReportBuilder } from "./import-report.ts";
import type { InventoryRecord, JurisdictionRecord } from "./records.ts";

/** The columns of clean_c40.csv. */
export const C40_COLUMNS = [
  "City",
  "Country",
  "Region",
  "Boundary",
  "Year_calendar",
  "gpc_refno",
  "emissions",
  "units",
  "gas",
  "Variable_name",
  "Variable_value",
] as const;

const SERIES: Readonly<Record<string, "population" | "gdp" | "area">> = {
  Population: "population",
  GDP: "gdp",
  Area: "area",
};

/** What a C40 file gave. */
export interface C40Import {
  jurisdictions: JurisdictionRecord[];
  inventories: InventoryRecord[];
  report: ImportReport;
}

interface CityYear {
  record: InventoryRecord;
  /** `${ref}|${gas}` → the first line giving it and its value. */
  amounts: Map<string, { line: number; value: number; unit: string }>;
}

const SOURCE_NOTE = "C40 Cities open GPC inventory data (clean_c40.csv)";

/** Reads clean_c40.csv into per city-year inventories and per city series, with an import report. */
export async function importC40(source: FileSource, options: StreamOptions = {}): Promise<C40Import> {
  const file = sourceName(source);
  const report = new ReportBuilder(file);
  const out: C40Import = { jurisdictions: [], inventories: [], report: report.report };
  const cities = new Map<string, JurisdictionRecord>();
  const years = new Map<string, CityYear>();
  let index: Map<string, number> | null = null;
  for await (const { line, cells } of csvRows(source, report, options)) {
    if (!index) {
      const missing = C40_COLUMNS.filter((c) => !cells.includes(c));
      if (missing.length > 0) {
        report.fatal("unknown_layout", `the header is not the C40 layout; it lacks: ${missing.join(", ")}`, {
          line,
        });
        return out;
      }
      index = columnIndex(cells);
      continue;
    }
    const row = new RowCells(line, cells, index, report);
    report.count("rows");
    const name = row.requireValue("City", row.text("City"), "the city");
    const year = row.requireValue("Year_calendar", row.year("Year_calendar"), "the year");
    if (name === null || year === null) continue;
    const city = cities.get(name) ?? newCity(row, name, file);
    cities.set(name, city);
    const variable = row.text("Variable_name");
    const kind = variable !== null && Object.hasOwn(SERIES, variable) ? SERIES[variable] : undefined;
    const value = row.num("Variable_value");
    if (variable !== null && !kind)
      report.warn("unknown_variable", `variable ${JSON.stringify(variable)} is not read`, {
        line,
        column: "Variable_name",
      });
    if (kind && value !== null && !city[kind].some((p) => p.year === year)) city[kind].push({ year, value });
    const key = `${name}|${year}`;
    let cy = years.get(key);
    if (!cy) {
      cy = {
        record: {
          jurisdictionName: name,
          country: city.country,
          locode: null,
          year,
          boundary: row.text("Boundary")?.replace(/\s+/g, " ") ?? null,
          document: { jurisdiction: name, year, gwp: "AR5", lines: [] },
          provenance: { source: "c40", file, line },
        },
        amounts: new Map(),
      };
      years.set(key, cy);
    }
    readEmission(row, cy, report);
  }
  for (const city of cities.values()) {
    for (const s of [city.population, city.gdp, city.area]) s.sort((a, b) => a.year - b.year);
    out.jurisdictions.push(city);
  }
  for (const cy of years.values()) {
    const { record } = cy;
    const population = cities.get(record.jurisdictionName)?.population.find((p) => p.year === record.year);
    if (population) record.document.population = population.value;
    record.document.lines = toLines(cy, report);
    out.inventories.push(record);
  }
  report.count("jurisdictions", out.jurisdictions.length);
  report.count("inventories", out.inventories.length);
  report.count(
    "lines",
    out.inventories.reduce((s, i) => s + i.document.lines.length, 0),
  );
  return out;
}

function newCity(row: RowCells, name: string, file: string): JurisdictionRecord {
  const countryName = row.text("Country") ?? "";
  const country = countryIso(countryName) ?? null;
  if (!country)
    row.report.warn("unknown_country", `country ${JSON.stringify(countryName)} has no known ISO code`, {
      line: row.line,
      column: "Country",
    });
  return {
    name,
    country,
    countryName,
    cdpAccount: null,
    locode: null,
    region: row.text("Region"),
    boundary: row.text("Boundary")?.replace(/\s+/g, " ") ?? null,
    population: [],
    gdp: [],
    area: [],
    provenance: { source: "c40", file, line: row.line },
  };
}

function readEmission(row: RowCells, cy: CityYear, report: ReportBuilder): void {
  const ref = row.text("gpc_refno");
  const value = row.num("emissions");
  if (ref === null || value === null) return;
  const unit = row.text("units") ?? "";
  const gas = row.text("gas") ?? "";
  if (unit !== "kg" && unit !== "t") {
    report.error("unknown_unit", `emissions unit ${JSON.stringify(unit)} is not kg or t`, {
      line: row.line,
      column: "units",
    });
    return;
  }
  if (gas !== CO2E && gas !== BIOGENIC_CO2 && !findGas(gas)) {
    report.error(
      "unknown_gas",
      `gas ${JSON.stringify(gas)} is not CO2e, CO2b or a GPC gas (CO2, CH4, N2O …)`,
      {
        line: row.line,
        column: "gas",
      },
    );
    return;
  }
  const key = `${ref}|${gas}`;
  const prior = cy.amounts.get(key);
  if (!prior) cy.amounts.set(key, { line: row.line, value, unit });
  else if (prior.value !== value || prior.unit !== unit)
    report.error(
      "conflicting_repeat",
      `${ref} ${gas} is ${value} ${unit} here but ${prior.value} ${prior.unit} on line ${prior.line}`,
      { line: row.line, column: "emissions" },
    );
}

function toLines(cy: CityYear, report: ReportBuilder): InventoryLine[] {
  const byRef = new Map<string, InventoryLine>();
  for (const [key, { line, value, unit }] of cy.amounts) {
    const [ref = "", gas = ""] = key.split("|");
    if (!gpcRow(ref)) {
      report.warn(
        "non_gpc_row",
        `${ref} is not a GPC 1.1 row; ${value} ${unit} ${gas} of ${cy.record.jurisdictionName} ` +
          `${cy.record.year} left out of the inventory`,
        { line, column: "gpc_refno" },
      );
      continue;
    }
    const l = byRef.get(ref) ?? { gpc: ref, emissions: {}, source: SOURCE_NOTE };
    (l.emissions as Record<string, { value: number; unit: string }>)[gas] = { value, unit };
    byRef.set(ref, l);
  }
  return [...byRef.values()].sort((a, b) => compareRefs(a.gpc, b.gpc));
}
