import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sharedData } from "../../../test/support/shared-data.ts";
import { inventories, inventoryReportedTotals, jurisdictions } from "../../db/schema/index.ts";
import { type TestDatabase, testDrivers } from "../../db/testing/test-database.ts";
import { verifyRecord } from "../audit/verify-record.ts";
import { SYSTEM } from "../service-helpers.ts";
import { createServices } from "../services.ts";
import { ImportService } from "./import.service.ts";
import { FILES, rowCounts } from "./import-test-support.ts";

describe.each(testDrivers())("importFile on the real files ($kind)", (driver) => {
  let database: TestDatabase;
  let service: ImportService;
  beforeAll(async () => {
    database = await driver.open();
    service = new ImportService(database.db);
  });
  afterAll(() => database.close());

  it("refuses the 2021 CDP file without --partial (it has errors) and writes nothing", async () => {
    const before = await rowCounts(database.db);
    const outcome = await service.importFile(
      "cdp-citywide",
      sharedData(FILES.cdp2021),
      { publish: true },
      SYSTEM,
    );
    expect(outcome.blocked).toBe(true);
    expect(outcome.committed).toBe(false);
    expect(outcome.report.problems.filter((p) => p.code === "invalid_accounting_year")).toHaveLength(2);
    expect(await rowCounts(database.db)).toEqual(before);
  });

  it("dry-runs the 2021 CDP file with --partial: counts what it would write, writes nothing", async () => {
    const before = await rowCounts(database.db);
    const outcome = await service.importFile(
      "cdp-citywide",
      sharedData(FILES.cdp2021),
      { publish: true, partial: true, dryRun: true },
      SYSTEM,
    );
    expect(outcome.blocked).toBe(false);
    expect(outcome.counts.reportedTotals.created).toBeGreaterThan(300);
    expect(await rowCounts(database.db)).toEqual(before);
  });

  it("imports the 2021 CDP file with --partial, skipping only the rows with errors", async () => {
    const outcome = await service.importFile(
      "cdp-citywide",
      sharedData(FILES.cdp2021),
      { publish: true, partial: true },
      SYSTEM,
    );
    expect(outcome.committed).toBe(true);
    const errorLines = new Set(
      outcome.report.problems.filter((p) => p.severity === "error").map((p) => p.line),
    );
    expect(outcome.skipped.length).toBeGreaterThan(0);
    expect(outcome.skipped.every((s) => s.lines.some((l) => errorLines.has(l)))).toBe(true);
    const counts = await rowCounts(database.db);
    expect(counts.inventories).toBe(outcome.counts.reportedTotals.created);
    expect(counts.inventory_reported_totals).toBe(counts.inventories);
    expect(counts.jurisdictions).toBe(outcome.counts.jurisdictions.created);
    const [antalya] = await database.db
      .select()
      .from(jurisdictions)
      .where(eq(jurisdictions.cdpAccount, 74670));
    expect(antalya?.country).toBe("TR");
    const [inv] = await database.db
      .select()
      .from(inventories)
      .where(eq(inventories.jurisdictionId, antalya?.id ?? ""));
    expect(inv).toMatchObject({
      form: "reported-totals",
      year: 2019,
      status: "published",
      totalTerritorial: 6012355,
    });
    expect(inv?.lines).toEqual([]);
    const [totals] = await database.db
      .select()
      .from(inventoryReportedTotals)
      .where(eq(inventoryReportedTotals.inventoryId, inv?.id ?? ""));
    expect(totals).toMatchObject({ scope1: 6012355, scope2: 4424995, scope3: 246201, basic: null });
    expect((await verifyRecord(database.db)).ok).toBe(true);
  });

  it("gives Barcelona's BASIC and population from the 2020 file, as a new published version where 2021 gave one", async () => {
    await service.importFile(
      "cdp-citywide",
      sharedData(FILES.cdp2020),
      { publish: true, partial: true },
      SYSTEM,
    );
    const [barcelona] = await database.db
      .select()
      .from(jurisdictions)
      .where(eq(jurisdictions.cdpAccount, 1499));
    const page = await createServices(database.db).inventories.list(
      { jurisdictionId: barcelona?.id },
      SYSTEM,
    );
    const inv = page.items.find((i) => i.reportedTotals?.provenance.file.startsWith("2020"));
    expect(inv).toMatchObject({ form: "reported-totals", lines: [], visibility: "published" });
    expect(inv?.result.totals.basic).toBe(2835426);
    expect(inv?.reportedTotals?.population).toBe(1636762);
    expect((await verifyRecord(database.db)).ok).toBe(true);
  });

  it("changes nothing when the same file is imported again", async () => {
    const before = await rowCounts(database.db);
    const outcome = await service.importFile(
      "cdp-citywide",
      sharedData(FILES.cdp2020),
      { publish: true, partial: true },
      SYSTEM,
    );
    expect(outcome.committed).toBe(false);
    expect(outcome.counts.reportedTotals).toMatchObject({ created: 0, updated: 0 });
    expect(outcome.counts.reportedTotals.unchanged).toBeGreaterThan(300);
    expect(await rowCounts(database.db)).toEqual(before);
  });
});
