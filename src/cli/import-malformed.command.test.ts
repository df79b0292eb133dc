/**
 * `localledger import` with malformed files, on the embedded database and (with TEST_DATABASE_URL) on
 * PostgreSQL: exit 1, every file's error printed as file:line:column, the database exactly as it was; the
 * encoding and delimiter options read what the defaults refuse; a 200 MB streamed template CSV is read to its
 * end in bounded memory (a V8 heap capped below the file's size) and, having an error, writes nothing.
 */
import { execFile, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../db/database.ts";
import { createPostgresDatabase } from "../db/testing/test-database.ts";
import {
  databaseFingerprint,
  type MalformedCase,
  writeLargeTemplateCsv,
  writeMalformedFiles,
} from "../services/import/malformed-files.ts";
import { SYSTEM } from "../services/service-helpers.ts";
import { createServices } from "../services/services.ts";

const run = promisify(execFile);
const BIN = join(import.meta.dirname, "..", "..", "bin", "localledger.mjs");
const JURISDICTIONS = 40;
const locode = (i: number) => `XM ${String(i).padStart(3, "0")}`;

let dir: string;
let cases: MalformedCase[];
let big: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ll-malformed-cli-"));
  cases = await writeMalformedFiles(dir, true);
  big = join(dir, "inventories-200mb.csv");
  await writeLargeTemplateCsv(big, locode, JURISDICTIONS);
}, 180_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

interface Target {
  kind: string;
  where: { url?: string; dataDir?: string };
  drop?: () => Promise<void>;
}

const targets: Array<() => Promise<Target>> = [
  async () => ({ kind: "pglite", where: { dataDir: await mkdtemp(join(tmpdir(), "ll-malformed-db-")) } }),
];
const adminUrl = process.env.TEST_DATABASE_URL;
if (adminUrl)
  targets.push(async () => {
    const created = await createPostgresDatabase(adminUrl);
    return { kind: "postgres", where: { url: created.url }, drop: created.drop };
  });

describe.each(targets.map((open, i) => ({ open, kind: i === 0 ? "pglite" : "postgres" })))(
  "localledger import with malformed files ($kind)",
  ({ open }) => {
    let target: Target;
    const env = () => ({
      ...process.env,
      DATABASE_URL: target.where.url ?? "",
      LOCALLEDGER_DATA: target.where.dataDir ?? "",
    });
    const fingerprint = async () => {
      const database = await openDatabase(target.where);
      try {
        return await databaseFingerprint(database.db);
      } finally {
        await database.close();
      }
    };
    async function cli(...args: string[]) {
      try {
        const { stdout, stderr } = await run(process.execPath, [BIN, ...args], {
          env: env(),
          maxBuffer: 1 << 26,
        });
        return { code: 0, stdout, stderr };
      } catch (error) {
        const e = error as { code: number; stdout: string; stderr: string };
        return { code: e.code, stdout: e.stdout, stderr: e.stderr };
      }
    }

    beforeAll(async () => {
      target = await open();
      const database = await openDatabase(target.where);
      const services = createServices(database.db);
      await services.jurisdictions.create(
        { name: "Rio de Janeiro", type: "city", country: "BR", locode: "BR RIO" },
        SYSTEM,
      );
      for (let i = 0; i < JURISDICTIONS; i++)
        await services.jurisdictions.create(
          { name: `Malformed ${i}`, type: "city", country: "BR", locode: locode(i) },
          SYSTEM,
        );
      await database.close();
    }, 60_000);
    afterAll(async () => {
      await target.drop?.();
      if (target.where.dataDir) await rm(target.where.dataDir, { recursive: true, force: true });
    });

    it("exits 1 naming each file's error at file:line:column, and writes nothing", async () => {
      const before = await fingerprint();
      const formats = [...new Set(cases.map((c) => c.format))];
      for (const format of formats) {
        const files = cases.filter((c) => c.format === format);
        const extra = format === "template-csv" ? ["--jurisdiction", "BR RIO", "--year", "2019"] : [];
        const res = await cli("import", format, ...files.map((c) => c.path), ...extra);
        expect([format, res.code]).toEqual([format, 1]);
        for (const c of files) {
          const at = `${c.sheet ? `${c.sheet}!` : ""}${c.name}${c.line === null ? "" : `:${c.line}`}`;
          expect(res.stdout).toContain(`${c.name} (${format}): NOT IMPORTED`);
          expect(res.stdout).toContain(`error ${c.code}`);
          expect(res.stdout).toContain(`  ${at}${c.column ? `:${c.column}` : ""}`);
        }
      }
      expect(await fingerprint()).toEqual(before);
    }, 180_000);

    it("reads the Latin-1 and semicolon files when told their encoding and delimiter", async () => {
      const latin1 = cases.find((c) => c.code === "invalid_encoding") as MalformedCase;
      const semi = cases.find((c) => c.code === "wrong_delimiter") as MalformedCase;
      const a = await cli(
        "import",
        "cdp-citywide",
        latin1.path,
        "--encoding",
        "latin1",
        "--partial",
        "--dry-run",
      );
      expect(a.code).toBe(0);
      expect(a.stdout).toContain("jurisdictions: 39 created");
      const b = await cli("import", "c40", semi.path, "--delimiter", ";", "--partial", "--dry-run");
      expect(b.code).toBe(0);
      expect(b.stdout).toMatch(/inventories: [1-9]\d* created/);
      expect((await cli("import", "c40", semi.path, "--encoding", "cp437")).code).toBe(2);
      expect((await cli("import", "c40", semi.path, "--delimiter", ";;")).code).toBe(2);
    }, 120_000);

    it("streams a 200 MB template CSV to its end in bounded memory; its error leaves the database as it was", async () => {
      const before = await fingerprint();
      const report = join(dir, `big-report-${target.kind}.json`);
      // A V8 heap of 160 MiB cannot hold the 200 MB file's rows: reading it whole would crash, not exit 1.
      const child = spawn(
        process.execPath,
        ["--max-old-space-size=160", BIN, "import", "template-csv", big, "--report", report],
        { env: env(), stdio: ["ignore", "pipe", "pipe"] },
      );
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d: Buffer) => {
        stdout += d.toString();
      });
      child.stderr.on("data", (d: Buffer) => {
        stderr += d.toString();
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
      expect([code, stderr.slice(-500)]).toEqual([1, expect.any(String)]);
      expect(stdout).toContain("inventories-200mb.csv:2:emissions.CO2e.value");
      const outcome = JSON.parse(await readFile(report, "utf8")) as {
        blocked: boolean;
        rows: number;
        report: { counts: { rows: number } };
      };
      expect(outcome.blocked).toBe(true);
      // Every row of the file was read (about 103,000 rows of 2 KB).
      expect(outcome.report.counts.rows).toBeGreaterThan(100_000);
      expect(peakKiB / 1024).toBeGreaterThan(0);
      expect(peakKiB / 1024).toBeLessThan(1024);
      expect(await fingerprint()).toEqual(before);
    }, 300_000);
  },
);
