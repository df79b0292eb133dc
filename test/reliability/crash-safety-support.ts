/**
 * Crash safety, shared by one test file per driver (so that workers run the drivers in parallel): in every
 * round the real server runs as a child process and is killed with SIGKILL at a random moment while six clients
 * write, then a CLI import of a 40,000-line file runs as a child process and is killed at a random moment too.
 * After each kill the database must open, `verify` must pass, every write the server acknowledged must be there,
 * and every write must be whole (an inventory with all the lines it was sent, its calculated results and its
 * audit event) or absent (an import: all of it or none). CRASH_ROUNDS rounds per driver (20 with
 * LOCALLEDGER_LONG_TESTS=1), on PGlite and, with TEST_DATABASE_URL, on PostgreSQL.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "../../bench/server-process.ts";
import type { InventoryLine } from "../../src/core/document.ts";
import { type Database, openDatabase } from "../../src/db/database.ts";
import { auditEvents } from "../../src/db/schema/index.ts";
import { createPostgresDatabase } from "../../src/db/testing/test-database.ts";
import { writeTemplateCsv } from "../../src/io/template.csv.ts";
import { userPrincipal } from "../../src/policies/principal.ts";
import { verifyRecord } from "../../src/services/audit/verify-record.ts";
import { SYSTEM } from "../../src/services/service-helpers.ts";
import { createServices } from "../../src/services/services.ts";
import { LONG, reportFigure } from "./support.ts";

/** Kill rounds per driver. */
const CRASH_ROUNDS = LONG ? 20 : 4;
const WRITERS = 6;
const ROOT = join(import.meta.dirname, "..", "..");
const BIN = join(ROOT, "bin", "localledger.mjs");
/** What one driver's run survived, printed for the note. */
interface Tally {
  rounds: number;
  serverKills: number;
  acknowledged: number;
  unanswered: number;
  importKills: number;
  /** Imports the kill caught mid-way (the rest had finished, whole, before it). */
  importsKilledMidway: number;
}

interface Where {
  kind: "pglite" | "postgres";
  env: Record<string, string>;
  open(): Promise<Database>;
}

/** Lines of a write that carries `k` lines (the count is in its boundary, so a reader can tell it is whole). */
function linesOf(k: number, seed: number): InventoryLine[] {
  return Array.from({ length: k }, (_, i) => ({
    gpc: i % 2 ? "II.1.1" : "I.1.2",
    activity: { value: 1 + ((seed + i) % 97), unit: "MWh" },
    factors: { CO2e: { value: 0.5, unit: "t/MWh" } },
  }));
}

async function startServer(where: Where): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "src/server-main.ts"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: "", ...where.env, PORT: String(port), LOG_LEVEL: "error" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (d: Buffer) => {
    stderr += d.toString();
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited ${child.exitCode}: ${stderr}`);
    if (Date.now() > deadline) throw new Error(`server did not start: ${stderr}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return { child, url };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Sends writes until the server dies; returns what was acknowledged and what was sent without an answer. */
async function writeUntilKilled(
  url: string,
  token: string,
  jurisdictions: string[],
  round: number,
  child: ChildProcess,
) {
  const acked = new Set<string>();
  const unanswered = new Set<string>();
  const failures: string[] = [];
  let stop = false;
  let firstAck: () => void = () => {};
  const started = new Promise<void>((r) => {
    firstAck = r;
  });
  const writer = async (w: number) => {
    for (let year = 1990; !stop && year <= 2100; year++) {
      const k = 1 + ((round * 31 + year * 7 + w) % 60);
      const marker = `crash-${round}-${w}-${year}-${k}`;
      try {
        const res = await fetch(`${url}/api/v1/inventories`, {
          method: "POST",
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
          body: JSON.stringify({
            jurisdictionId: jurisdictions[w],
            year,
            kind: "community",
            boundary: marker,
            lines: linesOf(k, year),
          }),
        });
        await res.arrayBuffer();
        if (res.status !== 201) throw new Error(`unexpected ${res.status} for ${marker}`);
        acked.add(marker);
        firstAck();
      } catch (error) {
        if (!stop) {
          failures.push(String(error));
          firstAck();
          return;
        }
        unanswered.add(marker);
      }
    }
  };
  const running = Array.from({ length: WRITERS }, (_, w) => writer(w));
  await started;
  await new Promise((r) => setTimeout(r, 100 + Math.random() * 1500));
  stop = true;
  child.kill("SIGKILL");
  await Promise.allSettled(running);
  if (child.exitCode === null && child.signalCode === null) await once(child, "exit");
  expect(failures).toEqual([]);
  return { acked, unanswered };
}

/** Checks the database after a crash: it opens, verifies, holds every acknowledged write, and every write whole. */
async function checkAfterCrash(where: Where, jurisdictions: string[], acked: Set<string>): Promise<void> {
  const database = await where.open();
  try {
    const report = await verifyRecord(database.db);
    expect(report.ok, JSON.stringify(report).slice(0, 400)).toBe(true);
    const services = createServices(database.db);
    const found = new Set<string>();
    for (const jurisdictionId of jurisdictions) {
      let cursor: string | undefined;
      do {
        const page = await services.inventories.list(
          { jurisdictionId, view: "working", limit: 200, cursor },
          SYSTEM,
        );
        for (const view of page.items) {
          const marker = view.boundary ?? "";
          const k = Number(marker.split("-").pop());
          found.add(marker);
          expect([marker, view.lines.length, view.result.lines.length]).toEqual([marker, k, k]);
          const events = await database.db
            .select({ n: sql<number>`count(*)::int` })
            .from(auditEvents)
            .where(eq(auditEvents.entityId, view.id));
          expect([marker, (events[0]?.n ?? 0) > 0]).toEqual([marker, true]);
        }
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
    }
    expect([...acked].filter((m) => !found.has(m))).toEqual([]);
  } finally {
    await database.close();
  }
}

/**
 * Imports a template CSV for `year` with a CLI child and kills it after `killAfterMs`: afterwards the database
 * opens and verifies, and the inventory is all there or absent. Returns whether the import had already finished.
 */
async function killImport(
  where: Where,
  file: string,
  jurisdictionLocode: string,
  lines: number,
  year: number,
  killAfterMs: number,
): Promise<{ finished: boolean; elapsedMs: number }> {
  const started = Date.now();
  const child = spawn(
    process.execPath,
    [
      BIN,
      "import",
      "template-csv",
      file,
      "--jurisdiction",
      jurisdictionLocode,
      "--year",
      String(year),
      "--publish",
    ],
    { env: { ...process.env, DATABASE_URL: "", ...where.env }, stdio: ["ignore", "ignore", "pipe"] },
  );
  child.stderr?.resume();
  // Listen from the start: on a fast machine the import may finish before the kill, and a later once() would wait
  // for an exit that has already happened.
  const exited = once(child, "exit");
  const timer = setTimeout(() => child.kill("SIGKILL"), killAfterMs);
  const [code] = (await exited) as [number | null];
  clearTimeout(timer);
  const elapsedMs = Date.now() - started;
  const database = await where.open();
  try {
    expect((await verifyRecord(database.db)).ok).toBe(true);
    const page = await createServices(database.db).inventories.list(
      { year, view: "working", limit: 200 },
      SYSTEM,
    );
    const mine = page.items.filter((v) => v.boundary === null && v.year === year);
    for (const view of mine) expect(view.lines.length).toBe(lines);
    if (code === 0) expect(mine).toHaveLength(1);
    return { finished: code === 0, elapsedMs };
  } finally {
    await database.close();
  }
}

async function prepare(where: Where): Promise<{ token: string; jurisdictions: string[][] }> {
  const database = await where.open();
  try {
    const services = createServices(database.db);
    const user = await services.users.create(
      {
        email: "crash@test.localledger.org",
        name: "Crash",
        password: "crash-test-password",
        roles: [{ role: "admin" }],
      },
      SYSTEM,
    );
    const { token } = await services.tokens.create(userPrincipal(user.id, []), "crash", null);
    const jurisdictions: string[][] = [];
    for (let round = 0; round < CRASH_ROUNDS; round++) {
      const ids: string[] = [];
      for (let w = 0; w < WRITERS; w++)
        ids.push(
          (
            await services.jurisdictions.create(
              { name: `Crash ${round}-${w}`, type: "city", country: "BR" },
              SYSTEM,
            )
          ).id,
        );
      jurisdictions.push(ids);
    }
    await services.jurisdictions.create(
      { name: "Import Town", type: "town", country: "BR", locode: "BR IMP" },
      SYSTEM,
    );
    return { token, jurisdictions };
  } finally {
    await database.close();
  }
}

/** A fresh PGlite data folder. */
async function pgliteWhere(): Promise<Where & { drop(): Promise<void> }> {
  const dataDir = await mkdtemp(join(tmpdir(), "ll-crash-"));
  return {
    kind: "pglite",
    env: { LOCALLEDGER_DATA: dataDir },
    open: () => openDatabase({ dataDir }),
    drop: () => rm(dataDir, { recursive: true, force: true }),
  };
}

/** A fresh PostgreSQL database beside TEST_DATABASE_URL's. */
async function postgresWhere(adminUrl: string): Promise<Where & { drop(): Promise<void> }> {
  const created = await createPostgresDatabase(adminUrl);
  return {
    kind: "postgres",
    env: { DATABASE_URL: created.url },
    open: () => openDatabase({ url: created.url }),
    drop: created.drop,
  };
}

/** Defines the crash rounds on one driver (PostgreSQL only when TEST_DATABASE_URL is set). */
export function crashSuite(kind: "pglite" | "postgres"): void {
  const adminUrl = process.env.TEST_DATABASE_URL;
  const make = kind === "pglite" ? pgliteWhere : () => postgresWhere(adminUrl as string);
  const cleanups: Array<() => Promise<void>> = [];
  let tally: Tally | undefined;
  afterAll(async () => {
    if (tally) reportFigure(`crash safety on ${kind}: ${JSON.stringify(tally)}`);
    for (const cleanup of cleanups) await cleanup();
  });

  describe.runIf(kind === "pglite" || adminUrl)(`SIGKILL during writes on ${kind}`, () => {
    it(`survives ${CRASH_ROUNDS} rounds of killing the server and an import: opens, verifies, nothing half-written`, async () => {
      const where = await make();
      cleanups.push(where.drop);
      const { token, jurisdictions } = await prepare(where);
      const importLines = 40_000;
      const csvDir = await mkdtemp(join(tmpdir(), "ll-crash-csv-"));
      cleanups.push(() => rm(csvDir, { recursive: true, force: true }));
      const csv = join(csvDir, "big.csv");
      await writeFile(csv, writeTemplateCsv({ lines: linesOf(importLines, 1) } as never));
      const t: Tally = {
        rounds: 0,
        serverKills: 0,
        acknowledged: 0,
        unanswered: 0,
        importKills: 0,
        importsKilledMidway: 0,
      };
      tally = t;
      // The import is killed at a random moment in [0.5 s, latest]; an import that finished before its kill shows
      // how long a whole one takes, and the window shrinks to stay inside it.
      let latest = 6000;
      for (let round = 0; round < CRASH_ROUNDS; round++) {
        const { child, url } = await startServer(where);
        const ids = jurisdictions[round] as string[];
        const { acked, unanswered } = await writeUntilKilled(url, token, ids, round, child);
        expect(acked.size).toBeGreaterThan(0);
        await checkAfterCrash(where, ids, acked);
        t.serverKills += 1;
        t.acknowledged += acked.size;
        t.unanswered += unanswered.size;
        const killAfter = 500 + Math.random() * Math.max(0, latest - 500);
        const imported = await killImport(where, csv, "BR IMP", importLines, 2000 + round, killAfter);
        t.importKills += 1;
        if (imported.finished) latest = Math.max(1000, Math.min(latest, imported.elapsedMs * 0.9));
        else t.importsKilledMidway += 1;
        t.rounds += 1;
      }
      expect(t.importsKilledMidway).toBeGreaterThan(0);
    }, 1_800_000);
  });
}
