import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../db/database.ts";
import { chromiumPath } from "../report/pdf.ts";
import { publishInventory } from "../services/analytics/analytics-fixtures.ts";
import { SYSTEM } from "../services/service-helpers.ts";
import { createServices } from "../services/services.ts";

const run = promisify(execFile);
const BIN = join(import.meta.dirname, "..", "..", "bin", "localledger.mjs");

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, DATABASE_URL: "" };
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { env, maxBuffer: 64 << 20 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ll-report-"));
  const database = await openDatabase({ dataDir: join(dir, "data") });
  const services = createServices(database.db);
  const mk = (name: string, region: string, population: number, parentId?: string) =>
    services.jurisdictions.create(
      {
        name,
        type: parentId ? "city" : "province",
        country: "PT",
        region,
        parentId,
        tags: ["coastal"],
        population: [{ year: 2021, value: population }],
      },
      SYSTEM,
    );
  const north = await mk("Norte", "Europe", 3_500_000);
  const porto = await mk("Porto", "Europe", 230_000, north.id);
  const madeira = await mk("Madeira", "Atlantic", 250_000);
  await publishInventory(services, north.id, 2021, 9e6);
  await publishInventory(services, porto.id, 2021, 1e6);
  await publishInventory(services, madeira.id, 2020, 1.2e6);
  await database.close();
}, 60_000);

describe("localledger report network", () => {
  it("prints the report's data as JSON, the province counted instead of its city", async () => {
    const { code, stdout } = await cli("report", "network", "--format", "json", "--data", join(dir, "data"));
    expect(code).toBe(0);
    const data = JSON.parse(stdout) as {
      rollup: { territorial: { value: number; excluded: unknown[] } };
      sectorTrend: Array<{ year: number; bySector: Record<string, number> }>;
      attribution: string[];
    };
    expect(data.rollup.territorial.value).toBe(9e6 + 1.2e6);
    expect(data.rollup.territorial.excluded).toHaveLength(1);
    expect(data.sectorTrend).toEqual([
      { year: 2020, bySector: { I: 1.2e6 * 0.6, II: 1.2e6 * 0.4 } },
      { year: 2021, bySector: { I: 9e6 * 0.6, II: 9e6 * 0.4 } },
    ]);
    expect(data.attribution[0]).toMatch(/CDP and ICLEI/);
  });

  it("writes the HTML report of one region to a file", async () => {
    const out = join(dir, "europe.html");
    const { code } = await cli(
      "report",
      "network",
      "--region",
      "Europe",
      "--out",
      out,
      "--data",
      join(dir, "data"),
    );
    expect(code).toBe(0);
    const html = await readFile(out, "utf8");
    expect(html).toContain("Region: Europe");
    expect(html).toContain('<th scope="row">Europe</th>');
    expect(html).not.toContain('<th scope="row">Atlantic</th>');
  });

  it("refuses a bad format or country with a message and exit code 1", async () => {
    const bad = await cli("report", "network", "--format", "docx", "--data", join(dir, "data"));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/--format/);
    const country = await cli("report", "network", "--country", "portugal", "--data", join(dir, "data"));
    expect(country.stderr).toMatch(/--country must be an ISO 3166-1 alpha-2 code/);
  });

  it("renders an A4 PDF through Chromium", async () => {
    expect(existsSync(chromiumPath()), `PDF needs Chromium at ${chromiumPath()}`).toBe(true);
    const out = join(dir, "report.pdf");
    const { code, stderr } = await cli(
      "report",
      "network",
      "--format",
      "pdf",
      "--out",
      out,
      "--data",
      join(dir, "data"),
    );
    expect(code, stderr).toBe(0);
    const pdf = await readFile(out);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const { stdout } = await run("pdfinfo", [out]);
    expect(stdout).toMatch(
      /Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)|Page size:\s+595\.\d+ x 842\.\d+ pts \(A4\)/,
    );
    expect(Number(/Pages:\s+(\d+)/.exec(stdout)?.[1])).toBeGreaterThanOrEqual(2);
  }, 60_000);
});
