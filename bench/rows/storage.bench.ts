/**
 * Issue 8: start-up time of the server (`localledger serve`) on an empty database (migrations, demo seed) and on an
 * existing one, beside the bare runtime's own start; and database size on disk per 10,000 published inventories of
 * 60 lines, beside the size of the same documents as plain JSON.
 */
import { spawn } from "node:child_process";
import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { InventoryLine } from "../../src/core/document.ts";
import { openDatabase } from "../../src/db/database.ts";
import { buildPublishedInventories } from "../../src/services/audit/verify.bench-support.ts";
import { type BenchRow, median, peakRssMiB } from "../harness.ts";
import { freePort } from "../server-process.ts";
import { sixtyLines } from "./api.bench.ts";

const ROOT = join(import.meta.dirname, "..", "..");

/** Milliseconds from spawning `args` until `url` answers (or, without a url, until the process exits). */
async function timeToReady(args: string[], env: Record<string, string>, url?: string): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: "ignore",
  });
  try {
    if (!url) {
      await new Promise((resolve) => child.once("exit", resolve));
      return performance.now() - started;
    }
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
      try {
        if ((await fetch(url)).ok) return performance.now() - started;
      } catch {
        // not listening yet
      }
      if (performance.now() - started > 120_000) throw new Error("server did not start in 120 s");
      await new Promise((r) => setTimeout(r, 25));
    }
  } finally {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
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

export const startupRow: BenchRow = {
  id: "startup",
  title: "Start-up of `localledger serve` (PGlite)",
  async run({ quick }) {
    const runs = quick ? 1 : 3;
    const bare: number[] = [];
    const empty: number[] = [];
    const existing: number[] = [];
    for (let i = 0; i < runs; i++) {
      bare.push(await timeToReady(["--import", "tsx", "-e", "0"], {}));
      const data = await mkdtemp(join(tmpdir(), "ll-startup-"));
      try {
        const port = String(await freePort());
        const env = { PORT: port, LOCALLEDGER_DATA: data, LOG_LEVEL: "warn" };
        const url = `http://127.0.0.1:${port}/healthz`;
        empty.push(await timeToReady(["bin/localledger.mjs", "serve"], env, url));
        existing.push(await timeToReady(["bin/localledger.mjs", "serve"], env, url));
      } finally {
        await rm(data, { recursive: true, force: true });
      }
    }
    const floor = median(bare);
    const row = (workload: string, ms: number) => ({
      workload,
      figure: ms,
      unit: "ms",
      ceiling: floor,
      ceilingLabel: "bare `node --import tsx` start, ms",
      ratio: ms / floor,
      ratioLabel: "× the bare runtime start (aim: under 10 s)",
      peakRssMiB: peakRssMiB(),
    });
    return [
      row(`empty database: migrate, seed the demo network, listen (median of ${runs})`, median(empty)),
      row(`existing demo database: open, listen (median of ${runs})`, median(existing)),
    ];
  },
};

export const diskRow: BenchRow = {
  id: "disk",
  title: "Database size on disk (PGlite)",
  async run({ quick }) {
    const count = quick ? 1_000 : 10_000;
    const data = await mkdtemp(join(tmpdir(), "ll-disk-"));
    const linesOf = (i: number) => sixtyLines(i) as unknown as InventoryLine[];
    try {
      const database = await openDatabase({ dataDir: data });
      const before = await dirSize(data);
      let json = 0;
      for (let i = 0; i < count; i++) json += JSON.stringify(linesOf(i)).length;
      await buildPublishedInventories(database.db, count, linesOf);
      await database.close();
      const after = await dirSize(data);
      const perTenThousand = ((after - before) / count) * 10_000;
      const jsonPerTenThousand = (json / count) * 10_000;
      return {
        workload: `${count.toLocaleString("en-US")} published inventories × 60 lines (with versions, results, audit events), scaled to 10,000`,
        figure: perTenThousand / 2 ** 20,
        unit: "MiB per 10,000 inventories",
        ceiling: jsonPerTenThousand / 2 ** 20,
        ceilingLabel: "the same lines as plain JSON, MiB",
        ratio: perTenThousand / jsonPerTenThousand,
        ratioLabel: "× the plain JSON of the lines",
        peakRssMiB: peakRssMiB(),
      };
    } finally {
      await rm(data, { recursive: true, force: true });
    }
  },
};
