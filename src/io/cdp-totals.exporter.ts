/**
 * CDP-style city-wide totals (the columns of CDP's 2021 city-wide emissions file) for a network: from
 * reported-totals records as imported, or from calculated line inventories via `totalsFromCalculation`.
 */
import type { InventoryDocument } from "../core/document.ts";
import type { CalcResult } from "../core/result.ts";
import { type CellValue, toCsv } from "./csv-write.ts";
import type { ReportedTotalsRecord } from "./records.ts";

/** One city-year for the export: its totals record and the jurisdiction's country name and CDP region. */
export interface CdpTotalsEntry {
  totals: ReportedTotalsRecord;
  country: string;
  region?: string | null;
}

/** The header of the export: the columns of CDP's 2021 city-wide emissions file, in its order. */
export const CDP_TOTALS_HEADER = [
  "Year Reported to CDP",
  "Account Number",
  "Organization",
  "City",
  "Country",
  "CDP Region",
  "Access",
  "City-wide emissions inventory",
  "Accounting year",
  "Administrative city boundary",
  "Inventory boundary (compared to Administrative city boundary)",
  "Primary Protocol",
  "Primary Protocol Comment",
  "Gases Included",
  "Direct emissions (metric tonnes CO2e) for Total generation of grid-supplied energy",
  "Direct emissions (metric tonnes CO2e) for Total emissions (excluding generation of grid-supplied energy)",
  "Indirect emissions from use of grid supplied energy (metric tonnes CO2e) for Total generation of grid supplied energy",
  "Indirect emissions from use of grid supplied energy (metric tonnes CO2e) for Total Emissions (excluding generation of grid-supplied energy)",
  "Emissions occurring outside city boundary (metric tonnes CO2e) for Total Generation of grid supplied energy",
  "Emissions occurring outside city boundary (metric tonnes CO2e) for Total Emissions (excluding generation of grid-supplied energy)",
  "TOTAL Scope 1 Emissions (metric tonnes CO2e)",
  "TOTAL Scope 2 emissions (metric tonnes CO2e)",
  "TOTAL Scope 3 Emissions",
  "TOTAL BASIC Emissions (GPC)",
  "TOTAL BASIC+ Emissions (GPC)",
  "Change in emissions",
  "Primary reason for the change in emissions",
  "Land area (in square km)",
  "Population",
  "Population Year",
  "City Location",
  "Last update",
] as const;

function period(t: ReportedTotalsRecord): string {
  if (t.period.start || t.period.end) return `${t.period.start ?? ""} - ${t.period.end ?? ""}`;
  return t.year === null ? "" : `${t.year}-01-01 - ${t.year}-12-31`;
}

/** Writes city-year totals as a CDP-style CSV (one row per entry, in the order given; readable by the importer). */
export function cdpTotalsCsv(entries: readonly CdpTotalsEntry[]): string {
  const rows: CellValue[][] = entries.map(({ totals: t, country, region }) => [
    t.reportingYear,
    t.cdpAccount,
    t.jurisdictionName,
    t.jurisdictionName,
    country,
    region ?? null,
    "public",
    "Yes",
    period(t),
    null,
    t.boundary,
    t.protocol,
    t.protocolComment,
    t.gases.join(", "),
    t.generation.scope1,
    t.excludingGeneration.scope1,
    t.generation.scope2,
    t.excludingGeneration.scope2,
    t.generation.scope3,
    t.excludingGeneration.scope3,
    t.totals.scope1,
    t.totals.scope2,
    t.totals.scope3,
    t.totals.basic,
    t.totals.basicPlus,
    null,
    null,
    null,
    t.population,
    t.populationYear,
    null,
    null,
  ]);
  return toCsv(CDP_TOTALS_HEADER, rows);
}

/**
 * The totals of a calculated line inventory in CDP's terms: scope 1 split into the generation of grid-supplied
 * energy (GPC I.4.4) and the rest; scopes 2 and 3 have no generation part in the GPC.
 */
export function totalsFromCalculation(
  doc: InventoryDocument,
  result: CalcResult,
  info: { cdpAccount: number | null; name: string; file?: string },
): ReportedTotalsRecord {
  const generation = doc.lines.reduce(
    (s, line, i) => (line.gpc === "I.4.4" ? s + (result.lines[i]?.co2e ?? 0) : s),
    0,
  );
  const gases = new Set<string>();
  for (const l of result.lines) for (const g of Object.keys(l.gases)) if (l.co2e !== null) gases.add(g);
  const t = result.totals;
  return {
    kind: "reported-totals",
    cdpAccount: info.cdpAccount,
    jurisdictionName: info.name,
    year: doc.year ?? null,
    period: { start: null, end: null },
    reportingYear: null,
    totals: { scope1: t.scope1, scope2: t.scope2, scope3: t.scope3, basic: t.basic, basicPlus: t.basicPlus },
    generation: { scope1: generation, scope2: null, scope3: null },
    excludingGeneration: { scope1: t.scope1 - generation, scope2: t.scope2, scope3: t.scope3 },
    population: doc.population ?? null,
    populationYear: doc.population === undefined ? null : (doc.year ?? null),
    boundary: null,
    protocol: "Global Protocol for Community Greenhouse Gas Emissions Inventories (GPC)",
    protocolComment: null,
    gases: [...gases].sort(),
    provenance: { source: "localledger", file: info.file ?? "", line: 0 },
  };
}
