/** The directory's state in the URL (shareable), split into what the API filters and what the page sorts. */
import { SIZE_CLASSES, sizeClassOf } from "../../../../src/core/analytics/size-class.ts";
import type { Jurisdiction, JurisdictionQuery, JurisdictionType } from "../../api/client.ts";
import { latest } from "../../format/series.ts";

/** Population size classes (the analytics' own), and `unknown` for no population. */
export const SIZE_IDS = [...SIZE_CLASSES.map((c) => c.id), "unknown"] as const;
export { SIZE_CLASSES };

/** Reporting status: has a published inventory, or not. */
export const REPORTING = ["reporting", "not-reporting"] as const;
export type Reporting = (typeof REPORTING)[number];

/** The kinds of jurisdiction, in the API's order (checked against the generated types). */
export const JURISDICTION_TYPES = [
  "city",
  "town",
  "municipality",
  "metropolitan-area",
  "county",
  "province",
  "region",
] as const satisfies readonly JurisdictionType[];

export const SORT_KEYS = ["name", "country", "region", "type", "population"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = "asc" | "desc";

/** Everything the directory's address says. */
export interface DirectoryState {
  q: string;
  country: string;
  type: JurisdictionType | "";
  tag: string;
  region: string;
  /** A size class id (SIZE_IDS) or "" for every size. */
  size: string;
  reporting: Reporting | "";
  sort: SortKey;
  dir: SortDirection;
}

const COUNTRY = /^[A-Za-z]{2}$/;

/** Reads the directory state from URL search parameters, ignoring values that are not valid. */
export function readDirectoryState(params: URLSearchParams): DirectoryState {
  const type = params.get("type") ?? "";
  const sort = params.get("sort") ?? "";
  return {
    q: params.get("q") ?? "",
    country: params.get("country") ?? "",
    type: (JURISDICTION_TYPES as readonly string[]).includes(type) ? (type as JurisdictionType) : "",
    tag: params.get("tag") ?? "",
    region: params.get("region") ?? "",
    size: (SIZE_IDS as readonly string[]).includes(params.get("size") ?? "")
      ? (params.get("size") ?? "")
      : "",
    reporting: (REPORTING as readonly string[]).includes(params.get("reporting") ?? "")
      ? (params.get("reporting") as Reporting)
      : "",
    sort: (SORT_KEYS as readonly string[]).includes(sort) ? (sort as SortKey) : "name",
    dir: params.get("dir") === "desc" ? "desc" : "asc",
  };
}

/** Writes the state as search parameters, leaving out defaults so addresses stay short. */
export function writeDirectoryState(state: DirectoryState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  if (state.country) params.set("country", state.country);
  if (state.type) params.set("type", state.type);
  if (state.tag) params.set("tag", state.tag);
  if (state.region) params.set("region", state.region);
  if (state.size) params.set("size", state.size);
  if (state.reporting) params.set("reporting", state.reporting);
  if (state.sort !== "name") params.set("sort", state.sort);
  if (state.dir !== "asc") params.set("dir", state.dir);
  return params;
}

/** Whether a typed country is a usable ISO code (empty means no filter). */
export function isCountryCode(value: string): boolean {
  return value === "" || COUNTRY.test(value);
}

/** The filters the API applies (an invalid country is left out rather than sent). */
export function apiQuery(state: DirectoryState, limit: number): JurisdictionQuery {
  const query: JurisdictionQuery = { limit };
  const q = state.q.trim();
  if (q) query.q = q;
  if (state.country && isCountryCode(state.country)) query.country = state.country.toUpperCase();
  if (state.type) query.type = state.type;
  const tag = state.tag.trim().toLowerCase();
  if (tag) query.tag = tag;
  return query;
}

function sortValue(j: Jurisdiction, key: SortKey): string | number | null {
  switch (key) {
    case "name":
      return j.name;
    case "country":
      return j.country;
    case "region":
      return j.region;
    case "type":
      return j.type;
    case "population":
      return latest(j.population)?.value ?? null;
  }
}

/**
 * Filters the loaded rows by region, size class (latest population) and reporting status (`reporting`: the ids of
 * jurisdictions with a published inventory; null while unknown, which filters nothing), then sorts them; missing
 * values sort last either way.
 */
export function arrange(
  rows: readonly Jurisdiction[],
  state: DirectoryState,
  locale: string,
  reporting: ReadonlySet<string> | null = null,
): Jurisdiction[] {
  const collator = new Intl.Collator(locale, { sensitivity: "base", numeric: true });
  const sign = state.dir === "asc" ? 1 : -1;
  return rows
    .filter((j) => !state.region || j.region === state.region)
    .filter((j) => !state.size || sizeClassOf(latest(j.population)?.value) === state.size)
    .filter(
      (j) => !state.reporting || !reporting || reporting.has(j.id) === (state.reporting === "reporting"),
    )
    .slice()
    .sort((a, b) => {
      const x = sortValue(a, state.sort);
      const y = sortValue(b, state.sort);
      if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
      const order =
        typeof x === "number" && typeof y === "number" ? x - y : collator.compare(String(x), String(y));
      return order * sign || collator.compare(a.name, b.name);
    });
}
