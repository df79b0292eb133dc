import { execFile, spawn } from "node:child_process";
import { once } from "node:events";
import { readFileSync, writeFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { createSyntheticJurisdictions, writeSyntheticGpcCsv } from "../../bench/rows/import-bench-support.ts";
import { sharedData } from "../../test/support/shared-data.ts";
import { openDatabase } from "../db/database.ts";
import { rowCounts } from "../services/import/import-test-support.ts";
import { SYSTEM } from "../services/service-helpers.ts";
import { createServices } from "../services/services.ts";

const run = promisify(execFile);
const BIN = join(import.meta.dirname, "..", "..", "bin", "localledger.mjs");

async function cli(
  dir: string,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, DATABASE_URL: "", LOCALLEDGER_DATA: dir };
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { env, maxBuffer: 1 << 26 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function countsIn(dir: string) {
  const database = await openDatabase({ dataDir: dir });
  try {
    return await rowCounts(database.db);
  } finally {
    await database.close();
  }
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ll-import-cli-"));
  const database = await openDatabase({ dataDir: dir });
  await createServices(database.db).jurisdictions.create(
    { name: "Rio de Janeiro", type: "city", country: "BR", locode: "BR RIO" },
    SYSTEM,
  );
  await database.close();
});

describe("localledger import / export / template", () => {
  it("exits 2 on usage errors", async () => {
    expect((await cli(dir, "import", "xls", "a.csv")).code).toBe(2);
    expect((await cli(dir, "import", "citycatalyst", "a.csv", "--year", "twenty")).code).toBe(2);
    expect((await cli(dir, "export", "crf")).code).toBe(2);
  });

  it("imports the CityCatalyst export, prints the summary and writes the JSON report; again changes nothing", async () => {
    const report = join(dir, "report.json");
    const first = await cli(
      dir,
      "import",
      "citycatalyst",
      sharedData("citycatalyst/inventory-BR RIO-2022.csv"),
      "--publish",
      "--report",
      report,
    );
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("inventories: 1 created, 0 updated, 0 unchanged, 0 skipped");
    expect(first.stdout).toMatch(
      /warning activity_without_unit \(41\):\n {2}inventory-BR RIO-2022\.csv:\d+:Activity Value/,
    );
    const json = JSON.parse(readFileSync(report, "utf8")) as {
      committed: boolean;
      report: { problems: unknown[] };
    };
    expect(json.committed).toBe(true);
    expect(json.report.problems.length).toBeGreaterThan(40);
    const before = await countsIn(dir);
    const again = await cli(
      dir,
      "import",
      "citycatalyst",
      sharedData("citycatalyst/inventory-BR RIO-2022.csv"),
      "--publish",
    );
    expect(again.stdout).toContain("nothing to change");
    expect(again.stdout).toContain("1 unchanged");
    expect(await countsIn(dir)).toEqual(before);
  });

  it("exits 1 on a file with errors, naming file:line:column, and writes nothing", async () => {
    const before = await countsIn(dir);
    const bad = join(dir, "bad.csv");
    writeFileSync(
      bad,
      "gpc,activity.value,activity.unit,fuel\nI.1.1,12,GJ,natural-gas\nI.1.2,lots,GJ,natural-gas\n",
    );
    const res = await cli(dir, "import", "template-csv", bad, "--jurisdiction", "BR RIO", "--year", "2020");
    expect(res.code).toBe(1);
    expect(res.stdout).toContain("NOT IMPORTED");
    expect(res.stdout).toContain("bad.csv:3:activity.value");
    expect(await countsIn(dir)).toEqual(before);
  });

  it("exports an XLSX GPC table that LibreOffice converts to CSV with the same numbers", async () => {
    const database = await openDatabase({ dataDir: dir });
    const page = await createServices(database.db).inventories.list({ year: 2022 }, SYSTEM);
    await database.close();
    const inv = page.items[0];
    const out = join(dir, "rio.xlsx");
    expect(
      (await cli(dir, "export", "gpc-table", "--inventory", inv?.id ?? "", "--format", "xlsx", "--out", out))
        .code,
    ).toBe(0);
    const lo = await run("soffice", ["--headless", "--convert-to", "csv", "--outdir", dir, out], {
      env: { ...process.env, HOME: dir },
    });
    expect(lo.stdout).toContain("rio.csv");
    const rows = parse(readFileSync(join(dir, "rio.csv"))) as string[][];
    const total = (label: string) => Number(rows.find((r) => r[0] === `TOTAL ${label}`)?.at(-1));
    expect(total("BASIC")).toBeCloseTo(inv?.result.totals.basic ?? Number.NaN, 3);
    expect(total("Scope 1")).toBeCloseTo(inv?.result.totals.scope1 ?? Number.NaN, 3);
    expect(rows.filter((r) => /^[IV]+\.\d/.test(r[0] ?? "")).length).toBeGreaterThan(50);
  }, 60_000);

  it("writes the template", async () => {
    const out = join(dir, "template.csv");
    expect((await cli(dir, "template", "--format", "csv", "--out", out)).code).toBe(0);
    expect(readFileSync(out, "utf8").split("\r\n")[1]).toMatch(/^I\.1\.1,/);
  });

  it("leaves the database as it was when an import is killed mid-way", async () => {
    const killDir = await mkdtemp(join(tmpdir(), "ll-import-kill-"));
    const file = join(killDir, "big.csv");
    await writeSyntheticGpcCsv(file, 400_000);
    await createSyntheticJurisdictions({ dataDir: killDir });
    const before = await countsIn(killDir);
    const env = { ...process.env, DATABASE_URL: "", LOCALLEDGER_DATA: killDir };
    const child = spawn(process.execPath, [BIN, "import", "template-csv", file, "--publish"], { env });
    let seen = 0;
    child.stderr.on("data", (d: Buffer) => {
      for (const m of d.toString().matchAll(/, (\d+) rows,/g)) seen = Math.max(seen, Number(m[1]));
      if (seen >= 60_000 && child.exitCode === null) child.kill("SIGKILL");
    });
    const [, signal] = (await once(child, "exit")) as [number | null, string | null];
    expect(signal).toBe("SIGKILL");
    expect(seen).toBeGreaterThanOrEqual(60_000);
    expect(await countsIn(killDir)).toEqual(before);
  }, 180_000);
});
