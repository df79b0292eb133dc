/**
 * Issue 6: import throughput in rows/s of clean_c40.csv and of a synthetic 1,000,000-line GPC template CSV
 * (50,000 with --quick), each imported by `localledger import` in a child process into a fresh database —
 * PGlite, and PostgreSQL when BENCH_DATABASE_URL or TEST_DATABASE_URL is set — beside PostgreSQL's own COPY of
 * the same file into a bare table (the ceiling, PostgreSQL only), with the import process's peak RSS.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createPostgresDatabase } from "../../src/db/testing/test-database.ts";
import { sharedData } from "../../test/support/shared-data.ts";
import type { BenchResult, BenchRow } from "../harness.ts";
import {
  copySeconds,
  createSyntheticJurisdictions,
  type ImportRun,
  runImportChild,
  writeSyntheticGpcCsv,
} from "./import-bench-support.ts";

const adminUrl = () => process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;

interface Workload {
  rows: number;
  label: string;
  format: string;
  file: string;
  columns: number;
  /** Prepares a fresh database for the import (e.g. the jurisdictions a template names). */
  prepare(where: { url?: string; dataDir?: string }): Promise<void>;
}

function result(w: Workload, engine: string, run: ImportRun, ceiling: number | null): BenchResult {
  const rate = run.rows / run.importSeconds;
  const created = Object.entries(run.outcome.counts)
    .filter(([, c]) => c.created > 0)
    .map(([k, c]) => `${c.created} ${k}`)
    .join(", ");
  return {
    workload: `${w.label} → ${engine}`,
    figure: Math.round(rate),
    unit: "rows/s",
    ceiling: ceiling === null ? null : Math.round(ceiling),
    ceilingLabel: "PostgreSQL COPY of the same file into a bare unlogged table (psql \\copy), rows/s",
    ratio: ceiling === null ? null : rate / ceiling,
    ratioLabel: "of the COPY ceiling (aim ≥ 0.25)",
    peakRssMiB: Math.round(run.peakRssMiB),
    notes: `created ${created}; import ${run.importSeconds.toFixed(1)} s, process wall ${run.wallSeconds.toFixed(1)} s (start-up and migrations included)`,
  };
}

async function measure(w: Workload, dir: string): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const url = adminUrl();
  let ceiling: number | null = null;
  if (url) ceiling = (await copyRows(w, url)) ?? null;
  const dataDir = join(dir, `pglite-${w.format}`);
  await w.prepare({ dataDir });
  results.push(
    result(
      w,
      "PGlite",
      await runImportChild(w.format, w.file, { dataDir }, join(dir, "report-pglite.json")),
      ceiling,
    ),
  );
  if (url) {
    const db = await createPostgresDatabase(url);
    try {
      await w.prepare({ url: db.url });
      const run = await runImportChild(w.format, w.file, { url: db.url }, join(dir, "report-pg.json"));
      results.push(result(w, "PostgreSQL", run, ceiling));
    } finally {
      await db.drop();
    }
  }
  return results;
}

async function copyRows(w: Workload, url: string): Promise<number | undefined> {
  const db = await createPostgresDatabase(url);
  try {
    const seconds = await copySeconds(db.url, w.file, w.columns);
    return w.rows / seconds;
  } finally {
    await db.drop();
  }
}

/** Import rows/s of clean_c40.csv and of a synthetic GPC template CSV, on PGlite and PostgreSQL. */
export const importRow: BenchRow = {
  id: "import",
  title: "import: rows/s of clean_c40.csv and a synthetic GPC CSV vs PostgreSQL COPY",
  async run({ quick }) {
    const dir = await mkdtemp(join(tmpdir(), "localledger-import-bench-"));
    try {
      const lines = quick ? 50_000 : 1_000_000;
      const synthetic = join(dir, "synthetic-gpc.csv");
      await writeSyntheticGpcCsv(synthetic, lines);
      const workloads: Array<Workload & { rows: number }> = [
        {
          label: "clean_c40.csv (18,801 rows)",
          format: "c40",
          file: sharedData("c40/clean_c40.csv"),
          columns: 11,
          rows: 18_801,
          prepare: async () => {},
        },
        {
          label: `synthetic GPC template CSV (${lines.toLocaleString("en-US")} lines, 200 per jurisdiction-year)`,
          format: "template-csv",
          file: synthetic,
          columns: 9,
          rows: lines,
          prepare: createSyntheticJurisdictions,
        },
      ];
      const out: BenchResult[] = [];
      for (const w of workloads) out.push(...(await measure(w, dir)));
      return out;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};
