/** Filters of network analytics: which jurisdictions' summaries a figure covers. */
import { sizeClassOf } from "../../core/analytics/size-class.ts";
import type { StoredSummary } from "../../db/repositories/analytics.repository.ts";

/** Region, ISO country, jurisdiction type, agenda tag and size class; each optional, all must hold. */
export interface NetworkFilter {
  region?: string | undefined;
  country?: string | undefined;
  type?: string | undefined;
  /** A tag of the jurisdiction (an agenda, programme or feature, e.g. `coastal`). */
  agenda?: string | undefined;
  sizeClass?: string | undefined;
}

const FIELDS = ["region", "country", "type", "agenda", "sizeClass"] as const;

/** A stable key of a filter, for memoising. */
export function filterKey(f: NetworkFilter): string {
  return FIELDS.map((k) => `${k}=${f[k] ?? ""}`).join("&");
}

/** Whether the filter keeps every jurisdiction (no field set). */
export function isWholeNetwork(f: NetworkFilter): boolean {
  return FIELDS.every((k) => !f[k]);
}

/** The filter in words for a report ("Region: Europe, agenda: coastal"), or null when it has none. */
export function describeFilter(f: NetworkFilter): string | null {
  const labels = {
    region: "Region",
    country: "Country",
    type: "Type",
    agenda: "Agenda",
    sizeClass: "Size class",
  };
  const parts = FIELDS.filter((k) => f[k]).map((k) => `${labels[k]}: ${f[k]}`);
  return parts.length > 0 ? parts.join(", ") : null;
}

/** The summaries a filter keeps. */
export function applyFilter(all: readonly StoredSummary[], f: NetworkFilter): StoredSummary[] {
  return all.filter(({ summary: s, profile: p }) => {
    if (f.region && s.region !== f.region) return false;
    if (f.country && s.country !== f.country) return false;
    if (f.type && s.type !== f.type) return false;
    if (f.agenda && !p.tags.includes(f.agenda)) return false;
    if (f.sizeClass && sizeClassOf(s.population) !== f.sizeClass) return false;
    return true;
  });
}
