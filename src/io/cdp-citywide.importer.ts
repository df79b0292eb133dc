/**
 * Imports CDP city-wide emissions files (reporting years 2019, 2020, 2021; layout recognised from the header):
 * one jurisdiction record per row and one reported-totals record per row that gives any emission figure.
 * Data from CDP must carry `CDP_ATTRIBUTION`.
 */

import { type CdpField, type CdpLayout, detectCdpLayout, normalizeHeader } from "./cdp-layout.ts";
import { parseAccountingPeriod } from "./cdp-period.ts";
import { RowCells } from "./cells.ts";
import { countryIso } from "./country-iso.ts";
import { csvRows, type FileSource, type StreamOptions, sourceName } from "./csv-stream.ts";
import { type ImportReport, ReportBuilder } from "./import-report.ts";
import type { JurisdictionRecord, ReportedTotalsRecord, ScopeFigures } from "./records.ts";

/** The wording CDP's terms require on any use of its data. */
export const CDP_ATTRIBUTION =
  "This data was collected in partnership by CDP and ICLEI - Local Governments for Sustainability";

/** What a CDP city-wide emissions file gave. */
export interface CdpCitywideImport {
  layout: CdpLayout["year"] | null;
  jurisdictions: JurisdictionRecord[];
  totals: ReportedTotalsRecord[];
  report: ImportReport;
}

const FIGURES: readonly CdpField[] = [
  "scope1Generation",
  "scope1Excluding",
  "scope2Generation",
  "scope2Excluding",
  "scope3Generation",
  "scope3Excluding",
  "scope1",
  "scope2",
  "scope3",
  "basic",
  "basicPlus",
];

/** Gas names as CDP lists them ("N20" is the files' spelling of N2O). */
const GAS_NAMES: Record<string, string> = { N20: "N2O" };

/**
 * True when a land area is implausible for the population: a government of 100,000+ people on under 20 people
 * per km2 (city boundary) or over 40,000 per km2 is a unit slip (hectares, a misread separator …).
 */
export function implausibleArea(population: number, areaKm2: number, boundary: string | null): boolean {
  if (!(areaKm2 > 0) || population < 100_000) return false;
  const density = population / areaKm2;
  return (density < 20 && boundary === "City / Municipality") || density > 40_000;
}

function normalizeName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Reads a CDP city-wide emissions CSV into jurisdiction and reported-totals records with an import report. */
export async function importCdpCitywide(
  source: FileSource,
  options: StreamOptions = {},
): Promise<CdpCitywideImport> {
  const file = sourceName(source);
  const report = new ReportBuilder(file);
  const out: CdpCitywideImport = { layout: null, jurisdictions: [], totals: [], report: report.report };
  let name: Partial<Record<CdpField, string>> = {};
  let index = new Map<string, number>();
  const accounts = new Map<number, number>();
  const cities = new Map<string, { account: number; line: number }>();
  for await (const { line, cells } of csvRows(source, report, options)) {
    if (out.layout === null) {
      const found = detectCdpLayout(cells);
      if (!found.layout) {
        report.fatal(
          "unknown_layout",
          `the header is not a CDP city-wide emissions layout (2019, 2020 or 2021); compared with the ` +
            `${found.closest.year} layout it lacks: ${found.missing.map((m) => JSON.stringify(m)).join(", ")}`,
          { line },
        );
        return out;
      }
      out.layout = found.layout.year;
      const display = cells.map((h) => h.replace(/[\u00a0\u200b\ufeff]/g, " ").trim());
      index = new Map(display.map((h, i) => [h, i]));
      const byNorm = new Map(display.map((h) => [normalizeHeader(h), h]));
      name = Object.fromEntries(
        Object.entries(found.layout.columns).map(([field, norm]) => [field, byNorm.get(norm) ?? norm]),
      );
      continue;
    }
    const row = new RowCells(line, cells, index, report);
    row.flagUnknownAnswers();
    const col = (field: CdpField): string => name[field] ?? "";
    report.count("rows");
    const account = row.requireValue(col("account"), row.num(col("account")), "the CDP account number");
    const organization = row.text(col("organization")) ?? "";
    if (account === null || !Number.isInteger(account)) {
      if (!row.isBlank(col("account")))
        report.error("invalid_account", "the CDP account number is not a whole number", {
          line,
          column: col("account"),
        });
      continue;
    }
    const firstLine = accounts.get(account);
    if (firstLine !== undefined) {
      report.error("duplicate_account", `CDP account ${account} already appears on line ${firstLine}`, {
        line,
        column: col("account"),
      });
      continue;
    }
    accounts.set(account, line);
    const countryName = row.requireValue(col("country"), row.text(col("country")), "the country") ?? "";
    const country = countryName ? (countryIso(countryName) ?? null) : null;
    if (countryName && !country)
      report.warn("unknown_country", `country ${JSON.stringify(countryName)} has no known ISO code`, {
        line,
        column: col("country"),
      });
    const displayName = row.text(col("city")) ?? organization;
    const cityKey = `${country ?? countryName}|${normalizeName(displayName)}`;
    const twin = cities.get(cityKey);
    if (twin)
      report.warn(
        "duplicate_city",
        `"${displayName}" (${countryName}) also appears on line ${twin.line} under CDP account ${twin.account}`,
        { line, column: col("city") },
      );
    else cities.set(cityKey, { account, line });
    const adminBoundary = name.adminBoundary ? row.text(col("adminBoundary")) : null;
    const population = row.num(col("population"));
    const populationYear = row.year(col("populationYear"));
    const area = name.landArea ? row.num(col("landArea")) : null;
    if (population === null && row.isBlank(col("population")))
      report.warn("blank_cell", "the population is blank", { line, column: col("population") });
    if (population !== null && area !== null && implausibleArea(population, area, adminBoundary))
      report.warn(
        "implausible_area",
        `land area ${area} km2 for ${population} people (${Math.round(population / area)}/km2) is implausible`,
        { line, column: col("landArea") },
      );
    const reportingYear = row.year(col("reportingYear"));
    const provenance = { source: "cdp" as const, file, line };
    out.jurisdictions.push({
      name: displayName,
      country,
      countryName,
      cdpAccount: account,
      locode: null,
      region: row.text(col("region")),
      boundary: adminBoundary,
      population:
        population !== null && populationYear !== null ? [{ year: populationYear, value: population }] : [],
      gdp: [],
      area: area !== null && area > 0 && reportingYear !== null ? [{ year: reportingYear, value: area }] : [],
      provenance,
    });
    report.count("jurisdictions");
    const figures = Object.fromEntries(FIGURES.map((f) => [f, name[f] ? row.num(col(f)) : null]));
    if (FIGURES.every((f) => figures[f] === null)) continue;
    const totals = readTotals(row, col, figures, { account, displayName, reportingYear, provenance });
    totals.population = population;
    totals.populationYear = populationYear;
    if (
      population !== null &&
      populationYear !== null &&
      totals.year !== null &&
      populationYear !== totals.year
    )
      report.warn(
        "population_year_differs",
        `population year ${populationYear} differs from the inventory year ${totals.year}`,
        { line, column: col("populationYear") },
      );
    out.totals.push(totals);
    report.count("reportedTotals");
  }
  return out;
}

interface RowContext {
  account: number;
  displayName: string;
  reportingYear: number | null;
  provenance: ReportedTotalsRecord["provenance"];
}

function readTotals(
  row: RowCells,
  col: (field: CdpField) => string,
  f: Record<string, number | null>,
  ctx: RowContext,
): ReportedTotalsRecord {
  const report = row.report;
  const at = (field: CdpField) => ({ line: row.line, column: col(field) });
  const cell = row.raw(col("accountingYear")).trim();
  const period = cell ? parseAccountingPeriod(cell) : null;
  if (!cell) report.error("blank_cell", "the accounting year is blank", at("accountingYear"));
  else if (!period || period.year === null)
    report.error("invalid_accounting_year", `accounting year ${JSON.stringify(cell)} is not a full period`, {
      ...at("accountingYear"),
    });
  else if (period.offCalendar)
    report.warn(
      "off_calendar_period",
      `accounting period ${cell} is not a calendar year; taken as ${period.year} (the year with most of its days)`,
      at("accountingYear"),
    );
  for (const field of FIGURES) {
    const v = f[field];
    if (v !== null && v !== undefined && v < 0)
      report.warn("negative_total", `${v} tCO2e is negative`, at(field));
  }
  const s2 = f.scope2 ?? null;
  const basic = f.basic ?? null;
  if (s2 !== null && basic !== null && s2 > basic)
    report.warn("scope2_exceeds_basic", `scope 2 (${s2}) is larger than BASIC (${basic})`, at("scope2"));
  const gases: string[] = [];
  for (const g of (row.text(col("gases")) ?? "").split(",").map((s) => s.trim())) {
    if (!g) continue;
    const fixed = Object.hasOwn(GAS_NAMES, g) ? GAS_NAMES[g] : undefined;
    if (fixed)
      report.warn("gas_name_typo", `gas "${g}" read as ${fixed}`, { line: row.line, column: col("gases") });
    gases.push(fixed ?? g);
  }
  const three = (a: CdpField, b: CdpField, c: CdpField): ScopeFigures => ({
    scope1: f[a] ?? null,
    scope2: f[b] ?? null,
    scope3: f[c] ?? null,
  });
  return {
    kind: "reported-totals",
    cdpAccount: ctx.account,
    jurisdictionName: ctx.displayName,
    year: period?.year ?? null,
    period: { start: period?.start ?? null, end: period?.end ?? null },
    reportingYear: ctx.reportingYear,
    totals: { ...three("scope1", "scope2", "scope3"), basic, basicPlus: f.basicPlus ?? null },
    generation: three("scope1Generation", "scope2Generation", "scope3Generation"),
    excludingGeneration: three("scope1Excluding", "scope2Excluding", "scope3Excluding"),
    population: null,
    populationYear: null,
    boundary: row.text(col("inventoryBoundary")),
    protocol: row.text(col("protocol")),
    protocolComment: row.text(col("protocolComment")),
    gases,
    provenance: ctx.provenance,
  };
}
