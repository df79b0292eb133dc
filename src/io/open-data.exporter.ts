/**
 * Open data exports (CSV and JSON) of a network's published records: each record carries its version's content
 * hash (computed by the caller) and, where its data came from CDP, the attribution CDP's terms require.
 */
import { CDP_ATTRIBUTION } from "./cdp-citywide.importer.ts";
import { type CellValue, toCsv } from "./csv-write.ts";

/** A published record: what it is, whose, which year, its version's content hash and its data. */
export interface PublishedRecord {
  kind: "jurisdiction" | "inventory" | "reported-totals" | "target" | "action" | "risk";
  id: string;
  jurisdiction: string;
  country: string | null;
  year: number | null;
  version: number;
  /** The content hash of this version, as stored (e.g. `sha256:…`). */
  contentHash: string;
  /** Where the data came from: `cdp`, `c40`, `citycatalyst`, `localledger` … */
  source: string;
  /** Headline figures in tCO2e where the record has them. */
  figures?: { basic?: number | null; basicPlus?: number | null; territorial?: number | null };
  data: unknown;
}

/** The attribution a record must carry, or null when its source requires none. */
export function attributionFor(record: Pick<PublishedRecord, "source">): string | null {
  return record.source === "cdp" ? CDP_ATTRIBUTION : null;
}

/** The open-data CSV header. */
export const OPEN_DATA_HEADER = [
  "kind",
  "id",
  "jurisdiction",
  "country",
  "year",
  "version",
  "content_hash",
  "source",
  "attribution",
  "basic_tco2e",
  "basic_plus_tco2e",
  "territorial_tco2e",
  "data_json",
] as const;

/** Published records as CSV (one row each; the record's data as a JSON cell). */
export function openDataCsv(records: readonly PublishedRecord[]): string {
  const rows: CellValue[][] = records.map((r) => [
    r.kind,
    r.id,
    r.jurisdiction,
    r.country,
    r.year,
    r.version,
    r.contentHash,
    r.source,
    attributionFor(r),
    r.figures?.basic ?? null,
    r.figures?.basicPlus ?? null,
    r.figures?.territorial ?? null,
    JSON.stringify(r.data),
  ]);
  return toCsv(OPEN_DATA_HEADER, rows);
}

/** Published records as a JSON document: the attributions required, then every record with its own. */
export function openDataJson(records: readonly PublishedRecord[], generatedAt?: string): string {
  const attributions = [...new Set(records.map(attributionFor).filter((a): a is string => a !== null))];
  const body = {
    ...(generatedAt ? { generatedAt } : {}),
    attributions,
    records: records.map((r) => {
      const attribution = attributionFor(r);
      return { ...r, ...(attribution ? { attribution } : {}) };
    }),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
