import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readAllSummaries } from "../../db/repositories/analytics.repository.ts";
import type { TestDatabase } from "../../db/testing/test-database.ts";
import { testDrivers } from "../../db/testing/test-database.ts";
import { importPublished } from "../inventories/inventory-import.service.ts";
import { SYSTEM } from "../service-helpers.ts";
import { createServices, type Services } from "../services.ts";
import { linesOf, publishInventory, publishTarget, storedAndRebuilt } from "./analytics-fixtures.ts";

describe.each(testDrivers())("analytics service on $kind", (driver) => {
  let database: TestDatabase;
  let services: Services;
  beforeAll(async () => {
    database = await driver.open();
    services = createServices(database.db);
  });
  afterAll(() => database.close());

  const summaryOf = async (id: string) =>
    (await readAllSummaries(database.db)).find((s) => s.summary.id === id);

  it("keeps a summary from the first write and moves it with published data only", async () => {
    const j = await services.jurisdictions.create(
      {
        name: "Aveiro",
        type: "city",
        country: "PT",
        region: "Europe",
        population: [{ year: 2020, value: 80_000 }],
      },
      SYSTEM,
    );
    expect((await summaryOf(j.id))?.summary).toMatchObject({ reporting: false, population: 80_000 });
    await services.inventories.create(
      { jurisdictionId: j.id, year: 2019, kind: "community", lines: linesOf(1000) },
      SYSTEM,
    );
    expect((await summaryOf(j.id))?.summary.inventories).toEqual([]);
    await publishInventory(services, j.id, 2020, 500_000);
    const after = await summaryOf(j.id);
    expect(after?.summary.reporting).toBe(true);
    expect(after?.summary.inventories).toMatchObject([{ year: 2020, basic: 500_000, verified: true }]);
    expect(after?.profile.sectorYears).toEqual([{ year: 2020, bySector: { I: 300_000, II: 200_000 } }]);
  });

  it("leaves the summary unchanged when a write fails (one transaction)", async () => {
    const j = await services.jurisdictions.create({ name: "Braga", type: "city", country: "PT" }, SYSTEM);
    const before = await summaryOf(j.id);
    const good = { jurisdictionId: j.id, year: 2018, kind: "community", lines: linesOf(100) };
    const bad = { ...good, year: 2019, lines: [{ gpc: "IX.9.9" }] };
    await expect(importPublished(database.db, [good, bad], SYSTEM, "test")).rejects.toMatchObject({
      code: "invalid_inventory",
    });
    expect(await summaryOf(j.id)).toEqual(before);
    await importPublished(database.db, [good], SYSTEM, "test");
    expect((await summaryOf(j.id))?.version).toBe((before?.version ?? 0) + 1);
  });

  it("changes a target's stored status when an inventory is published", async () => {
    const j = await services.jurisdictions.create({ name: "Porto", type: "city", country: "PT" }, SYSTEM);
    const targetId = await publishTarget(services, {
      jurisdictionId: j.id,
      type: "base-year-absolute",
      scope: "community",
      baseYear: 2015,
      baseValue: 1_000_000,
      targetYear: 2030,
      reductionPercent: 50,
    });
    const progress = () => services.analytics.targetProgress(targetId, SYSTEM);
    expect((await progress()).status).toBe("no-data");
    await publishInventory(services, j.id, 2020, 700_000);
    expect(await progress()).toMatchObject({ status: "on-track", progress: { latest: { year: 2020 } } });
    await publishInventory(services, j.id, 2022, 400_000);
    expect((await progress()).status).toBe("achieved");
    const net = await services.analytics.network({ country: "PT" });
    expect(net.progress.achieved).toBeGreaterThanOrEqual(1);
  });

  it("does not add a province and its cities twice, and memoises per data version", async () => {
    const p = await services.jurisdictions.create(
      { name: "Province", type: "province", country: "CA", population: [{ year: 2020, value: 5e6 }] },
      SYSTEM,
    );
    const c = await services.jurisdictions.create(
      { name: "City", type: "city", country: "CA", parentId: p.id, population: [{ year: 2020, value: 1e6 }] },
      SYSTEM,
    );
    await publishInventory(services, c.id, 2020, 3e6);
    const first = await services.analytics.network({ country: "CA" });
    expect(first.rollup.territorial).toMatchObject({ value: 3e6, jurisdictions: 1, excludedCount: 0 });
    const rebuilds = services.analytics.rebuilds;
    expect(await services.analytics.network({ country: "CA" })).toBe(first);
    expect(services.analytics.rebuilds).toBe(rebuilds);
    await publishInventory(services, p.id, 2020, 10e6);
    const second = await services.analytics.network({ country: "CA" });
    expect(services.analytics.rebuilds).toBe(rebuilds + 1);
    expect(second.rollup.territorial).toMatchObject({ value: 10e6, jurisdictions: 1, excludedCount: 1 });
    expect(second.rollup.reporting.population).toBe(5e6);
  });

  it("finds peers with the features that matched, and leaders with partner candidates", async () => {
    const mk = (name: string, tags: string[], population: number) =>
      services.jurisdictions.create(
        {
          name,
          type: "city",
          country: "NO",
          region: "Nordics",
          tags,
          population: [{ year: 2020, value: population }],
        },
        SYSTEM,
      );
    const bergen = await mk("Bergen", ["coastal"], 280_000);
    const trondheim = await mk("Trondheim", ["coastal"], 200_000);
    const hamar = await mk("Hamar", ["inland"], 30_000);
    await services.risks.create({ jurisdictionId: bergen.id, hazard: "flood" }, SYSTEM);
    await services.risks.create({ jurisdictionId: trondheim.id, hazard: "flood" }, SYSTEM);
    await publishInventory(services, bergen.id, 2015, 1e6);
    await publishInventory(services, bergen.id, 2021, 6e5);
    await publishInventory(services, trondheim.id, 2021, 7e5);
    const peers = await services.analytics.peers(bergen.id, 50);
    expect(peers.peers[0]).toMatchObject({
      id: trondheim.id,
      matched: expect.arrayContaining(["hazards", "tags", "region"]),
    });
    const far = peers.peers.find((p) => p.id === hamar.id);
    expect(far?.matched).toEqual(["region"]);
    expect(far?.score).toBeLessThan(peers.peers[0]?.score ?? 0);
    const leaders = await services.analytics.leaders({ region: "Nordics" });
    expect(leaders.leaders[0]).toMatchObject({ id: bergen.id, absolute: 4e5, baseYear: 2015 });
    expect(leaders.leaders[0]?.partners[0]).toMatchObject({
      id: trondheim.id,
      reason: "no verified reduction yet",
    });
  });

  it("keeps every stored summary equal to one rebuilt from scratch", async () => {
    for (const { stored, rebuilt } of await storedAndRebuilt(database.db)) expect(stored).toEqual(rebuilt);
  });
});
