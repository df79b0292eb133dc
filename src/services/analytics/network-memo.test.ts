/**
 * The network memo following the real change feed: after writes, it re-reads only the summaries announced, and
 * what it holds is always exactly what a full read of the database gives (same rows, same order).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { networkRollup } from "../../core/analytics/index.ts";
import type { Change } from "../../db/changes.ts";
import { readAllSummaries } from "../../db/repositories/analytics.repository.ts";
import { type TestDatabase, testDrivers } from "../../db/testing/test-database.ts";
import { SYSTEM } from "../service-helpers.ts";
import { createServices, type Services } from "../services.ts";
import { publishInventory } from "./analytics-fixtures.ts";
import { progressCounts } from "./network-figures.ts";
import { NetworkMemo, SUMMARIES_TABLE } from "./network-memo.ts";

describe.each(testDrivers())("network memo on $kind", (driver) => {
  let database: TestDatabase;
  let services: Services;
  let memo: NetworkMemo;
  let stop: () => Promise<void>;
  const announced: Change[] = [];
  const ids: string[] = [];

  beforeAll(async () => {
    database = await driver.open();
    services = createServices(database.db);
    for (const [name, country] of [
      ["Lisboa", "PT"],
      ["Porto", "PT"],
      ["Accra", "GH"],
    ] as const) {
      ids.push((await services.jurisdictions.create({ name, type: "city", country }, SYSTEM)).id);
    }
    memo = new NetworkMemo(database.db);
    stop = await database.subscribeChanges((change) => {
      announced.push(change);
      memo.invalidate(change);
    });
    memo.followChanges();
  });
  afterAll(async () => {
    await stop();
    await database.close();
  });

  /** Waits until the feed has announced a summary change of `id` (notifications arrive after commit). */
  async function announcedSummary(id: string, from: number) {
    for (let i = 0; i < 200; i++) {
      if (announced.slice(from).some((c) => c.table === SUMMARIES_TABLE && c.id === id)) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`no summary change of ${id} was announced`);
  }

  const fullRead = async () => (await readAllSummaries(database.db)).map((s) => [s.summary.id, s.version]);
  const held = async () => (await memo.current()).summaries.map((s) => [s.summary.id, s.version]);
  /** The maintained roll-up and progress counts equal those computed afresh from a full read. */
  const maintainedMatchesFresh = async () => {
    const snap = await memo.current();
    const all = await readAllSummaries(database.db);
    expect(snap.rollup).toEqual(networkRollup(all.map((s) => s.summary)));
    expect(snap.progress).toEqual(progressCounts(all));
    return snap;
  };

  it("reads everything first, then only what the feed announced, and always matches a full read", async () => {
    expect(await held()).toEqual(await fullRead());
    expect([memo.rebuilds, memo.partialRebuilds]).toEqual([1, 0]);

    const from = announced.length;
    await publishInventory(services, ids[1] as string, 2020, 250_000);
    await announcedSummary(ids[1] as string, from);
    const snap = await memo.current();
    expect(await held()).toEqual(await fullRead());
    expect(memo.partialRebuilds).toBeGreaterThanOrEqual(1);
    const porto = snap.summaries.find((s) => s.summary.id === ids[1]);
    expect(porto?.summary.inventories.map((i) => i.year)).toEqual([2020]);
    // The maintained roll-up took the inventory in without a fresh roll-up.
    expect((await maintainedMatchesFresh()).rollup.territorial.value).toBeGreaterThanOrEqual(250_000);
    const next = announced.length;
    await publishInventory(services, ids[1] as string, 2021, 200_000);
    await announcedSummary(ids[1] as string, next);
    const after = await maintainedMatchesFresh();
    expect(after.rollup.territorial.years).toEqual({ from: 2021, to: 2021 });
    expect(after.rollup.inventories.byYear).toMatchObject({ "2020": 1, "2021": 1 });
    // Nothing changed since: the same snapshot, no read.
    const rebuilds = memo.rebuilds;
    expect(await memo.current()).toBe(await memo.current());
    expect(memo.rebuilds).toBe(rebuilds);
  });

  it("takes in a new jurisdiction in id order", async () => {
    const from = announced.length;
    const created = await services.jurisdictions.create(
      { name: "Kumasi", type: "city", country: "GH" },
      SYSTEM,
    );
    await announcedSummary(created.id, from);
    const partial = memo.partialRebuilds;
    expect(await held()).toEqual(await fullRead());
    expect(memo.partialRebuilds).toBe(partial + 1);
    expect((await memo.current()).summaries.map((s) => s.summary.id)).toContain(created.id);
    expect((await maintainedMatchesFresh()).rollup.jurisdictions.value).toBe(ids.length + 1);
  });

  it("reads everything again after a change that names nothing", async () => {
    const partial = memo.partialRebuilds;
    const rebuilds = memo.rebuilds;
    memo.invalidate();
    expect(await held()).toEqual(await fullRead());
    expect([memo.rebuilds, memo.partialRebuilds]).toEqual([rebuilds + 1, partial]);
    await maintainedMatchesFresh();
  });
});
