/**
 * The domain records importers produce and exporters read, shaped like the demonstration network's records
 * (`src/db/seed/demo-network.schema.ts`) so that one service can store both. Every record names the file line it
 * came from, for the import report.
 */
import type { InventoryDocument } from "../core/document.ts";

/** One value of a time series (population, GDP, area) in a year. */
export interface SeriesPoint {
  year: number;
  value: number;
}

/** Where a record came from: the data source and the file line (header = 1). */
export interface Provenance {
  source: "cdp" | "c40" | "citycatalyst" | "localledger";
  file: string;
  line: number;
}

/** A jurisdiction as a file describes it; matched to stored ones by CDP account, then LOCODE, then name + country. */
export interface JurisdictionRecord {
  name: string;
  /** ISO 3166-1 alpha-2, or null when the file's country name is not known (flagged). */
  country: string | null;
  countryName: string;
  cdpAccount: number | null;
  locode: string | null;
  region: string | null;
  /** How the file describes the government's boundary, e.g. "City / Municipality". */
  boundary: string | null;
  population: SeriesPoint[];
  gdp: SeriesPoint[];
  /** Land area in km2. */
  area: SeriesPoint[];
  provenance: Provenance;
}

/** Emissions per scope in tCO2e, null where the file gives none. */
export interface ScopeFigures {
  scope1: number | null;
  scope2: number | null;
  scope3: number | null;
}

/**
 * An inventory given only as totals (tCO2e), as in CDP's city-wide emissions: it takes part in analytics and
 * says that it has no lines.
 */
export interface ReportedTotalsRecord {
  kind: "reported-totals";
  cdpAccount: number | null;
  jurisdictionName: string;
  /** The inventory year (the calendar year holding most of the accounting period), null when unknown. */
  year: number | null;
  period: { start: string | null; end: string | null };
  reportingYear: number | null;
  totals: ScopeFigures & { basic: number | null; basicPlus: number | null };
  /** CRF split: emissions from the generation of grid-supplied energy, per scope. */
  generation: ScopeFigures;
  /** CRF split: all other emissions (excluding generation of grid-supplied energy), per scope. */
  excludingGeneration: ScopeFigures;
  population: number | null;
  populationYear: number | null;
  boundary: string | null;
  protocol: string | null;
  protocolComment: string | null;
  gases: string[];
  provenance: Provenance;
}

/** The target types of the GHG Protocol Mitigation Goal Standard (standards.md §4). */
export type TargetType = "base-year-absolute" | "base-year-intensity" | "fixed-level" | "baseline-scenario";

/** An emission reduction target. */
export interface TargetRecord {
  cdpAccount: number | null;
  jurisdictionName: string;
  type: TargetType;
  scope: "community" | "government";
  sectors: string[];
  baseYear: number | null;
  baseValue: number | null;
  /** Base-year emissions per intensity unit (intensity targets), with the unit as reported. */
  baseIntensity: { value: number | null; unit: string | null } | null;
  targetYear: number | null;
  reductionPercent: number | null;
  targetValue: number | null;
  bauValue: number | null;
  achievedPercent: number | null;
  description: string | null;
  provenance: Provenance;
}

/** A line inventory read from a file, for one jurisdiction and year. */
export interface InventoryRecord {
  jurisdictionName: string;
  country: string | null;
  locode: string | null;
  year: number;
  boundary: string | null;
  document: InventoryDocument;
  provenance: Provenance;
}
