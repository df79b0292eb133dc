/**
 * Measures the shape of the real network in ../shared/data (CDP 2021 city-wide emissions and targets, C40's GPC
 * database) and writes `src/synthetic/network-shape.json`, which the synthetic network generator samples from.
 * Run: `npx tsx scripts/build-synthetic-shape.ts`. Only aggregate statistics are written, never records.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { gpcRow } from "../src/core/gpc/catalogue.ts";
import { countryIso } from "../src/io/country-iso.ts";

const DATA = join(import.meta.dirname, "..", "..", "shared", "data");
const read = (file: string) =>
  parse(readFileSync(join(DATA, file)), { columns: true, skip_empty_lines: true, bom: true, relax_quotes: true }) as Array<
    Record<string, string>
  >;
const num = (s: string | undefined) => {
  const n = Number((s ?? "").replace(/,/g, "").trim());
  return (s ?? "").trim() !== "" && Number.isFinite(n) ? n : undefined;
};
const meanSd = (xs: number[]) => {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1));
  return { mean: round(mean), sd: round(sd), n: xs.length };
};
const round = (x: number, digits = 4) => Number(x.toFixed(digits));
const shares = (counts: Map<string, number>) => {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  return Object.fromEntries([...counts].sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, round(v / total)]));
};
const count = <T>(xs: T[], key: (x: T) => string | undefined) => {
  const m = new Map<string, number>();
  for (const x of xs) {
    const k = key(x);
    if (k) m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
};

// CDP 2021 city-wide: population, BASIC per capita, regions and countries.
const cdp = read("cdp/2021_City-wide_Emissions.csv");
const pops = cdp.map((r) => num(r.Population)).filter((p): p is number => p !== undefined && p >= 1000);
// BASIC per capita from the 2019 and 2020 files (the 2021 file carries almost no totals); implausible values
// (units mixed up, partial inventories) are left out rather than guessed at.
const perCapita = [
  ...read("cdp/2019_City-wide_Emissions.csv").map((r) => [r["Total BASIC Emissions (GPC)"], r.Population]),
  ...read("cdp/2020_-_City-Wide_Emissions.csv").map((r) => [r["TOTAL BASIC Emissions (GPC)"], r.Population]),
]
  .map(([b, p]) => {
    const basic = num(b);
    const pop = num(p);
    return basic && pop && pop >= 1000 ? basic / pop : undefined;
  })
  .filter((x): x is number => x !== undefined && x > 0.1 && x < 60);
const regions = count(cdp, (r) => r["CDP Region"]?.trim() || undefined);
const countriesByRegion: Record<string, Record<string, number>> = {};
for (const [region] of regions) {
  const inRegion = cdp.filter((r) => r["CDP Region"]?.trim() === region);
  countriesByRegion[region] = shares(count(inRegion, (r) => countryIso(r.Country?.trim() ?? "")));
}

// C40: each row's emissions as a share of the city-year's BASIC total (rows repeat once per population/GDP/area variable).
const c40 = read("c40/clean_c40.csv");
const cityYears = new Map<string, Map<string, number>>();
for (const r of c40) {
  const ref = r.gpc_refno?.trim() ?? "";
  const kg = num(r.emissions);
  if (!gpcRow(ref) || kg === undefined || kg < 0) continue;
  const key = `${r.City}|${r.Year_calendar}`;
  const rows = cityYears.get(key) ?? new Map<string, number>();
  rows.set(ref, kg);
  cityYears.set(key, rows);
}
const rowShare = new Map<string, number[]>();
const rowPresence = new Map<string, number>();
for (const rows of cityYears.values()) {
  const total = [...rows.entries()].filter(([ref]) => gpcRow(ref)?.basic).reduce((a, [, kg]) => a + kg, 0);
  if (total <= 0) continue;
  for (const [ref, kg] of rows) {
    rowPresence.set(ref, (rowPresence.get(ref) ?? 0) + 1);
    const list = rowShare.get(ref) ?? [];
    list.push(kg / total);
    rowShare.set(ref, list);
  }
}
const rows = Object.fromEntries(
  [...rowShare].map(([ref, list]) => [
    ref,
    { meanShareOfBasic: round(list.reduce((a, b) => a + b, 0) / list.length, 5), reported: round((rowPresence.get(ref) ?? 0) / cityYears.size) },
  ]),
);

// CDP 2021 targets: who has one, of which type, how ambitious, for when.
const TYPE: Record<string, string> = {
  "Base year emissions (absolute) target": "base-year-absolute",
  "Fixed level target": "fixed-level",
  "Baseline scenario (business as usual) target": "baseline-scenario",
  "Base year intensity target": "base-year-intensity",
};
const targets = read("cdp/2021_Cities_Emissions_Reduction_Targets.csv");
const typed = targets.filter((t) => TYPE[t["Type.of.target"] ?? ""]);
const accounts = new Set(targets.map((t) => t["Account.Number"]));
const withTarget = new Set(typed.map((t) => t["Account.Number"]));
const perAccount = count(typed, (t) => t["Account.Number"]);
const reductions = typed.map((t) => num(t["Percentage.reduction.target"])).filter((x): x is number => x !== undefined && x > 0 && x <= 100);
const sorted = [...reductions].sort((a, b) => a - b);
const quantile = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

const shape = {
  source:
    "Aggregates of CDP 2021 city-wide emissions and emission reduction targets (CDP open data; This data was collected in partnership by CDP and ICLEI - Local Governments for Sustainability) and C40's GPC database (via Open-Earth-Foundation/CityCatalyst-global-data). No records, only distributions.",
  population: { lnMeanSd: meanSd(pops.map(Math.log)) },
  basicPerCapita: { lnMeanSd: meanSd(perCapita.map(Math.log)) },
  regions: shares(regions),
  countriesByRegion,
  rows,
  targets: {
    shareWithTarget: round(withTarget.size / accounts.size),
    meanTargetsPerJurisdiction: round(typed.length / Math.max(1, perAccount.size)),
    typeShares: shares(count(typed, (t) => TYPE[t["Type.of.target"] ?? ""])),
    reductionPercentQuantiles: [0.1, 0.25, 0.5, 0.75, 0.9].map(quantile),
    targetYearShares: shares(count(typed, (t) => num(t["Target.year"])?.toString())),
  },
};
writeFileSync(join(import.meta.dirname, "..", "src", "synthetic", "network-shape.json"), `${JSON.stringify(shape, null, 2)}\n`);
console.log(
  `population n=${shape.population.lnMeanSd.n}, per-capita n=${shape.basicPerCapita.lnMeanSd.n}, C40 city-years=${cityYears.size}, rows=${Object.keys(rows).length}, targets share=${shape.targets.shareWithTarget}`,
);
