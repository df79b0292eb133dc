/**
 * Support for the import benchmark rows: a synthetic multi-inventory GPC template CSV, its jurisdictions, the
 * import run as a child process (`node bin/localledger.mjs import …`) with its peak RSS read from /proc, and
 * PostgreSQL's own COPY of the same file into a bare table (psql \copy), the ceiling.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openDatabase } from "../../src/db/database.ts";
import { SYSTEM } from "../../src/services/service-helpers.ts";
import { createServices } from "../../src/services/services.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
/** Lines per jurisdiction-year of the synthetic file, and jurisdictions it spreads over. */
export const LINES_PER_INVENTORY = 200;
const JURISDICTIONS = 500;
const FUEL_ROWS = ["I.1.1", "I.2.1", "I.3.1", "II.1.1", "II.2.1"];
const EMISSION_ROWS = ["III.1.1", "III.4.1", "IV.1", "V.1", "I.1.2"];

/** The UN/LOCODE-like code of synthetic jurisdiction `i`. */
export function syntheticLocode(i: number): string {
  return `XB ${String(i).padStart(3, "0")}`;
}

/** Writes `lines` template rows (plus header) to `file`: jurisdiction-years of 200 lines, half fuel, half emissions. */
export async function writeSyntheticGpcCsv(file: string, lines: number): Promise<void> {
  const out = createWriteStream(file);
  out.write(
    "jurisdiction,year,gpc,fuel,activity.value,activity.unit,emissions.CO2e.value,emissions.CO2e.unit,source\n",
  );
  for (let n = 0; n < lines; n++) {
    const inventory = Math.floor(n / LINES_PER_INVENTORY);
    const locode = syntheticLocode(inventory % JURISDICTIONS);
    const year = 2000 + Math.floor(inventory / JURISDICTIONS);
    const row =
      n % 2 === 0
        ? `${locode},${year},${FUEL_ROWS[n % 5]},natural-gas,${1000 + (n % 997)},GJ,,,synthetic\n`
        : `${locode},${year},${EMISSION_ROWS[n % 5]},,,,${10 + (n % 991)},t,synthetic\n`;
    if (!out.write(row)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}

/** Creates the synthetic file's jurisdictions in a database (a PostgreSQL URL or a PGlite folder). */
export async function createSyntheticJurisdictions(where: { url?: string; dataDir?: string }): Promise<void> {
  const database = await openDatabase(where);
  try {
    const services = createServices(database.db);
    for (let i = 0; i < JURISDICTIONS; i++) {
      const j = { name: `Synthetic ${i}`, type: "city", country: "BR", locode: syntheticLocode(i) };
      await services.jurisdictions.create(j, SYSTEM);
    }
  } finally {
    await database.close();
  }
}

/** What an import child process did: its outcome, wall time and peak RSS. */
export interface ImportRun {
  rows: number;
  importSeconds: number;
  wallSeconds: number;
  peakRssMiB: number;
  outcome: { committed: boolean; blocked: boolean; counts: Record<string, { created: number }> };
}

/** Runs `localledger import` as a child process on a database; reads VmHWM from /proc while it runs. */
export async function runImportChild(
  format: string,
  file: string,
  where: { url?: string; dataDir?: string },
  reportFile: string,
): Promise<ImportRun> {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  if (where.url) env.DATABASE_URL = where.url;
  if (where.dataDir) env.LOCALLEDGER_DATA = where.dataDir;
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [join(ROOT, "bin/localledger.mjs"), "import", format, file, "--publish", "--report", reportFile],
    { env, stdio: ["ignore", "ignore", "inherit"] },
  );
  let peakKiB = 0;
  const poll = setInterval(() => {
    readFile(`/proc/${child.pid}/status`, "utf8")
      .then((text) => {
        const kib = Number(/VmHWM:\s+(\d+)/.exec(text)?.[1] ?? 0);
        if (kib > peakKiB) peakKiB = kib;
      })
      .catch(() => {});
  }, 100);
  const [code] = (await once(child, "exit")) as [number | null];
  clearInterval(poll);
  const wallSeconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`localledger import ${format} exited with ${code}`);
  const outcome = JSON.parse(await readFile(reportFile, "utf8")) as ImportRun["outcome"] & {
    rows: number;
    durationMs: number;
  };
  if (!outcome.committed) throw new Error(`import of ${file} wrote nothing`);
  return {
    rows: outcome.rows,
    importSeconds: outcome.durationMs / 1000,
    wallSeconds,
    peakRssMiB: peakKiB / 1024,
    outcome,
  };
}

/** Seconds PostgreSQL's COPY takes to load `file` into a bare table of `columns` text columns (psql \copy). */
export async function copySeconds(url: string, file: string, columns: number): Promise<number> {
  const table = `bench_copy_${process.pid}`;
  const cols = Array.from({ length: columns }, (_, i) => `c${i} text`).join(", ");
  const script = [
    `drop table if exists ${table};`,
    `create unlogged table ${table} (${cols});`,
    "\\timing on",
    `\\copy ${table} from '${file}' with (format csv, header true)`,
    "\\timing off",
    `drop table ${table};`,
  ].join("\n");
  const child = spawn("psql", [url, "-v", "ON_ERROR_STOP=1", "-q"], { stdio: ["pipe", "pipe", "inherit"] });
  let out = "";
  child.stdout.on("data", (d: Buffer) => {
    out += d.toString();
  });
  child.stdin.end(script);
  const [code] = (await once(child, "exit")) as [number | null];
  if (code !== 0) throw new Error(`psql \\copy exited with ${code}`);
  const ms = Number(/Time: ([\d.]+) ms/.exec(out)?.[1]);
  if (!Number.isFinite(ms)) throw new Error(`psql printed no timing: ${out}`);
  return ms / 1000;
}
