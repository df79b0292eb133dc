import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sharedData } from "../../../test/support/shared-data.ts";
import { jurisdictionSeries, jurisdictionSummaries, jurisdictions } from "../../db/schema/index.ts";
import { type TestDatabase, testDrivers } from "../../db/testing/test-database.ts";
import { importCityCatalyst } from "../../io/citycatalyst.importer.ts";
import { writeTemplateXlsx } from "../../io/template.xlsx.ts";
import { userPrincipal } from "../../policies/principal.ts";
import { verifyRecord } from "../audit/verify-record.ts";
import { SYSTEM } from "../service-helpers.ts";
import { createServices, type Services } from "../services.ts";
import { ImportService } from "./import.service.ts";
import { FILES, rowCounts } from "./import-test-support.ts";

describe.each(testDrivers())("importers through the service ($kind)", (driver) => {
  let database: TestDatabase;
  let service: ImportService;
  let services: Services;
  let rio = "";
  beforeAll(async () => {
    database = await driver.open();
    service = new ImportService(database.db);
    services = createServices(database.db);
    rio = (
      await services.jurisdictions.create(
        { name: "Rio de Janeiro", type: "city", country: "BR", locode: "BR RIO" },
        SYSTEM,
      )
    ).id;
  });
  afterAll(() => database.close());

  it("imports clean_c40.csv: 79 cities, 313 inventories, population series; London 2018's BASIC", async () => {
    const o = await service.importFile("c40", sharedData(FILES.c40), { publish: true }, SYSTEM);
    expect(o.blocked).toBe(false);
    // Rio de Janeiro was stored already (BR RIO): matched by name and country, its series merged.
    expect(o.counts.jurisdictions).toMatchObject({ created: 78, updated: 1 });
    expect(o.counts.inventories.created).toBe(313);
    const [ba] = await database.db.select().from(jurisdictions).where(eq(jurisdictions.name, "Buenos Aires"));
    const series = await database.db
      .select()
      .from(jurisdictionSeries)
      .where(eq(jurisdictionSeries.jurisdictionId, ba?.id ?? ""));
    expect(series.find((p) => p.indicator === "population" && p.year === 2020)?.value).toBe(3075646);
    const [london] = await database.db.select().from(jurisdictions).where(eq(jurisdictions.name, "London"));
    const page = await services.inventories.list({ jurisdictionId: london?.id, year: 2018 }, SYSTEM);
    expect(page.items[0]?.result.totals.basic).toBeCloseTo(33_788_903.6166, 3);
    // The maintained network summaries follow the import in its transaction.
    const [summary] = await database.db
      .select()
      .from(jurisdictionSummaries)
      .where(eq(jurisdictionSummaries.jurisdictionId, london?.id ?? ""));
    const londonSummary = summary?.summary as
      | { inventories: Array<{ year: number; basic: number }> }
      | undefined;
    expect(londonSummary?.inventories.find((i) => i.year === 2018)?.basic).toBeCloseTo(33_788_903.6166, 3);
    const again = await service.importFile("c40", sharedData(FILES.c40), { publish: true }, SYSTEM);
    expect(again.counts.inventories).toMatchObject({ created: 0, updated: 0, unchanged: 313 });
    expect(again.counts.jurisdictions).toMatchObject({ created: 0, updated: 0, unchanged: 79 });
  });

  it("keeps C40's line inventories over CDP's reported totals of a city-year, and imports the 2021 targets", async () => {
    const cdp = await service.importFile(
      "cdp-citywide",
      sharedData(FILES.cdp2020),
      { publish: true, partial: true },
      SYSTEM,
    );
    const barcelona = cdp.report.problems.find((p) => p.code === "not_imported" && p.line === 123);
    expect(barcelona?.message).toContain("a line inventory of this year is stored");
    expect(cdp.counts.reportedTotals.skipped).toBeGreaterThan(1);
    const blocked = await service.importFile(
      "cdp-targets",
      sharedData(FILES.targets),
      { publish: true },
      SYSTEM,
    );
    expect(blocked.blocked).toBe(true);
    const o = await service.importFile(
      "cdp-targets",
      sharedData(FILES.targets),
      { publish: true, partial: true },
      SYSTEM,
    );
    expect(o.counts.targets.created).toBeGreaterThan(700);
    expect(o.skipped.length).toBeGreaterThan(0);
    const counts = await rowCounts(database.db);
    expect(counts.targets).toBe(o.counts.targets.created);
    const again = await service.importFile(
      "cdp-targets",
      sharedData(FILES.targets),
      { publish: true, partial: true },
      SYSTEM,
    );
    expect(again.counts.targets.created).toBe(0);
    expect(await rowCounts(database.db)).toEqual(counts);
    expect((await verifyRecord(database.db)).ok).toBe(true);
  }, 180_000);

  it("imports the CityCatalyst export of Rio agreeing with the file's own per-row totals", async () => {
    const o = await service.importFile("citycatalyst", sharedData(FILES.citycatalyst), {}, SYSTEM);
    expect(o.counts.inventories.created).toBe(1);
    const page = await services.inventories.list(
      { jurisdictionId: rio, year: 2022, view: "working" },
      SYSTEM,
    );
    const file = await importCityCatalyst(sharedData(FILES.citycatalyst));
    const stored = page.items[0]?.result.lines ?? [];
    file.fileTotals.forEach((t, i) => {
      if (t !== null) expect(stored[i]?.co2e).toBeCloseTo(t, 2);
    });
  });

  it("imports a template XLSX written from an inventory back to identical lines and results", async () => {
    const page = await services.inventories.list(
      { jurisdictionId: rio, year: 2022, view: "working" },
      SYSTEM,
    );
    const original = page.items[0];
    const xlsx = await writeTemplateXlsx({
      jurisdiction: "BR RIO",
      year: 2023,
      gwp: "AR5",
      lines: original?.lines ?? [],
    });
    const o = await service.importFile("template-xlsx", { name: "rio.xlsx", data: xlsx }, {}, SYSTEM);
    expect(o.counts.inventories.created).toBe(1);
    const copy = (
      await services.inventories.list({ jurisdictionId: rio, year: 2023, view: "working" }, SYSTEM)
    ).items[0];
    expect(copy?.lines).toEqual(original?.lines);
    expect(copy?.result.totals).toEqual(original?.result.totals);
  });

  it("skips only the bad jurisdiction-year of a multi-inventory CSV with --partial; without it, writes nothing", async () => {
    const csv = [
      "jurisdiction,year,gpc,emissions.CO2e.value,emissions.CO2e.unit",
      "BR RIO,1990,I.1.1,100,t",
      "BR RIO,1991,I.1.1,oops,t",
      "BR RIO,1992,I.1.1,300,t",
    ].join("\n");
    const before = await rowCounts(database.db);
    const all = await service.importFile("template-csv", { name: "multi.csv", data: csv }, {}, SYSTEM);
    expect(all.blocked).toBe(true);
    expect(await rowCounts(database.db)).toEqual(before);
    const o = await service.importFile(
      "template-csv",
      { name: "multi.csv", data: csv },
      { partial: true },
      SYSTEM,
    );
    expect(o.counts.inventories).toMatchObject({ created: 2, skipped: 1 });
    expect(o.skipped).toEqual([expect.objectContaining({ label: "BR RIO 1991", lines: [3] })]);
  });

  it("lets reporters import only into their own jurisdictions, and only admins publish", async () => {
    const other = await services.jurisdictions.create(
      { name: "Elsewhere", type: "city", country: "PT", locode: "PT ELS" },
      SYSTEM,
    );
    const reporter = userPrincipal("reporter-1", [{ role: "reporter", jurisdictionId: rio }]);
    const doc = (j: string) => ({
      name: "doc.json",
      data: JSON.stringify({
        jurisdiction: j,
        year: 2030,
        lines: [{ gpc: "IV.1", emissions: { CO2: { value: 1, unit: "t" } } }],
      }),
    });
    expect(
      (await service.importFile("inventory-json", doc("BR RIO"), {}, reporter)).counts.inventories.created,
    ).toBe(1);
    await expect(service.importFile("inventory-json", doc("PT ELS"), {}, reporter)).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(
      service.importFile("inventory-json", doc("BR RIO"), { publish: true }, reporter),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(service.importFile("c40", sharedData(FILES.c40), {}, reporter)).rejects.toMatchObject({
      code: "forbidden",
    });
    expect(other.id).not.toBe(rio);
  });
});
