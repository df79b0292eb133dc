/**
 * A reproducible synthetic network shaped like the real one (`network-shape.json`, measured from CDP and C40
 * data by scripts/build-synthetic-shape.ts): provinces with their cities, population and per-capita emissions
 * drawn from the measured distributions, inventories whose lines follow the measured sector shares, targets of
 * the measured types and ambition, and actions. Generated lazily, one jurisdiction at a time (constant memory).
 */
import type { InventoryLine } from "../core/document.ts";
import { GPC_ROWS } from "../core/gpc/catalogue.ts";
import type { DemoNetwork } from "../db/seed/demo-network.schema.ts";
import { linesFor } from "./lines.ts";
import shapeJson from "./network-shape.json" with { type: "json" };
import { Random } from "./random.ts";

type Jurisdiction = DemoNetwork["jurisdictions"][number];
type Inventory = DemoNetwork["inventories"][number];
type Target = DemoNetwork["targets"][number];
type Action = DemoNetwork["actions"][number];

/** One jurisdiction and everything it reports. */
export interface SyntheticBundle {
  jurisdiction: Jurisdiction;
  inventories: Inventory[];
  targets: Target[];
  actions: Action[];
}

export interface SyntheticOptions {
  jurisdictions: number;
  years: number;
  seed?: number;
  /** Last inventory year (default 2023). */
  lastYear?: number;
  /** Cities per province (default 20): one jurisdiction in `citiesPerProvince + 1` is a province. */
  citiesPerProvince?: number;
}

interface Shape {
  population: { lnMeanSd: { mean: number; sd: number } };
  basicPerCapita: { lnMeanSd: { mean: number; sd: number } };
  regions: Record<string, number>;
  countriesByRegion: Record<string, Record<string, number>>;
  rows: Record<string, { meanShareOfBasic: number; reported: number }>;
  targets: {
    shareWithTarget: number;
    typeShares: Record<string, number>;
    reductionPercentQuantiles: number[];
    targetYearShares: Record<string, number>;
  };
}

const shape = shapeJson as Shape;
const TAGS = { coastal: 0.3, river: 0.25, capital: 0.03, island: 0.03, delta: 0.02, mountain: 0.1 };
const ACTION_STATUS = { planned: 0.3, "in-progress": 0.4, completed: 0.25, cancelled: 0.05 } as const;
const SECTOR_TITLES: Record<string, string> = {
  I: "Building energy retrofit programme",
  II: "Public transport and cycling network",
  III: "Landfill gas capture and organic waste diversion",
};

function typeFor(population: number): Jurisdiction["type"] {
  if (population < 50_000) return "town";
  if (population < 1_000_000) return "city";
  return "metropolitan-area";
}

function series(start: number, years: number, first: number, growth: number) {
  return Array.from({ length: years }, (_, i) => ({
    year: first + i,
    value: Math.round(start * (1 + growth) ** i),
  }));
}

function inventoryLines(random: Random, basic: number, gridFactor: number): InventoryLine[] {
  const lines: InventoryLine[] = [];
  const basicRows = GPC_ROWS.filter((r) => r.basic);
  const weights = basicRows.map(
    (r) => (shape.rows[r.ref]?.meanShareOfBasic ?? 0.001) * Math.exp(random.normal(0, 0.3)),
  );
  const total = weights.reduce((a, b) => a + b, 0);
  for (const row of GPC_ROWS) {
    const measured = shape.rows[row.ref];
    const reported = random.chance(measured?.reported ?? 0.1);
    if (!reported) {
      if (row.basic) {
        const key = random.chance(0.1) ? "NE" : "NO";
        lines.push({
          gpc: row.ref,
          notationKey: key,
          explanation: key === "NE" ? "No activity data available this year" : "Does not occur in the city",
        });
      }
      continue;
    }
    const i = basicRows.indexOf(row);
    const amount =
      i >= 0
        ? (basic * (weights[i] as number)) / total
        : basic * (measured?.meanShareOfBasic ?? 0.01) * Math.exp(random.normal(0, 0.3));
    if (amount > 0.5) lines.push(...linesFor(row, amount, gridFactor, random));
  }
  return lines;
}

function targetsFor(
  random: Random,
  key: string,
  baseYear: number,
  basic: number,
  population: number,
): Target[] {
  if (!random.chance(shape.targets.shareWithTarget)) return [];
  const q = shape.targets.reductionPercentQuantiles;
  const out: Target[] = [];
  for (let n = random.chance(0.4) ? 2 : 1; n > 0; n--) {
    const type = random.pick(shape.targets.typeShares) as Target["type"];
    let targetYear = Number(random.pick(shape.targets.targetYearShares));
    if (targetYear <= baseYear + 2) targetYear = random.chance(0.6) ? 2030 : 2050;
    const reductionPercent = q[random.int(0, q.length - 1)] ?? 40;
    const netZero = type === "fixed-level" && random.chance(0.6);
    out.push({
      jurisdictionKey: key,
      type,
      scope: "community",
      sectors: [],
      baseYear: type === "fixed-level" ? null : baseYear,
      baseValue:
        type === "base-year-intensity"
          ? basic / population
          : type === "fixed-level"
            ? null
            : Math.round(basic),
      targetYear,
      reductionPercent: type === "fixed-level" ? null : reductionPercent,
      targetValue:
        type === "fixed-level" ? (netZero ? 0 : Math.round(basic * (1 - reductionPercent / 100))) : null,
      bauValue: type === "baseline-scenario" ? Math.round(basic * 1.015 ** (targetYear - baseYear)) : null,
      description: netZero ? "Net zero (synthetic)" : null,
    });
  }
  return out;
}

function actionsFor(random: Random, key: string, firstYear: number, basic: number): Action[] {
  return Array.from({ length: random.int(0, 4) }, (_, i) => {
    const sector = random.pick({ I: 0.5, II: 0.35, III: 0.15 });
    const start = firstYear + random.int(0, 5);
    return {
      jurisdictionKey: key,
      kind: "mitigation" as const,
      title: `${SECTOR_TITLES[sector]} ${i + 1}`,
      description: null,
      sectors: [sector],
      hazards: [],
      status: random.pick(ACTION_STATUS),
      startYear: start,
      endYear: start + random.int(2, 10),
      cost: Math.round(basic * random.next() * 50),
      currency: "USD",
      expectedAnnualReduction: Math.round(basic * (0.001 + 0.03 * random.next())),
    };
  });
}

/** Generates the network, provinces before their cities; the same options always give the same network. */
export function* generateNetwork(options: SyntheticOptions): Generator<SyntheticBundle> {
  const random = new Random(options.seed ?? 1);
  const lastYear = options.lastYear ?? 2023;
  const firstYear = lastYear - options.years + 1;
  const perProvince = options.citiesPerProvince ?? 20;
  let province: { key: string; region: string; country: string } | undefined;
  for (let i = 0; i < options.jurisdictions; i++) {
    const isProvince = i % (perProvince + 1) === 0;
    const region = isProvince || !province ? random.pick(shape.regions) : province.region;
    const country =
      isProvince || !province ? random.pick(shape.countriesByRegion[region] ?? { XX: 1 }) : province.country;
    const key = `syn-${String(i).padStart(7, "0")}`;
    const ln = shape.population.lnMeanSd;
    const population = Math.max(
      1000,
      Math.round(Math.exp(random.normal(ln.mean, ln.sd)) * (isProvince ? 8 : 1)),
    );
    const growth = random.normal(0.01, 0.01);
    const tags = Object.entries(TAGS)
      .filter(([, p]) => random.chance(p))
      .map(([t]) => t);
    const jurisdiction: Jurisdiction = {
      key,
      name: `${isProvince ? "Synthetic Province" : "Synthetic City"} ${i}`,
      type: isProvince ? "province" : typeFor(population),
      country,
      locode: null,
      cdpAccount: null,
      region,
      parentKey: isProvince ? null : (province?.key ?? null),
      tags: ["synthetic", ...tags],
      population: series(population, options.years, firstYear, growth),
      gdp: [],
      area: [{ year: firstYear, value: Math.round(population / Math.exp(random.normal(7, 1))) + 1 }],
    };
    if (isProvince) province = { key, region, country };
    const pc = Math.exp(random.normal(shape.basicPerCapita.lnMeanSd.mean, shape.basicPerCapita.lnMeanSd.sd));
    const trend = random.normal(-0.015, 0.02);
    const gridFactor = Math.exp(random.normal(Math.log(0.4), 0.5));
    const inventories: Inventory[] = [];
    for (let y = 0; y < options.years; y++) {
      const pop = jurisdiction.population[y]?.value ?? population;
      const basic = pc * pop * (1 + trend) ** y;
      inventories.push({
        jurisdictionKey: key,
        year: firstYear + y,
        kind: "community",
        boundary: isProvince ? "Province" : "Administrative city boundary",
        gwp: "AR5",
        population: pop,
        lines: inventoryLines(random, basic, gridFactor) as Inventory["lines"],
      });
    }
    const basic0 = pc * population;
    yield {
      jurisdiction,
      inventories,
      targets: targetsFor(random, key, firstYear, basic0, population),
      actions: actionsFor(random, key, firstYear, basic0),
    };
  }
}
