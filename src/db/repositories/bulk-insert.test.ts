/** bulkInsert on every driver: what goes in as one JSON document comes back cell for cell, or nothing does. */
import { randomUUID } from "node:crypto";
import { asc, eq, sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isUnstorableText } from "../errors.ts";
import { auditEvents, jurisdictions } from "../schema/index.ts";
import { type TestDatabase, testDrivers } from "../testing/test-database.ts";
import { bulkInsert } from "./bulk-insert.ts";

describe.each(testDrivers())("bulkInsert ($kind)", (driver) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await driver.open();
  });
  afterAll(() => database.close());

  const count = async () => (await database.db.select({ id: jurisdictions.id }).from(jurisdictions)).length;

  it("stores more rows than one statement takes, with arrays, nulls, odd text and the columns' defaults", async () => {
    const rows = Array.from({ length: 1_234 }, (_, i) => ({
      id: randomUUID(),
      name: i % 2 ? `Zürich "Nord" \\ ${i} 🌍` : `São Paulo, it's ${i}`,
      type: "city",
      country: "BR",
      locode: i % 3 === 0 ? null : `BR ${i}`,
      cdpAccount: i % 5 === 0 ? null : 10_000 + i,
      tags: i % 4 === 0 ? [] : ["coastal", `t,"${i}"`],
      createdBy: "test",
      updatedBy: "test",
    }));
    await bulkInsert(database.db, jurisdictions, rows);
    const stored = await database.db.select().from(jurisdictions).orderBy(asc(jurisdictions.cdpAccount));
    const byId = new Map(stored.map((r) => [r.id, r]));
    expect(stored).toHaveLength(rows.length);
    for (const row of rows) {
      const got = byId.get(row.id);
      expect(got && pick(got, row)).toEqual(row);
      // Columns no row set take the table's defaults.
      expect(got?.version).toBe(1);
      expect(got?.requiresApprover).toBe(false);
      expect(got?.createdAt).toBeInstanceOf(Date);
    }
  });

  it("writes DEFAULT where some rows leave out a defaulted column that others set", async () => {
    const before = await count();
    const ids = [randomUUID(), randomUUID()];
    await bulkInsert(database.db, jurisdictions, [
      { id: ids[0], name: "Approver city", type: "city", country: "ZA", requiresApprover: true },
      { id: ids[1], name: "Plain city", type: "city", country: "ZA" },
    ]);
    const got = await database.db
      .select({ id: jurisdictions.id, requiresApprover: jurisdictions.requiresApprover })
      .from(jurisdictions)
      .where(eq(jurisdictions.country, "ZA"));
    expect(Object.fromEntries(got.map((r) => [r.id, r.requiresApprover]))).toEqual({
      [ids[0] as string]: true,
      [ids[1] as string]: false,
    });
    expect(await count()).toBe(before + 2);
  });

  it("stores an SQL expression given for a column, and timestamps and big integers exactly", async () => {
    const at = new Date("2026-03-04T05:06:07.089Z");
    const seq = 9_007_199_254_740_000;
    await bulkInsert(
      database.db,
      auditEvents,
      [
        {
          seq,
          at,
          actor: "test",
          entity: "inventory",
          entityId: "x",
          action: "create",
          digest: "d",
          prevHash: "p",
          hash: "h",
        },
      ],
      { actor: sql`'set by ' || 'sql'` },
    );
    const [row] = await database.db.select().from(auditEvents).where(eq(auditEvents.seq, seq));
    expect(row?.at.toISOString()).toBe(at.toISOString());
    expect(row?.actor).toBe("set by sql");
    expect(row?.seq).toBe(seq);
  });

  it("round-trips any text PostgreSQL can store (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.string({ unit: "grapheme", maxLength: 40 }).filter((s) => !s.includes("\u0000")),
          {
            minLength: 1,
            maxLength: 20,
          },
        ),
        async (names) => {
          const rows = names.map((name) => ({ id: randomUUID(), name, type: "city", country: "PT" }));
          await bulkInsert(database.db, jurisdictions, rows);
          const got = await database.db
            .select({ id: jurisdictions.id, name: jurisdictions.name })
            .from(jurisdictions)
            .where(eq(jurisdictions.country, "PT"));
          const byId = new Map(got.map((r) => [r.id, r.name]));
          for (const r of rows) expect(byId.get(r.id)).toBe(r.name);
          await database.db.delete(jurisdictions).where(eq(jurisdictions.country, "PT"));
        },
      ),
      { numRuns: 30 },
    );
  });

  it("refuses text with NUL as unstorable and writes none of the rows", async () => {
    const before = await count();
    const error = await bulkInsert(database.db, jurisdictions, [
      { id: randomUUID(), name: "Fine", type: "city", country: "NL" },
      { id: randomUUID(), name: "Bad\u0000name", type: "city", country: "NL" },
    ]).catch((e: unknown) => e);
    expect(isUnstorableText(error)).toBe(true);
    expect(await count()).toBe(before);
  });

  it("knows half a surrogate pair in JSON as unstorable text, and other bad input as not", async () => {
    const json = (value: string) =>
      database.db.execute(sql`select ${JSON.stringify({ value })}::jsonb as j`).catch((e: unknown) => e);
    expect(isUnstorableText(await json("a\uD800b"))).toBe(true);
    expect(isUnstorableText(await json("\uDC00"))).toBe(true);
    expect(isUnstorableText(await json("\uD83D\uDE00"))).toBe(false); // a whole pair is stored
    const notUuid = await database.db.execute(sql`select ${"x"}::uuid`).catch((e: unknown) => e);
    expect(notUuid).toBeInstanceOf(Error);
    expect(isUnstorableText(notUuid)).toBe(false);
  });
});

/** The stored row's values of the keys `like` has. */
function pick(stored: object, like: object): Record<string, unknown> {
  const s = stored as Record<string, unknown>;
  return Object.fromEntries(Object.keys(like).map((k) => [k, s[k]]));
}
