/**
 * Builds the demonstration network `src/db/seed/demo-network.json` from the real public data in `../shared/data`
 * (see `src/db/seed/README.md` for sources, selection rules and attribution).
 *
 *   npx tsx scripts/build-demo-network.ts
 *
 * Re-runnable and deterministic: the same inputs give the same file. Every inventory built is checked with the
 * calculation engine (no error-severity issues allowed); the Rio de Janeiro inventory is also checked against the
 * export's own "Total Emissions" column. Data problems met on the way are counted and printed, never fatal.
 * The shared data folder can be moved with the environment variable LL_SHARED_DATA.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { calculate } from "../src/core/calculate.ts";
import type { InventoryDocument, InventoryLine } from "../src/core/document.ts";
import type { GwpSet } from "../src/core/gases.ts";
import { gpcRow } from "../src/core/gpc/catalogue.ts";
import { implausibleArea } from "../src/io/cdp-citywide.importer.ts";
import { CDP_NO_TARGET, CDP_TARGET_TYPES, targetScope, targetSectors } from "../src/io/cdp-target-mapping.ts";
import { importCityCatalyst } from "../src/io/citycatalyst.importer.ts";
import { countryIso } from "../src/io/country-iso.ts";

// ---------------------------------------------------------------------------------------------------------------
// Paths and output types
// ---------------------------------------------------------------------------------------------------------------

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const DATA = resolve(process.env.LL_SHARED_DATA ?? resolve(ROOT, "../shared/data"));
const OUT = resolve(ROOT, "src/db/seed/demo-network.json");

const FILES = {
  cdpEmissions: "cdp/2021_City-wide_Emissions.csv",
  cdpTargets: "cdp/2021_Cities_Emissions_Reduction_Targets.csv",
  c40: "c40/clean_c40.csv",
  rio: "citycatalyst/inventory-BR RIO-2022.csv",
} as const;

const JURISDICTION_COUNT = 40;

type JurisdictionType =
  | "city"
  | "town"
  | "municipality"
  | "metropolitan-area"
  | "county"
  | "province"
  | "region";

interface SeriesPoint {
  year: number;
  value: number;
}

interface Jurisdiction {
  key: string;
  name: string;
  type: JurisdictionType;
  country: string;
  locode: string | null;
  cdpAccount: number | null;
  region: string | null;
  parentKey: string | null;
  tags: string[];
  population: SeriesPoint[];
  gdp: SeriesPoint[];
  area: SeriesPoint[];
}

interface Inventory {
  jurisdictionKey: string;
  year: number;
  kind: "community";
  boundary: string | null;
  gwp: GwpSet;
  population: number | null;
  lines: InventoryLine[];
}

type TargetType =
  | "base-year-absolute"
  | "base-year-intensity"
  | "fixed-level"
  | "baseline-scenario"
  | "renewable-energy-share"
  | "resource-efficiency";

interface Target {
  jurisdictionKey: string;
  type: TargetType;
  scope: "community" | "government";
  sectors: string[];
  baseYear: number | null;
  baseValue: number | null;
  targetYear: number;
  reductionPercent: number | null;
  targetValue: number | null;
  bauValue: number | null;
  description: string | null;
}

interface DemoNetwork {
  attribution: string;
  sources: string[];
  jurisdictions: Jurisdiction[];
  inventories: Inventory[];
  targets: Target[];
  /** No real action data exists in the shared data: always empty (nothing is invented). */
  actions: never[];
  /** No real risk data exists in the shared data: always empty (nothing is invented). */
  risks: never[];
}

// ---------------------------------------------------------------------------------------------------------------
// Problem log: every data problem is counted (with a few examples), printed and never fatal
// ---------------------------------------------------------------------------------------------------------------

const problems = new Map<string, { count: number; examples: string[] }>();

function problem(kind: string, example: string): void {
  const entry = problems.get(kind) ?? { count: 0, examples: [] };
  entry.count++;
  if (entry.examples.length < 3) entry.examples.push(example);
  problems.set(kind, entry);
}

// ---------------------------------------------------------------------------------------------------------------
// CSV and cell parsing
// ---------------------------------------------------------------------------------------------------------------

type Row = Record<string, string>;

function readCsv(relativePath: string): Row[] {
  const text = readFileSync(resolve(DATA, relativePath), "utf8");
  const parsed: unknown = parse(text, {
    columns: true,
    bom: true,
    skip_empty_lines: true,
    relax_column_count: true,
  });
  if (!Array.isArray(parsed)) throw new Error(`${relativePath}: not a table`);
  return parsed.map((r: unknown) => {
    const row: Row = {};
    if (typeof r === "object" && r !== null) {
      for (const [k, v] of Object.entries(r)) row[k] = typeof v === "string" ? v : String(v ?? "");
    }
    return row;
  });
}

function cell(row: Row, column: string): string {
  return (row[column] ?? "").trim();
}

/** Cells meaning "no value" in these files. */
const BLANKS = new Set(["", "NA", "N/A", "nan", "NaN"]);

/** A numeric cell, or null when blank; text in a number cell ("Do not know" …) is logged and becomes null. */
function num(row: Row, column: string, context: string): number | null {
  const raw = cell(row, column);
  if (BLANKS.has(raw)) return null;
  const value = Number(raw.replace(/,/g, ""));
  if (!Number.isFinite(value)) {
    problem(`non-numeric cell in "${column}" (became null)`, `${context}: ${JSON.stringify(raw)}`);
    return null;
  }
  return value;
}

/** A year cell: an integer in 1900–2100, else null (logged unless blank). */
function year(row: Row, column: string, context: string): number | null {
  const value = num(row, column, context);
  if (value === null) return null;
  if (!Number.isInteger(value) || value < 1900 || value > 2100) {
    problem(`implausible year in "${column}" (became null)`, `${context}: ${value}`);
    return null;
  }
  return value;
}

function text(row: Row, column: string): string | null {
  const raw = cell(row, column);
  return BLANKS.has(raw) ? null : raw;
}

function normalizeName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

function slug(name: string): string {
  return normalizeName(name).replace(/ /g, "-");
}

function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

// ---------------------------------------------------------------------------------------------------------------
// Country names (CDP and C40 spellings) to ISO 3166-1 alpha-2
// ---------------------------------------------------------------------------------------------------------------


function iso(country: string, context: string): string | null {
  const code = countryIso(country);
  if (!code) problem("country name not in the ISO table (city not used)", `${context}: ${country}`);
  return code ?? null;
}

// ---------------------------------------------------------------------------------------------------------------
// CDP 2021 city-wide emissions: candidate jurisdictions
// ---------------------------------------------------------------------------------------------------------------

interface CdpCity {
  account: number;
  name: string;
  organization: string;
  country: string;
  region: string;
  boundary: string;
  inventory: string;
  protocol: string;
  population: SeriesPoint | null;
  area: number | null;
}

/** Countries whose "Province / County" governments are counties rather than provinces. */
const COUNTY_COUNTRIES = new Set(["US", "GB", "IE", "SE", "NO", "DK", "KE", "HR", "LT", "TW"]);

function jurisdictionType(boundary: string, country: string): JurisdictionType {
  const b = boundary.toLowerCase();
  if (b.startsWith("metropolitan area")) return "metropolitan-area";
  if (b.startsWith("province / county")) return COUNTY_COUNTRIES.has(country) ? "county" : "province";
  if (b.includes("region")) return "region";
  if (b.includes("intercommunality") || b.includes("intermunicipal") || b.includes("sub-municipal"))
    return "municipality";
  return "city";
}

function readCdpCities(): CdpCity[] {
  const cities: CdpCity[] = [];
  const seen = new Set<number>();
  for (const row of readCsv(FILES.cdpEmissions)) {
    const account = num(row, "Account Number", "CDP emissions");
    const organization = cell(row, "Organization");
    const context = `CDP ${account ?? "?"} ${organization}`;
    if (account === null || !Number.isInteger(account)) {
      problem("CDP row without a usable account number (skipped)", context);
      continue;
    }
    if (seen.has(account)) {
      problem("duplicate CDP account in the emissions file (first kept)", context);
      continue;
    }
    seen.add(account);
    const country = iso(cell(row, "Country"), context);
    if (!country) continue;
    const population = num(row, "Population", context);
    const populationYear = num(row, "Population Year", context);
    let point: SeriesPoint | null = null;
    if (population !== null && population > 0) {
      if (populationYear !== null && Number.isInteger(populationYear) && populationYear >= 1900) {
        point = { year: populationYear, value: population };
      } else {
        problem("CDP population without a valid population year (population not used)", context);
      }
    }
    let area = num(row, "Land area (in square km)", context);
    if (area !== null && point !== null && implausibleArea(point.value, area, cell(row, "Administrative city boundary"))) {
      // A unit slip (hectares, a thousands separator read as a decimal point …): the area is left out, not guessed.
      problem(
        "implausible land area for the population (area left out)",
        `${context}: ${area} km2, ${point.value} people (${Math.round(point.value / area)}/km2)`,
      );
      area = null;
    }
    cities.push({
      account,
      name: cell(row, "City") || organization,
      organization,
      country,
      region: cell(row, "CDP Region"),
      boundary: cell(row, "Administrative city boundary"),
      inventory: cell(row, "City-wide emissions inventory"),
      protocol: cell(row, "Primary Protocol"),
      population: point,
      area: area !== null && area > 0 ? area : null,
    });
  }
  return cities;
}

// ---------------------------------------------------------------------------------------------------------------
// CDP 2021 reduction targets
// ---------------------------------------------------------------------------------------------------------------

const TARGET_TYPES = CDP_TARGET_TYPES;

const NO_TARGET = new Set(["", "NA", CDP_NO_TARGET]);

const DESCRIPTION_MAX = 600;

function clip(s: string): string {
  return s.length > DESCRIPTION_MAX ? `${s.slice(0, DESCRIPTION_MAX - 1).trimEnd()}…` : s;
}

/** Target rows skipped per CDP account (so the selected jurisdictions' losses can be reported). */
const skippedTargets = new Map<number, number>();

function readTargets(): Map<number, Omit<Target, "jurisdictionKey">[]> {
  const byAccount = new Map<number, Omit<Target, "jurisdictionKey">[]>();
  for (const row of readCsv(FILES.cdpTargets)) {
    const account = num(row, "Account.Number", "CDP targets");
    const context = `CDP target ${account ?? "?"} ${cell(row, "Organization")}`;
    if (account === null) {
      problem("target row without account number (skipped)", context);
      continue;
    }
    const rawType = cell(row, "Type.of.target");
    if (NO_TARGET.has(rawType)) continue;
    const type = TARGET_TYPES[rawType];
    if (!type) {
      problem("unknown target type (row skipped)", `${context}: ${rawType}`);
      skippedTargets.set(account, (skippedTargets.get(account) ?? 0) + 1);
      continue;
    }
    const targetYear = year(row, "Target.year", context);
    if (targetYear === null) {
      problem("target without a target year (row skipped: target year is required)", context);
      skippedTargets.set(account, (skippedTargets.get(account) ?? 0) + 1);
      continue;
    }
    const sector = text(row, "Sector");
    const { sectors, note } = targetSectors(sector);
    const parts: string[] = [];
    const description = text(row, "Target.description");
    if (description) parts.push(clip(description));
    if (note) parts.push(note);
    if (type === "base-year-intensity") {
      const unit = text(row, "Intensity.unit..Emissions.per.");
      const intensity = num(
        row,
        "Base.year.emissions.per.intensity.unit..metric.tonnes.CO2e.per.denominator.",
        context,
      );
      if (unit || intensity !== null)
        parts.push(`Base-year intensity: ${intensity ?? "not given"} (${unit ?? "unit not given"})`);
    }
    const achieved = num(row, "Percentage.of.target.achieved.so.far", context);
    if (achieved !== null) parts.push(`Reported as ${achieved}% achieved in 2021.`);
    const baseYear = year(row, "Base.year", context);
    const baseValue = num(row, "Base.year.emissions..metric.tonnes.CO2e.", context);
    const reductionPercent = num(row, "Percentage.reduction.target", context);
    if (reductionPercent !== null && (reductionPercent < 0 || reductionPercent > 100))
      problem("reduction percentage outside 0–100 (kept as reported)", `${context}: ${reductionPercent}`);
    if (baseYear !== null && baseYear > targetYear)
      problem("base year after target year (kept as reported)", `${context}: ${baseYear} > ${targetYear}`);
    const target: Omit<Target, "jurisdictionKey"> = {
      type,
      scope: targetScope(sector),
      sectors,
      baseYear,
      baseValue,
      targetYear,
      reductionPercent,
      targetValue: num(row, "Target.year.absolute.emissions..metric.tonnes.CO2e.", context),
      bauValue: num(
        row,
        "Estimated.business.as.usual.absolute.emissions.in.target.year..metric.tonnes.CO2e.",
        context,
      ),
      description: parts.length > 0 ? parts.join(" — ") : null,
    };
    const list = byAccount.get(account) ?? [];
    list.push(target);
    byAccount.set(account, list);
  }
  return byAccount;
}

// ---------------------------------------------------------------------------------------------------------------
// C40 GPC inventories and time series
// ---------------------------------------------------------------------------------------------------------------

/** C40 city-years with the richest sub-sector data in their region (most GPC rows for one year). */
const C40_PICKS: ReadonlyArray<{ city: string; year: number }> = [
  { city: "Ciudad de México", year: 2018 },
  { city: "London", year: 2018 },
  { city: "Los Angeles", year: 2020 },
  { city: "Tokyo", year: 2016 },
];

/** C40 city names that differ from the CDP name of the same government (normalised). */
const C40_NAME_ALIASES: Record<string, string> = { "ciudad de mexico": "mexico city" };

interface C40City {
  name: string;
  country: string;
  region: string;
  /** year → boundary description */
  boundaries: Map<number, string>;
  /** year → gpc_refno → kg CO2e */
  emissions: Map<number, Map<string, number>>;
  population: Map<number, number>;
  gdp: Map<number, number>;
  area: Map<number, number>;
}

function readC40(): Map<string, C40City> {
  const cities = new Map<string, C40City>();
  for (const row of readCsv(FILES.c40)) {
    const name = cell(row, "City");
    const context = `C40 ${name} ${cell(row, "Year_calendar")} ${cell(row, "gpc_refno")}`;
    const y = year(row, "Year_calendar", context);
    if (!name || y === null) continue;
    let city = cities.get(name);
    if (!city) {
      const country = iso(cell(row, "Country"), context);
      if (!country) continue;
      city = {
        name,
        country,
        region: cell(row, "Region"),
        boundaries: new Map(),
        emissions: new Map(),
        population: new Map(),
        gdp: new Map(),
        area: new Map(),
      };
      cities.set(name, city);
    }
    city.boundaries.set(y, cell(row, "Boundary").replace(/\s+/g, " "));
    const ref = cell(row, "gpc_refno");
    const kg = num(row, "emissions", context);
    const units = cell(row, "units");
    const gas = cell(row, "gas");
    if (ref && kg !== null) {
      if (units !== "kg" || gas !== "CO2e") {
        problem("C40 emission row not in kg CO2e (skipped)", `${context}: ${units} ${gas}`);
      } else {
        const byRef = city.emissions.get(y) ?? new Map<string, number>();
        const prior = byRef.get(ref);
        // Each emission row is repeated once per variable (Population, GDP, Area): equal repeats are one value.
        if (prior !== undefined && prior !== kg)
          problem("C40 city-year-row with two different emission values (first kept)", context);
        if (prior === undefined) byRef.set(ref, kg);
        city.emissions.set(y, byRef);
      }
    }
    const variable = cell(row, "Variable_name");
    const value = num(row, "Variable_value", context);
    if (value !== null && value > 0) {
      const series =
        variable === "Population"
          ? city.population
          : variable === "GDP"
            ? city.gdp
            : variable === "Area"
              ? city.area
              : null;
      series?.set(y, value);
    }
  }
  return cities;
}

function seriesOf(map: Map<number, number>, decimals: number): SeriesPoint[] {
  return [...map.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([y, value]) => ({ year: y, value: round(value, decimals) }));
}

function c40Inventory(city: C40City, y: number, key: string): Inventory {
  const byRef = city.emissions.get(y) ?? new Map<string, number>();
  const lines: InventoryLine[] = [];
  for (const [ref, kg] of byRef) {
    if (!gpcRow(ref)) {
      problem("C40 row with a reference that is not a GPC 1.1 row (skipped)", `${city.name} ${y} ${ref}`);
      continue;
    }
    lines.push({
      gpc: ref,
      emissions: { CO2e: { value: round(kg, 3), unit: "kg" } },
      source: "C40 Cities open GPC inventory data (CityCatalyst-global-data clean_c40.csv)",
    });
  }
  return {
    jurisdictionKey: key,
    year: y,
    kind: "community",
    boundary: city.boundaries.get(y) ?? null,
    // C40's open data gives CO2e only; the GWP set does not change these lines (set to the GPC-usual AR5).
    gwp: "AR5",
    population: city.population.get(y) ?? null,
    lines,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Rio de Janeiro 2022 (CityCatalyst export)
// ---------------------------------------------------------------------------------------------------------------

const RIO_GWP: GwpSet = "AR5";

interface RioBuild {
  lines: InventoryLine[];
  /** Sum of the export's "Total Emissions" (t CO2e) over the rows turned into emission lines. */
  fileTotal: number;
  counts: Record<string, number>;
}

/** The Rio de Janeiro inventory through the CityCatalyst importer (`src/io/citycatalyst.importer.ts`). */
async function buildRio(): Promise<RioBuild> {
  const imported = await importCityCatalyst(resolve(DATA, FILES.rio), { gwp: RIO_GWP });
  for (const p of imported.report.problems) problem(`Rio: ${p.code}`, `line ${p.line}: ${p.message}`);
  const fileTotal = imported.fileTotals.reduce<number>((s, t) => s + (t ?? 0), 0);
  return { lines: imported.document.lines, fileTotal, counts: imported.report.counts };
}

// ---------------------------------------------------------------------------------------------------------------
// Selection of the 40 CDP jurisdictions
// ---------------------------------------------------------------------------------------------------------------

/** How many cities per CDP region (sums to 40; a short region's places go to the best remaining cities). */
const REGION_QUOTAS: Record<string, number> = {
  "North America": 6,
  Europe: 7,
  "Latin America": 7,
  "East Asia": 5,
  "Southeast Asia and Oceania": 5,
  Africa: 5,
  "South and West Asia": 3,
  "Middle East": 2,
};

function richness(city: CdpCity, targetCount: number): number {
  let score = Math.min(targetCount, 3);
  if (city.inventory === "Yes") score += 3;
  if (city.protocol.startsWith("Global Protocol for Community")) score += 2;
  if (city.area !== null) score += 1;
  return score;
}

function selectCities(
  candidates: CdpCity[],
  targets: Map<number, unknown[]>,
  forced: ReadonlySet<number>,
): CdpCity[] {
  const rank = (a: CdpCity, b: CdpCity) =>
    richness(b, targets.get(b.account)?.length ?? 0) - richness(a, targets.get(a.account)?.length ?? 0) ||
    (b.population?.value ?? 0) - (a.population?.value ?? 0) ||
    a.account - b.account;
  const eligible = candidates
    .filter((c) => c.population !== null && (targets.get(c.account)?.length ?? 0) > 0)
    .sort(rank);
  const chosen = new Map<number, CdpCity>();
  for (const c of candidates) if (forced.has(c.account)) chosen.set(c.account, c);
  const countries = new Set([...chosen.values()].map((c) => c.country));
  const inRegion = (region: string) => [...chosen.values()].filter((c) => c.region === region).length;
  // Per region, first one city per country not yet represented, then the next best cities.
  for (const [region, quota] of Object.entries(REGION_QUOTAS)) {
    const pool = eligible.filter((c) => c.region === region && !chosen.has(c.account));
    for (const c of pool) {
      if (inRegion(region) >= quota) break;
      if (countries.has(c.country)) continue;
      chosen.set(c.account, c);
      countries.add(c.country);
    }
    for (const c of pool) {
      if (inRegion(region) >= quota) break;
      if (!chosen.has(c.account)) chosen.set(c.account, c);
    }
  }
  for (const c of eligible) {
    if (chosen.size >= JURISDICTION_COUNT) break;
    if (!chosen.has(c.account)) chosen.set(c.account, c);
  }
  return [...chosen.values()];
}

// ---------------------------------------------------------------------------------------------------------------
// Engine checks
// ---------------------------------------------------------------------------------------------------------------

function fmt(t: number): string {
  return Math.round(t).toLocaleString("en-US");
}

/** Calculates an inventory; prints its totals and issue counts; returns the engine's sum of all lines (tCO2e). */
function check(label: string, inv: Inventory): { errors: number; sumOfLines: number } {
  const doc: InventoryDocument = {
    jurisdiction: inv.jurisdictionKey,
    year: inv.year,
    gwp: inv.gwp,
    lines: inv.lines,
    ...(inv.population !== null ? { population: inv.population } : {}),
  };
  const result = calculate(doc);
  const errors = result.issues.filter((i) => i.severity === "error");
  const bySeverity = new Map<string, number>();
  for (const i of result.issues)
    bySeverity.set(`${i.severity}:${i.code}`, (bySeverity.get(`${i.severity}:${i.code}`) ?? 0) + 1);
  const t = result.totals;
  const sumOfLines = result.lines.reduce((s, l) => s + (l.co2e ?? 0), 0);
  console.log(
    `  ${label} ${inv.year} (${inv.lines.length} lines, ${inv.gwp}): BASIC ${fmt(t.basic)} t, BASIC+ ${fmt(t.basicPlus)} t, ` +
      `territorial ${fmt(t.territorial)} t, all lines ${fmt(sumOfLines)} tCO2e` +
      (t.perCapita ? `, ${t.perCapita.basic.toFixed(2)} t/cap BASIC` : ""),
  );
  console.log(`    issues: ${[...bySeverity.entries()].map(([k, n]) => `${k}×${n}`).join(", ") || "none"}`);
  for (const e of errors) console.log(`    ERROR line ${e.line} ${e.gpc}: ${e.message}`);
  return { errors: errors.length, sumOfLines };
}

// ---------------------------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------------------------

const ATTRIBUTION =
  "This data was collected in partnership by CDP and ICLEI - Local Governments for Sustainability. " +
  "Jurisdictions, populations, land areas and emission reduction targets: CDP-ICLEI Unified Reporting System, " +
  "2021 city responses (CDP open data portal, via the Open-Earth-Foundation/OpenClimate repository); the data is " +
  "self-reported and mostly not verified. GPC inventories of Mexico City, London, Los Angeles and Tokyo, and " +
  "population, GDP and area series of C40 cities: C40 Cities Climate Leadership Group open GPC inventory data " +
  "(via Open-Earth-Foundation/CityCatalyst-global-data). Rio de Janeiro 2022 inventory: CityCatalyst " +
  "(Open Earth Foundation) inventory export, with its own data sources named on each line.";

const SOURCES = [
  "CDP open data portal, 2021 City-wide Emissions (https://data.cdp.net), as kept in https://github.com/Open-Earth-Foundation/OpenClimate harmonize/data/raw/2021_City-wide_Emissions.csv",
  "CDP open data portal, 2021 Cities Emissions Reduction Targets (https://data.cdp.net), as kept in https://github.com/Open-Earth-Foundation/OpenClimate harmonize/data/raw/2021_Cities_Emissions_Reduction_Targets.csv",
  "C40 Cities open GPC inventory data, as kept in https://github.com/Open-Earth-Foundation/CityCatalyst-global-data data_validation/clean_c40.csv",
  "CityCatalyst inventory export for Rio de Janeiro (BR RIO) 2022, https://github.com/Open-Earth-Foundation/CityCatalyst hiap/app/cap_off_app/data/ghgi_exports/inventory-BR RIO-2022.csv",
];

const RIO_ACCOUNT_HINT = { name: "rio de janeiro", country: "BR", locode: "BR RIO" };

async function main(): Promise<void> {
  console.log(`Reading ${DATA}`);
  const cdp = readCdpCities();
  const targetsByAccount = readTargets();
  const c40 = readC40();
  console.log(
    `  CDP 2021 emissions: ${cdp.length} usable cities; targets for ${targetsByAccount.size} accounts`,
  );
  console.log(`  C40: ${c40.size} cities`);

  const cdpMatch = (name: string, country: string): CdpCity | undefined => {
    const n = normalizeName(name);
    const wanted = C40_NAME_ALIASES[n] ?? n;
    return cdp
      .filter(
        (c) =>
          c.country === country &&
          (normalizeName(c.name) === wanted || normalizeName(c.organization) === wanted),
      )
      .sort((a, b) => (b.population?.value ?? 0) - (a.population?.value ?? 0))[0];
  };

  // Cities that must be in the network: Rio de Janeiro and the C40 inventory cities, where CDP has them.
  const forced = new Set<number>();
  const rioCdp = cdpMatch(RIO_ACCOUNT_HINT.name, RIO_ACCOUNT_HINT.country);
  if (rioCdp) forced.add(rioCdp.account);
  const c40Matches = new Map<string, CdpCity | undefined>();
  for (const pick of C40_PICKS) {
    const city = c40.get(pick.city);
    if (!city) throw new Error(`C40 city ${pick.city} not found in ${FILES.c40}`);
    const match = cdpMatch(city.name, city.country);
    c40Matches.set(pick.city, match);
    if (match) forced.add(match.account);
  }

  const selected = selectCities(cdp, targetsByAccount, forced);
  const jurisdictions: Jurisdiction[] = selected.map((c) => ({
    key: `cdp-${c.account}`,
    name: c.name,
    type: jurisdictionType(c.boundary, c.country),
    country: c.country,
    locode: null,
    cdpAccount: c.account,
    region: c.region || null,
    parentKey: null,
    tags: ["cdp-2021"],
    population: c.population ? [c.population] : [],
    gdp: [],
    // CDP gives the land area without a year: it is dated to the reporting year (2021).
    area: c.area !== null ? [{ year: 2021, value: c.area }] : [],
  }));
  const byKey = new Map(jurisdictions.map((j) => [j.key, j]));

  /** Adds C40 series to a jurisdiction; a year CDP already gives keeps CDP's value (differences are logged). */
  const mergeC40 = (j: Jurisdiction, city: C40City) => {
    if (!j.tags.includes("c40")) j.tags.push("c40");
    const merge = (into: SeriesPoint[], from: SeriesPoint[], what: string) => {
      for (const p of from) {
        const have = into.find((q) => q.year === p.year);
        if (!have) into.push(p);
        else if (Math.abs(have.value - p.value) > Math.abs(have.value) * 0.005)
          problem(
            `CDP and C40 ${what} differ for the same year (CDP kept)`,
            `${j.name} ${p.year}: ${have.value} vs ${p.value}`,
          );
      }
      into.sort((a, b) => a.year - b.year);
    };
    merge(j.population, seriesOf(city.population, 0), "population");
    merge(j.gdp, seriesOf(city.gdp, 0), "GDP");
    merge(j.area, seriesOf(city.area, 2), "area");
  };

  // Rio de Janeiro: the CDP city if present, else a jurisdiction of its own.
  let rio = rioCdp ? byKey.get(`cdp-${rioCdp.account}`) : undefined;
  if (!rio) {
    rio = {
      key: "br-rio",
      name: "Rio de Janeiro",
      type: "city",
      country: "BR",
      locode: null,
      cdpAccount: null,
      region: "Latin America",
      parentKey: null,
      tags: [],
      population: [],
      gdp: [],
      area: [],
    };
    jurisdictions.push(rio);
    byKey.set(rio.key, rio);
  }
  rio.locode = RIO_ACCOUNT_HINT.locode;
  const rioC40 = c40.get("Rio de Janeiro");
  if (rioC40 && rioC40.country === "BR") mergeC40(rio, rioC40);

  // C40 inventories.
  const inventories: Inventory[] = [];
  for (const pick of C40_PICKS) {
    const city = c40.get(pick.city) as C40City;
    const match = c40Matches.get(pick.city);
    let j = match ? byKey.get(`cdp-${match.account}`) : undefined;
    if (!j) {
      j = {
        key: `c40-${slug(city.name)}`,
        name: city.name,
        type: "city",
        country: city.country,
        locode: null,
        cdpAccount: null,
        region: city.region || null,
        parentKey: null,
        tags: [],
        population: [],
        gdp: [],
        area: [],
      };
      jurisdictions.push(j);
      byKey.set(j.key, j);
    }
    mergeC40(j, city);
    if (!j.tags.includes("gpc-inventory")) j.tags.push("gpc-inventory");
    inventories.push(c40Inventory(city, pick.year, j.key));
  }

  // Rio de Janeiro 2022.
  const rioBuild = await buildRio();
  if (!rio.tags.includes("gpc-inventory")) rio.tags.push("gpc-inventory");
  rio.tags.push("citycatalyst");
  const rioPopulation2022 = rio.population.find((p) => p.year === 2022)?.value ?? null;
  inventories.unshift({
    jurisdictionKey: rio.key,
    year: 2022,
    kind: "community",
    boundary: null,
    gwp: RIO_GWP,
    population: rioPopulation2022,
    lines: rioBuild.lines,
  });

  // Targets of the selected jurisdictions.
  const targets: Target[] = [];
  let skippedForSelected = 0;
  for (const j of jurisdictions) {
    if (j.cdpAccount === null) continue;
    skippedForSelected += skippedTargets.get(j.cdpAccount) ?? 0;
    const list = targetsByAccount.get(j.cdpAccount) ?? [];
    if (list.length > 0 && !j.tags.includes("has-targets")) j.tags.push("has-targets");
    for (const t of list) targets.push({ jurisdictionKey: j.key, ...t });
  }

  // Checks with the engine.
  console.log("\nInventories, calculated with src/core/calculate.ts:");
  let errorCount = 0;
  for (const inv of inventories) {
    const name = byKey.get(inv.jurisdictionKey)?.name ?? inv.jurisdictionKey;
    const { errors, sumOfLines } = check(name, inv);
    errorCount += errors;
    if (inv.jurisdictionKey === rio.key) {
      const diff = Math.abs(sumOfLines - rioBuild.fileTotal) / Math.abs(rioBuild.fileTotal);
      console.log(
        `    Rio check: file "Total Emissions" over the ${rioBuild.counts.emissionLines ?? 0} rows counted = ` +
          `${rioBuild.fileTotal.toFixed(3)} t; engine = ${sumOfLines.toFixed(3)} t; difference ${(diff * 100).toFixed(5)}%`,
      );
      console.log(`    Rio rows: ${JSON.stringify(rioBuild.counts)}`);
      if (!(diff <= 0.001)) {
        console.error("    Rio check FAILED (more than 0.1% apart)");
        errorCount++;
      }
    }
  }

  const network: DemoNetwork = {
    attribution: ATTRIBUTION,
    sources: SOURCES,
    jurisdictions: jurisdictions.sort((a, b) => a.key.localeCompare(b.key)),
    inventories,
    targets,
    actions: [],
    risks: [],
  };

  const regions = new Map<string, number>();
  for (const j of jurisdictions) regions.set(j.region ?? "?", (regions.get(j.region ?? "?") ?? 0) + 1);
  console.log(
    `\n${jurisdictions.length} jurisdictions in ${new Set(jurisdictions.map((j) => j.country)).size} countries ` +
      `(${[...regions.entries()].map(([r, n]) => `${r} ${n}`).join(", ")}); ${inventories.length} inventories ` +
      `(${inventories.reduce((s, i) => s + i.lines.length, 0)} lines); ${targets.length} targets ` +
      `(${skippedForSelected} target rows of these cities skipped, see below); 0 actions; 0 risks`,
  );
  console.log("\nData problems (counted, handled as described):");
  for (const [kind, { count, examples }] of [...problems.entries()].sort()) {
    console.log(`  ${count}× ${kind}  e.g. ${examples.join(" | ")}`);
  }

  if (errorCount > 0) {
    console.error(`\n${errorCount} error(s) in the inventories: ${OUT} not written`);
    process.exitCode = 1;
    return;
  }
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, `${JSON.stringify(network, null, 2)}\n`);
  // Format with the project's formatter so that `npm run lint` accepts the file as written.
  const fmtRun = spawnSync(process.execPath, ["scripts/biome.mjs", "format", "--write", OUT], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (fmtRun.status !== 0) console.warn(`biome format did not run cleanly:\n${fmtRun.stderr}`);
  const size = readFileSync(OUT).length;
  console.log(`\nWrote ${OUT} (${(size / 1024).toFixed(0)} KiB)`);
}

await main();
