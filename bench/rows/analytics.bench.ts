/**
 * Issue 5: network summary latency. A synthetic network (500 jurisdictions × 3 years with --quick; 20,000 × 10
 * in full), loaded through the services so every write maintains its jurisdiction's summary; then
 * GET /api/v1/analytics/network in-process, 200 times (memoised per data version, invalidated by the change
 * feed as in the server), on embedded PGlite and, with BENCH_DATABASE_URL or TEST_DATABASE_URL, on PostgreSQL.
 * The peer is DuckDB computing the same summary (territorial total without overlaps, BASIC per-capita median,
 * counts) by scanning the raw calculated lines from a Parquet file, in the same run.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Database, openDatabase } from "../../src/db/database.ts";
import { createPostgresDatabase } from "../../src/db/testing/test-database.ts";
import { createApp } from "../../src/http/app.ts";
import { importPublished } from "../../src/services/inventories/inventory-import.service.ts";
import { SYSTEM } from "../../src/services/service-helpers.ts";
import { createServices } from "../../src/services/services.ts";
import { type BenchResult, type BenchRow, median, peakRssMiB } from "../harness.ts";
import { type Loaded, loadSyntheticNetwork } from "./analytics-load.ts";

interface DuckConnection {
  run(sql: string): Promise<unknown>;
  runAndReadAll(sql: string): Promise<{ getRowObjectsJS(): Array<Record<string, unknown>> }>;
  closeSync(): void;
}
interface DuckModule {
  DuckDBInstance: {
    create(path: string): Promise<{ connect(): Promise<DuckConnection>; closeSync(): void }>;
  };
}

/** `@duckdb/node-api` is benchmark-only and not in package.json (its platform packages break `npm ci` here). */
async function duckdb(): Promise<DuckModule> {
  const spec = "@duckdb/node-api";
  // Install before the first import: a failed import() is remembered by the module loader for this process.
  if (
    !existsSync(join(import.meta.dirname, "..", "..", "node_modules", "@duckdb", "node-api", "package.json"))
  ) {
    process.stderr.write("  installing @duckdb/node-api (benchmark only, --no-save)…\n");
    execFileSync("npm", ["install", "--no-save", "--no-audit", "--no-fund", "@duckdb/node-api@1.5.6-r.1"], {
      stdio: "inherit",
      cwd: join(import.meta.dirname, "..", ".."),
    });
  }
  return (await import(spec)) as DuckModule;
}

const SUMMARY_SQL = (parquet: string) => `
with inv as (
  select jurisdiction_id, any_value(parent_id) as parent_id, year, any_value(population) as population,
         sum(co2e) filter (where territorial) as territorial, sum(co2e) filter (where basic) as basic
  from read_parquet('${parquet}') group by jurisdiction_id, year),
latest as (select * from inv qualify row_number() over (partition by jurisdiction_id order by year desc) = 1),
counted as (select * from latest l where not exists (select 1 from latest p where p.jurisdiction_id = l.parent_id))
select (select sum(territorial) from counted) as territorial, (select count(*) from counted) as counted,
       (select median(basic / population) from latest where population > 0) as median_per_capita,
       (select count(*) from latest) as reporting, (select count(*) from inv) as inventories`;

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? 0;

interface Measured {
  p50: number;
  p99: number;
  first: number;
  cold: number;
  body: {
    rollup: {
      territorial: { value: number; jurisdictions: number };
      perCapita: { basic: { median: number } };
    };
  };
}

async function measure(database: Database, loaded: Loaded, requests: number): Promise<Measured> {
  const services = createServices(database.db);
  let announced = () => {};
  const stop = await database.subscribeChanges((change) => {
    services.analytics.invalidate(change);
    if (change.table === "jurisdiction_summaries") announced();
  });
  services.analytics.followChanges();
  const app = createApp({ services, database });
  const get = async () => {
    const t = performance.now();
    const res = await app.request("/api/v1/analytics/network");
    const body = (await res.json()) as Measured["body"];
    if (res.status !== 200) throw new Error(`network: ${res.status} ${JSON.stringify(body)}`);
    return { ms: performance.now() - t, body };
  };
  const first = await get();
  const times: number[] = [];
  for (let i = 0; i < requests; i++) times.push((await get()).ms);
  const colds: number[] = [];
  for (let i = 0; i < 3; i++) {
    const heard = new Promise<void>((resolve) => {
      announced = resolve;
    });
    const input = {
      jurisdictionId: loaded.probe.jurisdictionId,
      year: loaded.probe.year + i,
      kind: "community",
    };
    await importPublished(
      database.db,
      [{ ...input, lines: [{ gpc: "I.1.1", emissions: { CO2e: { value: 1, unit: "t" } } }] }],
      SYSTEM,
      "bench",
    );
    await heard;
    colds.push((await get()).ms);
  }
  await stop();
  return {
    p50: pct(times, 0.5),
    p99: pct(times, 0.99),
    first: first.ms,
    cold: median(colds),
    body: first.body,
  };
}

/** DuckDB computing the network summary from a CSV of raw calculated lines (via Parquet): p50 of `runs`. */
export async function duckSummary(csv: string, dir: string, runs: number) {
  const duck = await duckdb();
  const instance = await duck.DuckDBInstance.create(":memory:");
  const con = await instance.connect();
  try {
    const parquet = join(dir, `lines-${process.hrtime.bigint()}.parquet`);
    await con.run(`copy (select * from read_csv('${csv}', header = true)) to '${parquet}' (format parquet)`);
    const times: number[] = [];
    let row: Record<string, unknown> = {};
    for (let i = 0; i < runs + 1; i++) {
      const t = performance.now();
      row = (await con.runAndReadAll(SUMMARY_SQL(parquet))).getRowObjectsJS()[0] ?? {};
      if (i > 0) times.push(performance.now() - t);
    }
    return {
      p50: median(times),
      territorial: Number(row.territorial),
      median: Number(row.median_per_capita),
      counted: Number(row.counted),
    };
  } finally {
    con.closeSync();
    instance.closeSync();
  }
}

function check(ours: Measured["body"], duck: { territorial: number; median: number; counted: number }) {
  const t = ours.rollup.territorial;
  const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
  if (
    !close(t.value, duck.territorial) ||
    t.jurisdictions !== duck.counted ||
    !close(ours.rollup.perCapita.basic.median, duck.median)
  )
    throw new Error(
      `summaries differ: ours ${JSON.stringify(t)} / ${ours.rollup.perCapita.basic.median}, DuckDB ${JSON.stringify(duck)}`,
    );
}

async function onDriver(
  label: string,
  open: () => Promise<Database & { drop?: () => Promise<void> }>,
  size: { jurisdictions: number; years: number },
  requests: number,
): Promise<BenchResult> {
  const dir = await mkdtemp(join(tmpdir(), "ll-analytics-bench-"));
  const database = await open();
  try {
    const csv = join(dir, "lines.csv");
    const loaded = await loadSyntheticNetwork(database.db, size, csv, (n) => {
      if (n % 2_000 === 0) process.stderr.write(`  ${label}: loaded ${n} jurisdictions\n`);
    });
    const ours = await measure(database, loaded, requests);
    const duck = await duckSummary(csv, dir, 10);
    check(ours.body, duck);
    const n = (x: number) => x.toLocaleString("en-US");
    return {
      workload: `${n(loaded.jurisdictions)} jurisdictions × ${size.years} years, ${n(loaded.inventories)} inventories, ${n(loaded.lines)} lines; ${requests} × GET /analytics/network (${label})`,
      figure: ours.p50,
      unit: "ms p50",
      ceiling: duck.p50,
      ceilingLabel: "DuckDB scanning the raw lines (Parquet), same summary, ms p50",
      ratio: ours.p50 / duck.p50,
      ratioLabel: `ours ÷ DuckDB (aim < 1); p99 ${ours.p99.toFixed(2)} ms; cold after a write ${ours.cold.toFixed(0)} ms`,
      peakRssMiB: peakRssMiB(),
      notes:
        `${label}: loaded through the services in ${loaded.seconds.toFixed(0)} s (every write maintains its summary); ` +
        `memoised reads p50 ${ours.p50.toFixed(3)} ms, p99 ${ours.p99.toFixed(3)} ms; first read (summaries read and rolled up) ${ours.first.toFixed(0)} ms; ` +
        `cold = first read after a published import, once the change feed announced it (median of 3): ${ours.cold.toFixed(0)} ms; ` +
        `DuckDB p50 ${duck.p50.toFixed(1)} ms (@duckdb/node-api installed with --no-save at bench time); figures checked equal.`,
    };
  } finally {
    await database.close();
    await database.drop?.();
    await rm(dir, { recursive: true, force: true });
  }
}

export const analyticsRow: BenchRow = {
  id: "analytics",
  title: "Network summary (maintained roll-ups) vs DuckDB scan",
  async run({ quick }) {
    const size = quick ? { jurisdictions: 500, years: 3 } : { jurisdictions: 20_000, years: 10 };
    const results = [await onDriver("embedded PGlite", () => openDatabase(), size, 200)];
    const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
    if (url) {
      results.push(
        await onDriver(
          "PostgreSQL",
          async () => {
            const created = await createPostgresDatabase(url);
            return { ...(await openDatabase({ url: created.url })), drop: created.drop };
          },
          size,
          200,
        ),
      );
    }
    return results;
  },
};
