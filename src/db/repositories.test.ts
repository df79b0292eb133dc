import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeCursor } from "./cursor.ts";
import { openDatabase } from "./database.ts";
import { DatabaseTooNewError } from "./migrate.ts";
import { findAction, insertAction, listActions, updateAction } from "./repositories/action.repository.ts";
import {
  findInventory,
  insertInventory,
  listInventories,
  updateInventory,
} from "./repositories/inventory.repository.ts";
import {
  findJurisdiction,
  findJurisdictionByKey,
  insertJurisdiction,
  listJurisdictions,
  updateJurisdiction,
} from "./repositories/jurisdiction.repository.ts";
import { replaceSeries, seriesOf } from "./repositories/jurisdiction-series.repository.ts";
import { insertRisk, listRisks, updateRisk } from "./repositories/risk.repository.ts";
import { insertTarget, listTargets, updateTarget } from "./repositories/target.repository.ts";
import {
  buildAction,
  buildInventory,
  buildJurisdiction,
  buildRisk,
  buildTarget,
  unique,
} from "./testing/factories.ts";
import { type TestDatabase, testDrivers } from "./testing/test-database.ts";

describe.each(testDrivers())("repositories on $kind", (driver) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await driver.open();
  });
  afterAll(async () => {
    await database?.close();
  });

  it("reports its kind and migration level", () => {
    expect(database.kind).toBe(driver.kind);
    expect(database.migration.applied).toBeGreaterThan(0);
    expect(database.migration.latest).toMatch(/^\d{4}_/);
  });

  it("creates and reads a jurisdiction with audit fields and version 1", async () => {
    const values = buildJurisdiction({
      locode: `BR ${unique()}`,
      cdpAccount: 31_000 + Number(unique().split("-")[1]),
    });
    const created = await insertJurisdiction(database.db, values, "alice");
    expect(created).toMatchObject({ name: values.name, version: 1, createdBy: "alice", updatedBy: "alice" });
    expect(created.createdAt).toBeInstanceOf(Date);
    expect(await findJurisdiction(database.db, created.id)).toEqual(created);
    expect((await findJurisdictionByKey(database.db, { locode: values.locode }))?.id).toBe(created.id);
    expect((await findJurisdictionByKey(database.db, { cdpAccount: values.cdpAccount }))?.id).toBe(
      created.id,
    );
    expect(await findJurisdiction(database.db, "00000000-0000-4000-8000-000000000000")).toBeUndefined();
  });

  it("refuses a duplicate UN/LOCODE", async () => {
    const locode = `BR D${unique()}`;
    await insertJurisdiction(database.db, buildJurisdiction({ locode }), "system");
    await expect(insertJurisdiction(database.db, buildJurisdiction({ locode }), "system")).rejects.toThrow();
  });

  it("updates only at the expected version and reports conflicts and absence", async () => {
    const created = await insertJurisdiction(database.db, buildJurisdiction(), "system");
    const renamed = { ...buildJurisdiction(), name: "Renamed" };
    const ok = await updateJurisdiction(database.db, created.id, 1, renamed, "bob");
    expect(ok).toMatchObject({ ok: true, row: { name: "Renamed", version: 2, updatedBy: "bob" } });
    const stale = await updateJurisdiction(database.db, created.id, 1, renamed, "bob");
    expect(stale).toEqual({ ok: false, reason: "conflict", current: 2 });
    const missing = await updateJurisdiction(
      database.db,
      "00000000-0000-4000-8000-000000000000",
      1,
      renamed,
      "bob",
    );
    expect(missing).toEqual({ ok: false, reason: "not_found" });
  });

  it("stores time series and replaces them", async () => {
    const j = await insertJurisdiction(database.db, buildJurisdiction(), "system");
    await replaceSeries(database.db, j.id, [
      { indicator: "population", year: 2020, value: 100, unit: "inhabitants" },
      { indicator: "population", year: 2010, value: 90, unit: "inhabitants" },
      { indicator: "area", year: 2020, value: 12.5, unit: "km2" },
    ]);
    expect((await seriesOf(database.db, [j.id])).get(j.id)?.map((p) => `${p.indicator}${p.year}`)).toEqual([
      "area2020",
      "population2010",
      "population2020",
    ]);
    await replaceSeries(database.db, j.id, [{ indicator: "gdp", year: 2021, value: 5, unit: "USD" }]);
    expect((await seriesOf(database.db, [j.id])).get(j.id)).toEqual([
      { indicator: "gdp", year: 2021, value: 5, unit: "USD" },
    ]);
  });

  it("filters jurisdictions by country, type, tag and name, and pages with a cursor", async () => {
    const country = "ZZ";
    const marker = `Pagetown${unique()}`;
    for (let i = 0; i < 5; i++) {
      await insertJurisdiction(
        database.db,
        buildJurisdiction({ name: `${marker} ${i}`, country, tags: i % 2 === 0 ? ["coastal"] : [] }),
        "system",
      );
    }
    await insertJurisdiction(
      database.db,
      buildJurisdiction({ country, type: "region", name: "Other" }),
      "system",
    );
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const after = cursor ? decodeCursor(cursor) : undefined;
      const page = await listJurisdictions(database.db, {
        country,
        q: marker.toLowerCase(),
        limit: 2,
        after,
      });
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((j) => j.name));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([0, 1, 2, 3, 4].map((i) => `${marker} ${i}`));
    const coastal = await listJurisdictions(database.db, { country, tag: "coastal" });
    expect(coastal.items.map((j) => j.name)).toEqual([`${marker} 0`, `${marker} 2`, `${marker} 4`]);
    const regions = await listJurisdictions(database.db, { country, type: "region" });
    expect(regions.items.map((j) => j.name)).toEqual(["Other"]);
    expect((await listJurisdictions(database.db, { q: "%" })).items.every((j) => j.name.includes("%"))).toBe(
      true,
    );
  });

  it("stores an inventory's lines and result and updates it by version", async () => {
    const j = await insertJurisdiction(database.db, buildJurisdiction({ country: "YY" }), "system");
    const values = buildInventory(j.id);
    const created = await insertInventory(database.db, values, "system");
    expect(created.totalBasic).toBeCloseTo(500 + 120);
    expect((await findInventory(database.db, created.id))?.result).toEqual(values.result);
    expect((await findInventory(database.db, created.id))?.lines).toEqual(values.lines);
    await expect(insertInventory(database.db, buildInventory(j.id), "system")).rejects.toThrow();
    const next = buildInventory(j.id, { status: "submitted", boundary: "city limits" });
    const updated = await updateInventory(database.db, created.id, 1, next, "system");
    expect(updated).toMatchObject({
      ok: true,
      row: { version: 2, status: "submitted", boundary: "city limits" },
    });
    expect(await updateInventory(database.db, created.id, 1, next, "system")).toMatchObject({
      reason: "conflict",
    });
    await insertInventory(database.db, buildInventory(j.id, { year: 2019 }), "system");
    const byYear = await listInventories(database.db, { country: "YY", year: 2019 });
    expect(byYear.items.map((i) => i.year)).toEqual([2019]);
    const byStatus = await listInventories(database.db, { jurisdictionId: j.id, status: "submitted" });
    expect(byStatus.items.map((i) => i.id)).toEqual([created.id]);
  });

  it("pages inventories, targets, actions and risks in creation order", async () => {
    const j = await insertJurisdiction(database.db, buildJurisdiction(), "system");
    const years = [2010, 2011, 2012];
    for (const year of years) await insertInventory(database.db, buildInventory(j.id, { year }), "system");
    const first = await listInventories(database.db, { jurisdictionId: j.id, limit: 2 });
    expect(first.items.map((i) => i.year)).toEqual([2010, 2011]);
    const after = decodeCursor(first.nextCursor ?? "");
    const second = await listInventories(database.db, { jurisdictionId: j.id, limit: 2, after });
    expect(second.items.map((i) => i.year)).toEqual([2012]);
    expect(second.nextCursor).toBeNull();
  });

  it("creates, filters and updates targets, actions and risks", async () => {
    const j = await insertJurisdiction(database.db, buildJurisdiction({ country: "XX" }), "system");
    const target = await insertTarget(database.db, buildTarget(j.id), "system");
    expect(target).toMatchObject({ theme: "climate", indicator: "ghg-emissions", version: 1 });
    await insertTarget(database.db, buildTarget(j.id, { type: "fixed-level", targetYear: 2050 }), "system");
    expect((await listTargets(database.db, { country: "XX", type: "fixed-level" })).items).toHaveLength(1);
    expect((await listTargets(database.db, { jurisdictionId: j.id, year: 2030 })).items).toHaveLength(1);
    const t2 = await updateTarget(database.db, target.id, 1, buildTarget(j.id, { status: "achieved" }), "x");
    expect(t2).toMatchObject({ ok: true, row: { status: "achieved", version: 2 } });

    const action = await insertAction(
      database.db,
      buildAction(j.id, { hazards: ["flood"], title: "Dyke" }),
      "s",
    );
    await insertAction(database.db, buildAction(j.id, { kind: "adaptation" }), "s");
    expect((await listActions(database.db, { jurisdictionId: j.id, hazard: "flood" })).items).toHaveLength(1);
    expect((await listActions(database.db, { jurisdictionId: j.id, q: "dyk" })).items[0]?.id).toBe(action.id);
    expect((await listActions(database.db, { jurisdictionId: j.id, kind: "adaptation" })).items).toHaveLength(
      1,
    );
    const a2 = await updateAction(database.db, action.id, 1, buildAction(j.id, { status: "completed" }), "s");
    expect(a2).toMatchObject({ ok: true, row: { status: "completed", version: 2 } });
    expect((await findAction(database.db, action.id))?.status).toBe("completed");

    const risk = await insertRisk(database.db, buildRisk(j.id), "s");
    await insertRisk(database.db, buildRisk(j.id, { hazard: "drought" }), "s");
    expect((await listRisks(database.db, { country: "XX", hazard: "drought" })).items).toHaveLength(1);
    expect(await updateRisk(database.db, risk.id, 7, buildRisk(j.id), "s")).toEqual({
      ok: false,
      reason: "conflict",
      current: 1,
    });
  });

  it("rolls back every write of a failed transaction", async () => {
    const name = `Rollback ${unique()}`;
    await expect(
      database.db.transaction(async (tx) => {
        await insertJurisdiction(tx, buildJurisdiction({ name }), "system");
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect((await listJurisdictions(database.db, { q: name })).items).toEqual([]);
  });
});

describe("migration guard", () => {
  it("refuses a database that has migrations newer than the code", async () => {
    const dir = mkdtempSync(join(tmpdir(), "localledger-migrate-"));
    try {
      const first = await openDatabase({ dataDir: dir });
      await first.db.execute(
        sql`insert into drizzle.__drizzle_migrations (hash, created_at) values ('future', ${Date.now() * 2})`,
      );
      await first.close();
      await expect(openDatabase({ dataDir: dir })).rejects.toThrow(DatabaseTooNewError);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reopens an up-to-date data folder without re-running migrations", async () => {
    const dir = mkdtempSync(join(tmpdir(), "localledger-migrate-"));
    try {
      const first = await openDatabase({ dataDir: dir });
      await insertJurisdiction(first.db, buildJurisdiction({ name: "Kept" }), "system");
      await first.close();
      const second = await openDatabase({ dataDir: dir });
      expect((await listJurisdictions(second.db, { q: "Kept" })).items).toHaveLength(1);
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
