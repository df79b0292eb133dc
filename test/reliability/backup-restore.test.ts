/**
 * `localledger backup FILE` and `restore FILE` through the real CLI, on PGlite and (with TEST_DATABASE_URL) on
 * PostgreSQL: the restored database passes verify and serves the same answers as the original; a restore
 * refuses a non-empty folder without --force, a backup of the other engine, and a folder another process has open.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { lockDataDir } from "../../src/db/data-dir-lock.ts";
import { type Database, openDatabase } from "../../src/db/database.ts";
import { createPostgresDatabase } from "../../src/db/testing/test-database.ts";
import { createApp } from "../../src/http/app.ts";
import { createTestApp, type TestApp } from "../../src/http/testing/test-app.ts";
import { inventoryIn, reviewedIn } from "../../src/http/testing/workflow-fixtures.ts";
import { SYSTEM } from "../../src/services/service-helpers.ts";
import { createServices } from "../../src/services/services.ts";

const run = promisify(execFile);
const BIN = join(import.meta.dirname, "..", "..", "bin", "localledger.mjs");

async function cli(env: Record<string, string>, ...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], {
      env: { ...process.env, DATABASE_URL: "", ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** A small network: jurisdictions, inventories in several states, targets, actions, a risk. */
async function fill(app: TestApp): Promise<string> {
  const s = app.services;
  const a = (
    await s.jurisdictions.create(
      { name: "Backup City", type: "city", country: "BR", requiresApprover: true, locode: "BR BKP" },
      SYSTEM,
    )
  ).id;
  const b = (
    await s.jurisdictions.create(
      { name: "Restore Town", type: "town", country: "PT", requiresApprover: true },
      SYSTEM,
    )
  ).id;
  const published = await inventoryIn(s, a, "published");
  await inventoryIn(s, a, "in_review");
  await inventoryIn(s, b, "published");
  await inventoryIn(s, b, "draft");
  await reviewedIn(s, "targets", a, "published");
  await reviewedIn(s, "actions", b, "draft");
  await s.risks.create({ jurisdictionId: a, hazard: "flood" } as never, SYSTEM);
  return published;
}

/** Fields that say when an answer was made, not what it says. */
const VOLATILE = new Set(["durationMs", "computedAt", "generatedAt"]);

/** Reads through the API as the holder of `token`, on an already open database (nothing is written). */
function reader(database: Database, token: string) {
  const app = createApp({ services: createServices(database.db), database });
  return async (path: string) => {
    const res = await app.request(path, { headers: { authorization: `Bearer ${token}` } });
    return { status: res.status, body: (await res.json()) as unknown };
  };
}

/** What the API answers on a set of reads (volatile timings removed). */
async function answers(read: ReturnType<typeof reader>, published: string): Promise<Record<string, unknown>> {
  const paths = [
    "/api/v1/jurisdictions?limit=200",
    "/api/v1/inventories?limit=200",
    "/api/v1/inventories?view=working&limit=200",
    `/api/v1/inventories/${published}`,
    `/api/v1/inventories/${published}/versions`,
    "/api/v1/targets?limit=200",
    "/api/v1/actions?view=working&limit=200",
    "/api/v1/risks?limit=200",
    "/api/v1/open-data.json",
    "/api/v1/analytics/network",
    "/api/v1/audit/events?limit=200",
    "/api/v1/audit/verify",
  ];
  const out: Record<string, unknown> = {};
  for (const path of paths) {
    const res = await read(path);
    expect([path, res.status]).toEqual([path, 200]);
    out[path] = JSON.parse(JSON.stringify(res.body), (k, v) => (VOLATILE.has(k) ? undefined : v));
  }
  return out;
}

const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const c of cleanups) await c();
});

describe("backup and restore on PGlite", () => {
  it("restores a database that verifies and answers as the original did", async () => {
    const root = await mkdtemp(join(tmpdir(), "ll-backup-"));
    cleanups.push(() => rm(root, { recursive: true, force: true }));
    const original = join(root, "original");
    const app = await createTestApp({ open: () => openDatabase({ dataDir: original }) });
    const published = await fill(app);
    const { token } = await app.createUser([{ role: "admin" }]);
    const before = await answers(reader(app.database, token), published);
    // Taken while the server has it open, a backup is refused rather than read from under it.
    const busy = await cli({ LOCALLEDGER_DATA: original }, "backup", join(root, "busy.tar.gz"));
    expect(busy.code).toBe(1);
    expect(busy.stderr).toMatch(/in use by process/);
    await app.close();

    const file = join(root, "ledger.tar.gz");
    const backup = await cli({ LOCALLEDGER_DATA: original }, "backup", file);
    expect([backup.code, backup.stderr]).toEqual([0, ""]);
    expect(backup.stdout).toMatch(/backed up the pglite database to .*ledger\.tar\.gz/);
    expect(await readdir(root)).not.toContain("ledger.tar.gz.partial");

    const restored = join(root, "restored");
    const restore = await cli({ LOCALLEDGER_DATA: restored }, "restore", file);
    expect([restore.code, restore.stderr]).toEqual([0, ""]);
    expect(restore.stdout).toMatch(
      /restored the pglite database[\s\S]*verified: \d+ audit events, 2 published versions/,
    );

    const again = await openDatabase({ dataDir: restored });
    try {
      expect(await answers(reader(again, token), published)).toEqual(before);
    } finally {
      await again.close();
    }

    // A non-empty folder needs --force, which moves it aside instead of deleting it.
    const refused = await cli({ LOCALLEDGER_DATA: restored }, "restore", file);
    expect([refused.code, refused.stderr]).toEqual([1, expect.stringMatching(/is not empty.*--force/)]);
    const forced = await cli({ LOCALLEDGER_DATA: restored }, "restore", file, "--force");
    expect(forced.code).toBe(0);
    const aside = /moved the previous database aside to (\S+)/.exec(forced.stdout)?.[1] as string;
    expect(existsSync(join(aside, "PG_VERSION"))).toBe(true);

    // Files that are not a backup of this engine are refused, naming why.
    const fake = join(root, "fake.dump");
    await writeFile(fake, "PGDMP not really");
    const other = await cli({ LOCALLEDGER_DATA: join(root, "x") }, "restore", fake);
    expect([other.code, other.stderr]).toEqual([
      1,
      expect.stringMatching(/PostgreSQL \(pg_dump\) backup: set DATABASE_URL/),
    ]);
    const junk = join(root, "junk.bin");
    await writeFile(junk, "hello");
    expect((await cli({ LOCALLEDGER_DATA: join(root, "y") }, "restore", junk)).stderr).toMatch(
      /is not a LocalLedger backup/,
    );

    // A folder another live process has open cannot be restored over.
    const release = lockDataDir(restored);
    try {
      const inUse = await cli({ LOCALLEDGER_DATA: restored }, "restore", file, "--force");
      expect([inUse.code, inUse.stderr]).toEqual([1, expect.stringMatching(/in use by process/)]);
    } finally {
      release();
    }
  }, 300_000);
});

const adminUrl = process.env.TEST_DATABASE_URL;
describe.runIf(adminUrl)("backup and restore on PostgreSQL", () => {
  it("restores with pg_restore into another database: verifies and answers as the original did", async () => {
    const first = await createPostgresDatabase(adminUrl as string);
    const second = await createPostgresDatabase(adminUrl as string);
    cleanups.push(first.drop, second.drop);
    const app = await createTestApp({ open: () => openDatabase({ url: first.url }) });
    const published = await fill(app);
    const { token } = await app.createUser([{ role: "admin" }]);
    const before = await answers(reader(app.database, token), published);
    await app.close();

    const root = await mkdtemp(join(tmpdir(), "ll-backup-pg-"));
    cleanups.push(() => rm(root, { recursive: true, force: true }));
    const file = join(root, "ledger.dump");
    const backup = await cli({ DATABASE_URL: first.url }, "backup", file);
    expect([backup.code, backup.stderr]).toEqual([0, ""]);
    expect(backup.stdout).toMatch(/backed up the postgres database/);

    const restore = await cli({ DATABASE_URL: second.url }, "restore", file);
    expect([restore.code, restore.stderr]).toEqual([0, ""]);
    expect(restore.stdout).toMatch(/verified: \d+ audit events, 2 published versions/);
    const again = await openDatabase({ url: second.url });
    try {
      expect(await answers(reader(again, token), published)).toEqual(before);
    } finally {
      await again.close();
    }
    // Restoring again over the same database replaces it (pg_restore --clean), still identical.
    expect((await cli({ DATABASE_URL: second.url }, "restore", file)).code).toBe(0);
    const third = await openDatabase({ url: second.url });
    try {
      expect(await answers(reader(third, token), published)).toEqual(before);
    } finally {
      await third.close();
    }
    // A PGlite tarball is refused on a server.
    const tarball = join(root, "x.tar.gz");
    await writeFile(tarball, Buffer.from([0x1f, 0x8b, 0, 0, 0]));
    expect((await cli({ DATABASE_URL: second.url }, "restore", tarball)).stderr).toMatch(
      /unset DATABASE_URL/,
    );
  }, 300_000);
});
