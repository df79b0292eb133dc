import { execFile } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../db/database.ts";
import { SAMPLE_LINES } from "../db/testing/factories.ts";
import { importPublished } from "../services/inventories/inventory-import.service.ts";
import { SYSTEM } from "../services/service-helpers.ts";
import { createServices } from "../services/services.ts";

const run = promisify(execFile);
const BIN = join(import.meta.dirname, "..", "..", "bin", "localledger.mjs");

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, DATABASE_URL: "" };
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let dir: string;
let reportId: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ll-verify-"));
  const database = await openDatabase({ dataDir: dir });
  const services = createServices(database.db);
  const j = await services.jurisdictions.create({ name: "Clitown", type: "town", country: "PT" }, SYSTEM);
  await importPublished(
    database.db,
    [{ jurisdictionId: j.id, year: 2021, kind: "community", lines: SAMPLE_LINES }],
    SYSTEM,
    "test",
  );
  const report = await services.themeReports.create(
    {
      jurisdictionId: j.id,
      theme: "mobility",
      year: 2022,
      values: {
        population: 50_000,
        "public-transport-km": 10,
        "modal-share-walking": 40,
        "modal-share-cycling": 10,
        "modal-share-public-transport": 20,
        "modal-share-car": 30,
      },
    },
    SYSTEM,
  );
  await services.themeReports.transition(report.id, "submit", null, SYSTEM);
  await services.themeReports.transition(report.id, "publish", null, SYSTEM);
  reportId = report.id;
  await database.close();
});

describe("localledger verify", () => {
  it("says ok with counts, or prints the report with --json", async () => {
    const ok = await cli("verify", "--data", dir);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(
      /^ok: \d+ audit events chained to [0-9a-f]{16}…, 1 published versions recalculated and hashed, 1 published theme reports recomputed and hashed/,
    );
    const json = await cli("verify", "--data", dir, "--json");
    expect(JSON.parse(json.stdout)).toMatchObject({
      ok: true,
      versions: { checked: 1 },
      themeReports: { checked: 1 },
    });
  }, 30_000);

  it("exits 1 naming a published theme report whose row was changed in the database", async () => {
    const tamper = async (statement: ReturnType<typeof sql>) => {
      const database = await openDatabase({ dataDir: dir });
      await database.db.execute(statement);
      await database.close();
    };
    await tamper(sql`update theme_reports set notes = 'edited behind the API' where id = ${reportId}`);
    const broken = await cli("verify", "--data", dir);
    expect(broken.code).toBe(1);
    expect(broken.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(
        new RegExp(
          `^localledger: verify failed: theme report ${reportId} \\(mobility 2022, jurisdiction .*\\) was altered: .*publish event`,
        ),
      ),
    ]);
    await tamper(sql`update theme_reports set notes = null where id = ${reportId}`);
    expect((await cli("verify", "--data", dir)).code).toBe(0);
  }, 30_000);

  it("exits 1 with one line naming the broken event", async () => {
    const database = await openDatabase({ dataDir: dir });
    await database.db.execute(sql`alter table audit_events disable trigger audit_events_append_only`);
    await database.db.execute(sql`update audit_events set actor = 'someone else' where seq = 2`);
    await database.close();
    const broken = await cli("verify", "--data", dir);
    expect(broken.code).toBe(1);
    expect(broken.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/^localledger: verify failed: audit event 2 is broken/),
    ]);
    const json = await cli("verify", "--data", dir, "--json");
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, chain: { firstBroken: { seq: 2 } } });
  }, 30_000);
});
