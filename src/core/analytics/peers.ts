/**
 * "Cities like this one": an explainable similarity over six features of public data, each scored 0–1 and
 * weighted; the result names every feature compared, its score and why, so a reader can see what matched.
 */
import { chooseInventory } from "./emissions.ts";
import type { JurisdictionProfile } from "./profile.ts";
import { SIZE_CLASSES, sizeClassOf } from "./size-class.ts";
import type { JurisdictionSummary } from "./types.ts";

/** What a jurisdiction is compared on. */
export interface PeerFeatures {
  readonly id: string;
  readonly name: string;
  readonly sizeClass: string;
  readonly region: string | null;
  readonly country: string;
  readonly hazards: readonly string[];
  readonly tags: readonly string[];
  /** Share of each GPC sector in the latest published inventory's positive sector totals; null without one. */
  readonly sectorShares: Readonly<Record<string, number>> | null;
  /** BASIC tCO2e per inhabitant of the latest published inventory; null without inventory or population. */
  readonly basicPerCapita: number | null;
}

/** The features, in the order results list them. */
export const PEER_FEATURES = [
  "population-class",
  "region",
  "hazards",
  "tags",
  "sector-profile",
  "per-capita",
] as const;

/** One feature. */
export type PeerFeature = (typeof PEER_FEATURES)[number];

/** Weights of the features; they add up to 1. */
export const PEER_WEIGHTS: Readonly<Record<PeerFeature, number>> = {
  "population-class": 0.2,
  region: 0.15,
  hazards: 0.2,
  tags: 0.15,
  "sector-profile": 0.15,
  "per-capita": 0.15,
};

/** A feature's similarity counts as a match from this score up. */
export const MATCH_THRESHOLD = 0.5;

/** How similarity is scored, in words (the API and README quote it). */
export const PEER_RULE =
  "score = Σ weight × similarity over six features (a feature one side lacks data for scores 0): population " +
  "class 0.2 (same size class 1, adjacent 0.5), region 0.15 (same region 1, else same country 1, else 0), " +
  "hazards 0.2 (Jaccard index of assessed hazards), tags 0.15 (Jaccard index of tags), sector profile 0.15 " +
  "(1 − half the L1 distance between GPC sector shares of the latest published inventories), per capita 0.15 " +
  "(1 − |ln(a/b)| / ln 3 of BASIC tCO2e per inhabitant, floored at 0); a feature matched when its similarity ≥ 0.5";

/** A feature compared between two jurisdictions. */
export interface FeatureComparison {
  readonly feature: PeerFeature;
  readonly similarity: number;
  readonly weight: number;
  readonly matched: boolean;
  readonly detail: string;
}

/** A peer with its score and the features compared. */
export interface Peer {
  readonly id: string;
  readonly name: string;
  readonly score: number;
  /** The features that matched (similarity ≥ 0.5), most weighty first. */
  readonly matched: readonly PeerFeature[];
  readonly features: readonly FeatureComparison[];
}

/** Extracts the features of a stored summary and profile. */
export function peerFeatures(s: JurisdictionSummary, p: JurisdictionProfile): PeerFeatures {
  const inv = chooseInventory(s);
  const people = inv?.population ?? s.population;
  const sectors = inv ? p.sectorYears.find((y) => y.year === inv.year)?.bySector : undefined;
  return {
    id: s.id,
    name: p.name,
    sizeClass: sizeClassOf(s.population),
    region: s.region,
    country: s.country,
    hazards: p.hazards,
    tags: p.tags,
    sectorShares: sectors ? shares(sectors) : null,
    basicPerCapita: inv && people != null && people > 0 ? inv.basic / people : null,
  };
}

function shares(bySector: Readonly<Record<string, number>>): Record<string, number> | null {
  const positive = Object.entries(bySector).filter(([, v]) => Number.isFinite(v) && v > 0);
  const total = positive.reduce((sum, [, v]) => sum + v, 0);
  return total > 0 ? Object.fromEntries(positive.map(([k, v]) => [k, v / total])) : null;
}

function jaccard(a: readonly string[], b: readonly string[]): { value: number; common: string[] } {
  const sa = new Set(a);
  const common = [...new Set(b)].filter((x) => sa.has(x)).sort();
  const union = new Set([...a, ...b]).size;
  return { value: union === 0 ? 0 : common.length / union, common };
}

const pct = (x: number) => `${Math.round(x * 100)} %`;
const fmt = (x: number) => x.toFixed(1);

function compare(feature: PeerFeature, a: PeerFeatures, b: PeerFeatures): [number, string] {
  switch (feature) {
    case "population-class": {
      const ia = SIZE_CLASSES.findIndex((c) => c.id === a.sizeClass);
      const ib = SIZE_CLASSES.findIndex((c) => c.id === b.sizeClass);
      if (ia < 0 || ib < 0) return [0, "population unknown"];
      const d = Math.abs(ia - ib);
      const label = (i: number) => SIZE_CLASSES[i]?.label ?? "";
      if (d === 0) return [1, `same size class (${label(ia)})`];
      return [d === 1 ? 0.5 : 0, `size classes ${label(ia)} and ${label(ib)}`];
    }
    case "region":
      if (a.region !== null && a.region === b.region) return [1, `same region (${a.region})`];
      if (a.country === b.country) return [1, `same country (${a.country})`];
      return [0, `regions ${a.region ?? a.country} and ${b.region ?? b.country}`];
    case "hazards":
    case "tags": {
      const [xa, xb] = feature === "hazards" ? [a.hazards, b.hazards] : [a.tags, b.tags];
      if (xa.length === 0 || xb.length === 0) return [0, `no ${feature} on one side`];
      const j = jaccard(xa, xb);
      return [j.value, j.common.length > 0 ? `shares ${j.common.join(", ")}` : `no common ${feature}`];
    }
    case "sector-profile": {
      if (!a.sectorShares || !b.sectorShares) return [0, "no published inventory on one side"];
      const keys = new Set([...Object.keys(a.sectorShares), ...Object.keys(b.sectorShares)]);
      let l1 = 0;
      for (const k of keys) l1 += Math.abs((a.sectorShares[k] ?? 0) - (b.sectorShares[k] ?? 0));
      const value = Math.max(0, 1 - l1 / 2);
      return [value, `sector profiles ${pct(value)} alike`];
    }
    case "per-capita": {
      if (
        a.basicPerCapita === null ||
        b.basicPerCapita === null ||
        a.basicPerCapita <= 0 ||
        b.basicPerCapita <= 0
      )
        return [0, "no per-capita figure on one side"];
      const value = Math.max(0, 1 - Math.abs(Math.log(a.basicPerCapita / b.basicPerCapita)) / Math.log(3));
      return [value, `BASIC ${fmt(a.basicPerCapita)} and ${fmt(b.basicPerCapita)} tCO2e per inhabitant`];
    }
  }
}

/** Compares two jurisdictions on every feature. */
export function comparePeers(a: PeerFeatures, b: PeerFeatures): Peer {
  const features = PEER_FEATURES.map((feature): FeatureComparison => {
    const [similarity, detail] = compare(feature, a, b);
    const weight = PEER_WEIGHTS[feature];
    return { feature, similarity, weight, matched: similarity >= MATCH_THRESHOLD, detail };
  });
  const score = features.reduce((sum, f) => sum + f.weight * f.similarity, 0);
  const matched = features
    .filter((f) => f.matched)
    .sort((x, y) => y.weight - x.weight)
    .map((f) => f.feature);
  return { id: b.id, name: b.name, score, matched, features };
}

/** The `limit` most similar jurisdictions to `of` (itself excluded), best first; ties by name then id. */
export function findPeers(of: PeerFeatures, all: readonly PeerFeatures[], limit = 10): Peer[] {
  return all
    .filter((b) => b.id !== of.id)
    .map((b) => comparePeers(of, b))
    .filter((p) => p.score > 0)
    .sort((x, y) => y.score - x.score || x.name.localeCompare(y.name) || (x.id < y.id ? -1 : 1))
    .slice(0, limit);
}
