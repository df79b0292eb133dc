/**
 * Malformed files through the import service on every driver: each is refused with a clear error naming the
 * file, line and column where they apply, and the database is exactly as it was (row counts and an MD5 of every
 * table an import writes). The explicit encoding and delimiter options read what the defaults refuse.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sharedData } from "../../../test/support/shared-data.ts";
import { type TestDatabase, testDrivers } from "../../db/testing/test-database.ts";
import { sharedText } from "../../io/test-support.ts";
import { SYSTEM } from "../service-helpers.ts";
import { createServices, type Services } from "../services.ts";
import { FILES } from "./import-test-support.ts";
import {
  databaseFingerprint,
  formulaWorkbookWithResults,
  type MalformedCase,
  withDelimiter,
  writeMalformedFiles,
} from "./malformed-files.ts";

let dir: string;
let cases: MalformedCase[];
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ll-malformed-"));
  cases = await writeMalformedFiles(dir, true);
}, 120_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe.each(testDrivers())("malformed files through the import service ($kind)", (driver) => {
  let database: TestDatabase;
  let services: Services;
  beforeAll(async () => {
    database = await driver.open();
    services = createServices(database.db);
    // Something to keep: Rio's published CityCatalyst inventory (BR RIO exists for the template cases).
    await services.jurisdictions.create(
      { name: "Rio de Janeiro", type: "city", country: "BR", locode: "BR RIO" },
      SYSTEM,
    );
    const rio = await services.imports.importFile(
      "citycatalyst",
      sharedData(FILES.citycatalyst),
      { publish: true },
      SYSTEM,
    );
    expect(rio.committed).toBe(true);
  });
  afterAll(() => database.close());

  it("refuses every malformed file with its error where it is, and changes nothing", async () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
    for (const c of cases) {
      const before = await databaseFingerprint(database.db);
      const outcome = await services.imports.importFile(c.format, c.path, {}, SYSTEM);
      const problem = outcome.report.problems.find((p) => p.code === c.code);
      expect([c.name, outcome.blocked, outcome.committed]).toEqual([c.name, true, false]);
      expect(problem, `${c.name}: ${JSON.stringify(outcome.report.problems.slice(0, 3))}`).toBeDefined();
      expect({ name: c.name, ...problem }).toMatchObject({
        name: c.name,
        severity: "error",
        file: c.name,
        line: c.line,
        ...(c.column ? { column: c.column } : {}),
        ...(c.sheet ? { sheet: c.sheet } : {}),
      });
      expect(problem?.message.length).toBeGreaterThan(20);
      expect(await databaseFingerprint(database.db)).toEqual(before);
    }
  }, 120_000);

  it("says how to read a Latin-1 file, and reads it when told its encoding", async () => {
    const latin1 = cases.find((c) => c.code === "invalid_encoding") as MalformedCase;
    const refused = await services.imports.importFile("cdp-citywide", latin1.path, { dryRun: true }, SYSTEM);
    expect(refused.report.problems[0]?.message).toContain("--encoding latin1");
    const utf8 = sharedText(FILES.cdp2021).split("\n").slice(0, 40).join("\n");
    const asUtf8 = await services.imports.importFile(
      "cdp-citywide",
      { name: "cdp-utf8.csv", data: utf8 },
      { dryRun: true, partial: true },
      SYSTEM,
    );
    const read = await services.imports.importFile(
      "cdp-citywide",
      latin1.path,
      { dryRun: true, partial: true, encoding: "latin1" },
      SYSTEM,
    );
    expect(read.report.fatal).toBe(false);
    expect(read.counts).toEqual(asUtf8.counts);
    expect(read.counts.jurisdictions.created).toBe(39);
  });

  it("reads a semicolon-delimited file when told its delimiter, exactly as the comma-delimited one", async () => {
    const c40 = sharedText(FILES.c40).split("\n").slice(0, 60).join("\n");
    const options = { dryRun: true, partial: true };
    const comma = await services.imports.importFile("c40", { name: "c.csv", data: c40 }, options, SYSTEM);
    const semi = await services.imports.importFile(
      "c40",
      { name: "s.csv", data: withDelimiter(c40, ";") },
      { ...options, delimiter: ";" },
      SYSTEM,
    );
    expect(semi.report.fatal).toBe(false);
    expect(semi.counts).toEqual(comma.counts);
    expect(semi.counts.inventories.created).toBeGreaterThan(0);
  });

  it("imports a workbook with formulas and merged cells, using the cached results, with warnings", async () => {
    const before = await databaseFingerprint(database.db);
    const outcome = await services.imports.importFile(
      "template-xlsx",
      { name: "formulas.xlsx", data: await formulaWorkbookWithResults() },
      {},
      SYSTEM,
    );
    expect(outcome).toMatchObject({ blocked: false, committed: true });
    const codes = outcome.report.problems.map((p) => `${p.severity} ${p.code} ${p.sheet}!${p.line}`);
    expect(codes).toEqual(["warning formula_result_used Lines!2", "warning merged_cells Lines!3"]);
    expect(await databaseFingerprint(database.db)).not.toEqual(before);
    const page = await services.inventories.list({ year: 2019, view: "working" }, SYSTEM);
    expect(page.items[0]?.lines).toEqual([
      { gpc: "IV.1", emissions: { CO2: { value: 120, unit: "t" } } },
      { gpc: "IV.1", emissions: { CO2: { value: 5, unit: "t" } } },
    ]);
    expect(page.items[0]?.result.totals.basicPlus).toBe(125);
  });
});
