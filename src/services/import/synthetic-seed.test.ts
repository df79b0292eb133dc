import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { digestOf } from "../../core/record/hash.ts";
import type { Db } from "../../db/database.ts";
import { type TestDatabase, testDrivers } from "../../db/testing/test-database.ts";
import { generateNetwork } from "../../synthetic/generate.ts";
import { verifyRecord } from "../audit/verify-record.ts";
import { SYSTEM } from "../service-helpers.ts";
import { ImportService } from "./import.service.ts";
import { seedSynthetic } from "./synthetic-seed.ts";

const OPTIONS = { jurisdictions: 23, years: 3, seed: 7 };

async function rows<T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> {
  const result = await db.execute(query);
  return (result as unknown as { rows: T[] }).rows;
}

/** What was stored, without the ids each database makes: per jurisdiction-year, the digest of lines and result. */
async function storedContent(db: Db) {
  return rows<{ name: string; year: number; content: string; hash: string }>(
    db,
    sql`select j.name, v.year, md5(v.lines::text || v.result::text) as content, v.content_hash as hash
        from inventory_versions v join jurisdictions j on j.id = v.jurisdiction_id
        order by j.name, v.year`,
  );
}

describe.each(testDrivers())("seedSynthetic ($kind)", (driver) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await driver.open();
  });
  afterAll(() => database.close());

  it("imports a small network through the import service: published, audited, summarised, verifiable", async () => {
    const expectedLines = [...generateNetwork(OPTIONS)].reduce(
      (n, b) => n + b.inventories.reduce((m, i) => m + i.lines.length, 0),
      0,
    );
    const progress: number[] = [];
    const report = await seedSynthetic(new ImportService(database.db), OPTIONS, SYSTEM, (done) =>
      progress.push(done),
    );
    expect(report.problems).toEqual([]);
    expect(report.counts.jurisdictions.created).toBe(23);
    expect(report.counts.inventories.created).toBe(23 * 3);
    expect(report.lines).toBe(expectedLines);
    expect(report.counts.targets.created).toBeGreaterThan(0);
    expect(report.counts.actions.created).toBeGreaterThan(0);
    expect(progress.at(-1)).toBe(23);

    const [counts] = await rows<Record<string, number>>(
      database.db,
      sql`select
        (select count(*)::int from inventory_versions where status = 'published' and content_hash is not null) as versions,
        (select count(*)::int from targets where review_status = 'published') as targets,
        (select count(*)::int from actions where review_status = 'published') as actions,
        (select count(*)::int from jurisdictions where parent_id is not null) as children,
        (select count(*)::int from jurisdictions where type = 'province') as provinces,
        (select count(*)::int from jurisdiction_summaries) as summaries`,
    );
    expect(counts).toEqual({
      versions: 69,
      targets: report.counts.targets.created,
      actions: report.counts.actions.created,
      // One province per 21 jurisdictions (0 and 21), the others its cities.
      children: 21,
      provinces: 2,
      summaries: 23,
    });
    const verify = await verifyRecord(database.db);
    expect(verify.problem).toBeNull();
    expect(verify.versions.checked).toBe(69);
  });

  it("changes nothing when run again with the same seed", async () => {
    const before = await storedContent(database.db);
    const [events] = await rows<{ n: number }>(database.db, sql`select count(*)::int as n from audit_events`);
    const report = await seedSynthetic(new ImportService(database.db), OPTIONS, SYSTEM);
    expect(report.counts.inventories).toMatchObject({ created: 0, updated: 0, unchanged: 69 });
    expect(report.counts.jurisdictions.created).toBe(0);
    expect(report.counts.targets.created).toBe(0);
    expect(report.counts.actions.created).toBe(0);
    expect(await storedContent(database.db)).toEqual(before);
    const [after] = await rows<{ n: number }>(database.db, sql`select count(*)::int as n from audit_events`);
    expect(after).toEqual(events);
  });

  it("stores the same content for the same seed in another database, and other content for another seed", async () => {
    const again = await driver.open();
    try {
      await seedSynthetic(new ImportService(again.db), OPTIONS, SYSTEM);
      const strip = (list: Awaited<ReturnType<typeof storedContent>>) =>
        list.map(({ name, year, content }) => ({ name, year, content }));
      expect(strip(await storedContent(again.db))).toEqual(strip(await storedContent(database.db)));
    } finally {
      await again.close();
    }
    const other = digestOf([...generateNetwork({ ...OPTIONS, seed: 8 })].map((b) => b.inventories));
    const same = digestOf([...generateNetwork(OPTIONS)].map((b) => b.inventories));
    expect(other).not.toBe(same);
  });
});
