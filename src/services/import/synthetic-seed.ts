/**
 * `seed --synthetic`: streams a generated network (src/synthetic) into the registry through the import service,
 * the path real files take (jurisdiction matching, calculation, content hashes, published versions, chained
 * audit events, maintained summaries), in batches of jurisdictions, each batch one all-or-nothing transaction.
 * Only one batch is in memory at a time. Running it again with the same options changes nothing.
 */
import type { InventoryLine } from "../../core/document.ts";
import type { ImportReport } from "../../io/import-report.ts";
import type { TargetRecord, TargetType } from "../../io/records.ts";
import { generateNetwork, type SyntheticBundle, type SyntheticOptions } from "../../synthetic/generate.ts";
import type { Actor } from "../service-helpers.ts";
import type { ImportService } from "./import.service.ts";
import type { ParsedImport } from "./import-parse.ts";
import { emptyCounts, type ImportOutcome, type ImportUnit } from "./import-types.ts";

/** Jurisdictions per transaction. */
const BATCH = 500;

/** What a synthetic seed wrote, added up over its batches. */
export interface SyntheticSeedReport {
  jurisdictions: number;
  counts: ImportOutcome["counts"];
  lines: number;
  seconds: number;
  /** Problems the import reported (a generated network has none unless something is wrong). */
  problems: ImportReport["problems"];
}

/** Progress after each batch: jurisdictions done of the total, inventory lines written so far. */
export type SyntheticProgress = (done: number, total: number, lines: number) => void;

const GHG_TARGETS: ReadonlySet<string> = new Set<TargetType>([
  "base-year-absolute",
  "base-year-intensity",
  "fixed-level",
  "baseline-scenario",
]);

function targetRecord(t: SyntheticBundle["targets"][number], name: string, line: number): TargetRecord {
  if (!GHG_TARGETS.has(t.type)) throw new Error(`${name}: a ${t.type} target has no import format`);
  return {
    cdpAccount: null,
    jurisdictionName: name,
    type: t.type as TargetType,
    scope: t.scope,
    sectors: t.sectors,
    baseYear: t.baseYear,
    baseValue: t.baseValue,
    baseIntensity: t.type === "base-year-intensity" ? { value: t.baseValue, unit: "inhabitant" } : null,
    targetYear: t.targetYear,
    reductionPercent: t.reductionPercent,
    targetValue: t.targetValue,
    bauValue: t.bauValue,
    achievedPercent: null,
    description: t.description,
    provenance: { source: "localledger", file: "synthetic", line },
  };
}

/**
 * The import units of one generated jurisdiction; `next` numbers them like file lines, for the report, and
 * `names` knows the names of the jurisdictions generated so far (a parent comes before its children).
 */
export function unitsOfBundle(
  b: SyntheticBundle,
  next: () => number,
  source: string,
  names: Map<string, string>,
): ImportUnit[] {
  const j = b.jurisdiction;
  const record = {
    name: j.name,
    country: j.country,
    countryName: j.country,
    cdpAccount: j.cdpAccount,
    locode: j.locode,
    region: j.region,
    boundary: null,
    population: j.population,
    gdp: j.gdp,
    area: j.area,
    provenance: { source: "localledger" as const, file: "synthetic", line: next() },
  };
  if (j.type === "province") names.set(j.key, j.name);
  const parentName = j.parentKey === null ? undefined : names.get(j.parentKey);
  if (j.parentKey !== null && parentName === undefined)
    throw new Error(`${j.name}: its parent ${j.parentKey} was not generated before it`);
  const ref = {
    record,
    profile: {
      type: j.type,
      tags: j.tags,
      parent: parentName === undefined ? null : { name: parentName, country: j.country },
    },
  };
  const units: ImportUnit[] = [
    { label: j.name, jurisdiction: ref, payload: { kind: "jurisdiction" }, lines: [record.provenance.line] },
  ];
  for (const inv of b.inventories) {
    units.push({
      label: `${j.name} ${inv.year}`,
      jurisdiction: ref,
      payload: {
        kind: "inventory",
        year: inv.year,
        boundary: inv.boundary,
        document: {
          year: inv.year,
          gwp: inv.gwp,
          ...(inv.population === null ? {} : { population: inv.population }),
          lines: inv.lines as InventoryLine[],
        },
        source,
      },
      lines: [next()],
    });
  }
  if (b.actions.length > 0) {
    units.push({
      label: `${j.name} actions`,
      jurisdiction: ref,
      payload: { kind: "actions", actions: b.actions.map(({ jurisdictionKey: _k, ...a }) => a) },
      lines: [next()],
    });
  }
  if (b.targets.length > 0) {
    const line = next();
    units.push({
      label: `${j.name} targets`,
      jurisdiction: ref,
      payload: { kind: "targets", targets: b.targets.map((t) => targetRecord(t, j.name, line)) },
      lines: [line],
    });
  }
  return units;
}

async function* each<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}

function add(into: ImportOutcome["counts"], from: ImportOutcome["counts"]): void {
  for (const [kind, c] of Object.entries(from) as Array<[keyof typeof from, (typeof from)["targets"]]>) {
    into[kind].created += c.created;
    into[kind].updated += c.updated;
    into[kind].unchanged += c.unchanged;
    into[kind].skipped += c.skipped;
  }
}

/** Seeds a synthetic network through `imports` (as `actor`, an admin); reproducible for the same options. */
export async function seedSynthetic(
  imports: ImportService,
  options: SyntheticOptions,
  actor: Actor,
  onProgress?: SyntheticProgress,
): Promise<SyntheticSeedReport> {
  const started = performance.now();
  const report: SyntheticSeedReport = {
    jurisdictions: 0,
    counts: emptyCounts(),
    lines: 0,
    seconds: 0,
    problems: [],
  };
  const source = `synthetic network (seed ${options.seed ?? 1})`;
  let line = 0;
  const next = () => ++line;
  let batch: SyntheticBundle[] = [];
  const names = new Map<string, string>();
  const flush = async () => {
    if (batch.length === 0) return;
    const units = batch.flatMap((b) => unitsOfBundle(b, next, source, names));
    const lines = batch.reduce((n, b) => n + b.inventories.reduce((m, i) => m + i.lines.length, 0), 0);
    const reportOf: ImportReport = {
      file: source,
      problems: [],
      counts: { rows: lines },
      suppressed: {},
      fatal: false,
    };
    const parsed: ParsedImport = { report: reportOf, units: each(units), streaming: true };
    const outcome = await imports.importUnits(
      parsed,
      { format: "synthetic", file: source, network: true },
      { publish: true },
      actor,
    );
    report.problems.push(...outcome.report.problems);
    if (outcome.blocked)
      throw new Error(
        `the synthetic batch from ${batch[0]?.jurisdiction.name} could not be imported: ${outcome.report.problems
          .slice(0, 3)
          .map((p) => p.message)
          .join("; ")}`,
      );
    add(report.counts, outcome.counts);
    report.jurisdictions += batch.length;
    report.lines += lines;
    batch = [];
    onProgress?.(report.jurisdictions, options.jurisdictions, report.lines);
  };
  for (const bundle of generateNetwork(options)) {
    batch.push(bundle);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  report.seconds = (performance.now() - started) / 1000;
  return report;
}
