/**
 * Issue 8: the network at scale, on databases seeded with `localledger seed --synthetic` (the import service,
 * every check): seed rate and memory; start-up of `localledger serve` on the database; the network summary
 * after one jurisdiction's summary changed (p50/p99: the memo re-reads it and updates the maintained roll-up) and
 * memoised, beside DuckDB computing the same summary by scanning the raw calculated lines; a jurisdiction read (GET /jurisdictions/{id}) p50/p99; target progress
 * recomputed for every target of the network (targets/s); size on disk; and how the summary and the read grow
 * with the number of jurisdictions.
 *
 * By default it seeds fresh databases (quick: 100 and 300 jurisdictions × 3 years; full: 1,000 and 4,000 × 10)
 * on PGlite, and on PostgreSQL with BENCH_DATABASE_URL or TEST_DATABASE_URL. The long scale runs (20,000 × 10
 * on PGlite, 100,000 × 10 on PostgreSQL) are seeded once by hand and measured with
 * `BENCH_SCALE="pglite|DIR|20000x10|SEED|SEED_SECONDS|SEED_RSS_MIB,pg|URL|…"` (the last three optional).
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { calculate } from "../../src/core/calculate.ts";
import type { InventoryLine } from "../../src/core/document.ts";
import { gpcRow } from "../../src/core/gpc/catalogue.ts";
import type { Change } from "../../src/db/changes.ts";
import { openDatabase } from "../../src/db/database.ts";
import { readPublicInputsOf } from "../../src/db/repositories/analytics.repository.ts";
import { createPostgresDatabase } from "../../src/db/testing/test-database.ts";
import { createApp } from "../../src/http/app.ts";
import { buildPublicSummary } from "../../src/services/analytics/public-summary.ts";
import { createServices } from "../../src/services/services.ts";
import { generateNetwork } from "../../src/synthetic/generate.ts";
import { type BenchResult, type BenchRow, median, peakRssMiB } from "../harness.ts";
import { freePort } from "../server-process.ts";
import { duckSummary } from "./analytics.bench.ts";

const ROOT = join(import.meta.dirname, "..", "..");

interface Scale {
  driver: "PGlite" | "PostgreSQL";
  where: { url?: string; dataDir?: string };
  jurisdictions: number;
  years: number;
  seed: number;
  seeded?: { seconds: number; rssMiB: number; lines: number };
}

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? 0;
const n = (x: number) => Math.round(x).toLocaleString("en-US");

/** Runs `localledger` with `args` on a database; its wall time and peak RSS (VmHWM polled from /proc). */
async function runCli(args: string[], where: Scale["where"]) {
  const env: Record<string, string | undefined> = { ...process.env, LOG_LEVEL: "warn" };
  delete env.DATABASE_URL;
  if (where.url) env.DATABASE_URL = where.url;
  if (where.dataDir) env.LOCALLEDGER_DATA = where.dataDir;
  const started = performance.now();
  const child = spawn(process.execPath, [join(ROOT, "bin/localledger.mjs"), ...args], {
    env,
    stdio: ["ignore", "pipe", "inherit"],
  });
  let out = "";
  child.stdout.on("data", (d: Buffer) => {
    out += d.toString();
  });
  let peakKiB = 0;
  const poll = setInterval(() => {
    readFile(`/proc/${child.pid}/status`, "utf8")
      .then((text) => {
        peakKiB = Math.max(peakKiB, Number(/VmHWM:\s+(\d+)/.exec(text)?.[1] ?? 0));
      })
      .catch(() => {});
  }, 100);
  const [code] = (await once(child, "exit")) as [number | null];
  clearInterval(poll);
  if (code !== 0) throw new Error(`localledger ${args.join(" ")} exited with ${code}: ${out}`);
  return { seconds: (performance.now() - started) / 1000, rssMiB: peakKiB / 1024, out };
}

/** Milliseconds from spawning `localledger serve` on the database until /healthz answers. */
async function startupMs(where: Scale["where"]): Promise<number> {
  const port = String(await freePort());
  const env: Record<string, string | undefined> = { ...process.env, PORT: port, LOG_LEVEL: "warn" };
  delete env.DATABASE_URL;
  if (where.url) env.DATABASE_URL = where.url;
  if (where.dataDir) env.LOCALLEDGER_DATA = where.dataDir;
  const started = performance.now();
  const child = spawn(process.execPath, [join(ROOT, "bin/localledger.mjs"), "serve"], {
    cwd: ROOT,
    env,
    stdio: "ignore",
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
      try {
        if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return performance.now() - started;
      } catch {
        // not listening yet
      }
      if (performance.now() - started > 300_000) throw new Error("server did not start in 300 s");
      await new Promise((r) => setTimeout(r, 25));
    }
  } finally {
    if (child.exitCode === null) {
      const exited = once(child, "exit");
      child.kill("SIGTERM");
      await exited;
    }
  }
}

async function dirSize(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}

/** The raw calculated lines of the first `count` generated jurisdictions, as the DuckDB peer reads them. */
async function writeLinesCsv(file: string, s: Scale, count: number): Promise<number> {
  const out = createWriteStream(file);
  out.write("jurisdiction_id,parent_id,year,population,gpc,territorial,basic,co2e\n");
  let lines = 0;
  for (const b of generateNetwork({ jurisdictions: count, years: s.years, seed: s.seed })) {
    const j = b.jurisdiction;
    let text = "";
    for (const inv of b.inventories) {
      const result = calculate({
        gwp: inv.gwp,
        year: inv.year,
        population: inv.population ?? undefined,
        lines: inv.lines as InventoryLine[],
      });
      lines += inv.lines.length;
      for (const l of result.lines) {
        const r = gpcRow(l.gpc);
        if (l.co2e === null || !r) continue;
        text += `${j.key},${j.parentKey ?? ""},${inv.year},${inv.population ?? ""},${l.gpc},${r.territorial},${r.basic},${l.co2e}\n`;
      }
    }
    if (!out.write(text)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  return lines;
}

interface Measured {
  scale: Scale;
  stored: number;
  inventories: number;
  lines: number;
  startupMs: number;
  summary: {
    firstMs: number;
    coldP50: number;
    coldP99: number;
    memoP50: number;
    memoP99: number;
    duckP50: number;
  };
  check: string;
  read: { p50: number; p99: number; healthP50: number };
  progress: { targets: number; seconds: number; pureSeconds: number; jurisdictions: number; of: number };
  bytes: number;
  rssMiB: number;
}

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t = performance.now();
  const value = await fn();
  return { ms: performance.now() - t, value };
}

async function measure(s: Scale, quick: boolean, dir: string): Promise<Measured> {
  const label = `${s.driver} ${n(s.jurisdictions)}×${s.years}`;
  process.stderr.write(`  ${label}: start-up…\n`);
  const startup = await startupMs(s.where);
  const database = await openDatabase(s.where);
  let stopFeed = async () => {};
  try {
    const db = database.db;
    const one = async <T>(q: ReturnType<typeof sql>) =>
      ((await db.execute(q)) as unknown as { rows: T[] }).rows[0] as T;
    const counts = await one<{ j: number; i: number }>(
      sql`select (select count(*)::int from jurisdictions) as j, (select count(*)::int from inventories) as i`,
    );
    const services = createServices(db);
    // As the server does: the memo follows the change feed (no query per request; a change re-reads only the
    // summaries it names).
    const announced: Change[] = [];
    stopFeed = await database.subscribeChanges((change) => {
      announced.push(change);
      services.analytics.invalidate(change);
    });
    services.analytics.followChanges();
    const app = createApp({ services, database });
    const get = async (path: string) => {
      const res = await app.request(path);
      const body = (await res.json()) as Record<string, unknown>;
      if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(body)}`);
      return body;
    };
    process.stderr.write(`  ${label}: network summary…\n`);
    const cold: number[] = [];
    let body: Record<string, unknown> = {};
    // The first summary after opening reads every stored summary from disk; the server does it at start-up
    // (in the background), so it is reported on its own, not as a request's latency.
    const first = await timed(() => get("/api/v1/analytics/network"));
    // Cold: after one jurisdiction's summary was written (its version moves, as any refresh that changed it
    // does) and the feed announced it, so the next request re-reads that summary and updates the roll-up with it
    // (that jurisdiction and its descendants placed again, see RollupState).
    const changing = (
      (await db.execute(
        sql`select jurisdiction_id as id from jurisdiction_summaries order by md5(jurisdiction_id::text) limit ${quick ? 10 : 100}`,
      )) as unknown as { rows: Array<{ id: string }> }
    ).rows.map((r) => r.id);
    for (const id of changing) {
      const from = announced.length;
      await db.execute(
        sql`update jurisdiction_summaries set version = version + 1, updated_at = now() where jurisdiction_id = ${id}`,
      );
      for (let w = 0; w < 1000 && !announced.slice(from).some((c) => c.id === id); w++)
        await new Promise((resolve) => setTimeout(resolve, 5));
      const r = await timed(() => get("/api/v1/analytics/network"));
      cold.push(r.ms);
      body = r.value;
    }
    const memo: number[] = [];
    for (let i = 0; i < 200; i++) memo.push((await timed(() => get("/api/v1/analytics/network"))).ms);
    process.stderr.write(`  ${label}: jurisdiction reads…\n`);
    const ids = (
      (await db.execute(sql`select id from jurisdictions order by md5(id::text) limit 200`)) as unknown as {
        rows: Array<{ id: string }>;
      }
    ).rows.map((r) => r.id);
    const reads: number[] = [];
    for (const id of ids) reads.push((await timed(() => get(`/api/v1/jurisdictions/${id}`))).ms);
    const health: number[] = [];
    for (let i = 0; i < 200; i++) health.push((await timed(async () => app.request("/healthz"))).ms);
    process.stderr.write(`  ${label}: target progress…\n`);
    const all = (
      (await db.execute(
        sql`select distinct jurisdiction_id as id from targets order by jurisdiction_id`,
      )) as unknown as { rows: Array<{ id: string }> }
    ).rows.map((r) => r.id);
    const budget = (quick ? 10 : 900) * 1000;
    const started = performance.now();
    let pure = 0;
    let targets = 0;
    let done = 0;
    // Read in batches of 500 jurisdictions (a few queries per batch), as the maintained roll-ups refresh them.
    for (let i = 0; i < all.length; i += 500) {
      if (performance.now() - started > budget) break;
      const batch = await readPublicInputsOf(db, all.slice(i, i + 500));
      for (const inputs of batch.values()) {
        const t = performance.now();
        targets += buildPublicSummary(inputs).progress.length;
        pure += performance.now() - t;
        done += 1;
      }
    }
    const progressSeconds = (performance.now() - started) / 1000;
    process.stderr.write(`  ${label}: DuckDB peer over the regenerated raw lines…\n`);
    const csv = join(dir, `lines-${s.driver}-${s.jurisdictions}.csv`);
    const lines = await writeLinesCsv(csv, s, counts.j);
    const duck = await duckSummary(csv, dir, quick ? 5 : 10);
    await rm(csv, { force: true });
    const rollup = (body as { rollup: { territorial: { value: number; jurisdictions: number } } }).rollup;
    const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
    const check =
      close(rollup.territorial.value, duck.territorial) && rollup.territorial.jurisdictions === duck.counted
        ? "figures checked equal"
        : `FIGURES DIFFER: ours ${JSON.stringify(rollup.territorial)}, DuckDB ${duck.territorial} over ${duck.counted}`;
    const bytes = s.where.url
      ? Number((await one<{ b: string }>(sql`select pg_database_size(current_database())::text as b`)).b)
      : 0;
    return {
      scale: s,
      stored: counts.j,
      inventories: counts.i,
      lines,
      startupMs: startup,
      summary: {
        firstMs: first.ms,
        coldP50: median(cold),
        coldP99: pct(cold, 0.99),
        memoP50: median(memo),
        memoP99: pct(memo, 0.99),
        duckP50: duck.p50,
      },
      check,
      read: { p50: median(reads), p99: pct(reads, 0.99), healthP50: median(health) },
      progress: {
        targets,
        seconds: progressSeconds,
        pureSeconds: pure / 1000,
        jurisdictions: done,
        of: all.length,
      },
      bytes: s.where.dataDir ? 0 : bytes,
      rssMiB: peakRssMiB(),
    };
  } finally {
    await stopFeed();
    await database.close();
    if (s.where.dataDir) {
      // measured after close, so PGlite has written everything out
    }
  }
}

function rows(m: Measured): BenchResult[] {
  const s = m.scale;
  const size = `${n(m.stored)} jurisdictions × ${s.years} years (${n(m.inventories)} inventories, ${n(m.lines)} lines), ${s.driver}`;
  const out: BenchResult[] = [];
  if (s.seeded)
    out.push({
      workload: `seed --synthetic: ${size}`,
      figure: s.seeded.lines / s.seeded.seconds,
      unit: "lines/s",
      ceiling: null,
      ceilingLabel: "–",
      ratio: null,
      ratioLabel: `${n(s.seeded.seconds)} s in all, through the import service (checks, versions, audit, summaries)`,
      peakRssMiB: s.seeded.rssMiB,
    });
  out.push({
    workload: `network summary, after one jurisdiction's summary changed (that summary re-read, the maintained roll-up updated): ${size}`,
    figure: m.summary.coldP50,
    unit: "ms p50",
    ceiling: m.summary.duckP50,
    ceilingLabel: "DuckDB scanning the raw lines (Parquet), same summary, ms p50",
    ratio: m.summary.coldP50 / m.summary.duckP50,
    ratioLabel: `ours ÷ DuckDB (aim < 1); after-a-change p99 ${m.summary.coldP99.toFixed(1)} ms (aim < 100), first after opening ${m.summary.firstMs.toFixed(0)} ms (warmed at start-up); memoised p50 ${m.summary.memoP50.toFixed(2)} ms, p99 ${m.summary.memoP99.toFixed(2)} ms`,
    peakRssMiB: m.rssMiB,
    notes: m.check,
  });
  out.push({
    workload: `GET /jurisdictions/{id}, 200 distinct jurisdictions, sequential: ${size}`,
    figure: m.read.p50,
    unit: "ms p50",
    ceiling: m.read.healthP50,
    ceilingLabel: "GET /healthz in the same app, ms p50",
    ratio: m.read.p50 / m.read.healthP50,
    ratioLabel: `× /healthz; p99 ${m.read.p99.toFixed(1)} ms`,
    peakRssMiB: m.rssMiB,
  });
  out.push({
    workload: `target progress recomputed from the stored record for ${n(m.progress.targets)} targets of ${n(m.progress.jurisdictions)} of ${n(m.progress.of)} jurisdictions with targets: ${size}`,
    figure: m.progress.targets / m.progress.seconds,
    unit: "targets/s",
    ceiling: m.progress.targets / Math.max(m.progress.pureSeconds, 1e-6),
    ceilingLabel: "the pure computation (summary and progress) on inputs already read, targets/s",
    ratio: m.progress.pureSeconds / m.progress.seconds,
    ratioLabel: "of the pure computation's rate (the rest is reading each jurisdiction's inputs)",
    peakRssMiB: m.rssMiB,
  });
  out.push({
    workload: `start-up of \`localledger serve\` until /healthz answers: ${size}`,
    figure: m.startupMs,
    unit: "ms",
    ceiling: null,
    ceilingLabel: "–",
    ratio: null,
    ratioLabel: "aim < 10,000 ms",
    peakRssMiB: m.rssMiB,
  });
  if (m.bytes > 0)
    out.push({
      workload: `database size on disk: ${size}`,
      figure: ((m.bytes / m.inventories) * 10_000) / 2 ** 20,
      unit: "MiB per 10,000 inventories",
      ceiling: null,
      ceilingLabel: "–",
      ratio: null,
      ratioLabel: `${(m.bytes / 2 ** 30).toFixed(2)} GiB in all`,
      peakRssMiB: m.rssMiB,
    });
  return out;
}

function growth(a: Measured, b: Measured): BenchResult {
  const jr = b.stored / a.stored;
  const sr = b.summary.coldP50 / a.summary.coldP50;
  const rr = b.read.p50 / a.read.p50;
  return {
    workload: `growth ${n(a.stored)} → ${n(b.stored)} jurisdictions (${b.scale.driver}): network summary after a change, p50`,
    figure: sr,
    unit: "× (summary)",
    ceiling: jr,
    ceilingLabel: "× jurisdictions (linear growth)",
    ratio: sr / jr,
    ratioLabel: `of linear (aim ≤ 1); jurisdiction read p50 grew ${rr.toFixed(2)} × (aim: flat)`,
    peakRssMiB: Math.max(a.rssMiB, b.rssMiB),
  };
}

function fromEnv(spec: string): Scale[] {
  return spec.split(",").map((entry) => {
    const [driver, location, size, seed, seconds, rss] = entry.split("|");
    const [j, y] = (size ?? "").split("x").map(Number);
    if (!location || !j || !y) throw new Error(`BENCH_SCALE entry "${entry}": driver|location|JxY[|seed]`);
    const scale: Scale = {
      driver: driver === "pg" ? "PostgreSQL" : "PGlite",
      where: driver === "pg" ? { url: location } : { dataDir: location },
      jurisdictions: j,
      years: y,
      seed: Number(seed ?? 1),
    };
    if (seconds) scale.seeded = { seconds: Number(seconds), rssMiB: Number(rss ?? 0), lines: 0 };
    return scale;
  });
}

async function seeded(s: Scale): Promise<Scale> {
  const run = await runCli(
    [
      "seed",
      "--synthetic",
      "--jurisdictions",
      String(s.jurisdictions),
      "--years",
      String(s.years),
      "--seed",
      String(s.seed),
    ],
    s.where,
  );
  const lines = Number(/\((\d+) lines/.exec(run.out)?.[1] ?? 0);
  return { ...s, seeded: { seconds: run.seconds, rssMiB: run.rssMiB, lines } };
}

export const scaleRow: BenchRow = {
  id: "scale",
  title: "Network at scale (synthetic network seeded through the import service)",
  async run({ quick }) {
    const dir = await mkdtemp(join(tmpdir(), "ll-scale-bench-"));
    const drops: Array<() => Promise<void>> = [];
    try {
      let scales: Scale[];
      if (process.env.BENCH_SCALE) scales = fromEnv(process.env.BENCH_SCALE);
      else {
        const sizes = quick ? [100, 300] : [1_000, 4_000];
        const years = quick ? 3 : 10;
        scales = [];
        for (const j of sizes) {
          const base = { jurisdictions: j, years, seed: 1 };
          scales.push(
            await seeded({ ...base, driver: "PGlite", where: { dataDir: join(dir, `pglite-${j}`) } }),
          );
          const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
          if (url) {
            const created = await createPostgresDatabase(url);
            drops.push(created.drop);
            scales.push(await seeded({ ...base, driver: "PostgreSQL", where: { url: created.url } }));
          }
        }
      }
      const measured: Measured[] = [];
      for (const s of scales) {
        const m = await measure(s, quick, dir);
        if (s.where.dataDir) m.bytes = await dirSize(s.where.dataDir);
        if (m.scale.seeded && m.scale.seeded.lines === 0) m.scale.seeded.lines = m.lines;
        measured.push(m);
      }
      const out = measured.flatMap(rows);
      for (const driver of ["PGlite", "PostgreSQL"]) {
        const same = measured.filter((m) => m.scale.driver === driver).sort((a, b) => a.stored - b.stored);
        for (let i = 1; i < same.length; i++) out.push(growth(same[i - 1] as Measured, same[i] as Measured));
      }
      return out;
    } finally {
      for (const drop of drops) await drop().catch(() => {});
      await rm(dir, { recursive: true, force: true });
    }
  },
};
