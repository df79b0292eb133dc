/**
 * Tampering directly in the database makes `verifyRecord` fail and name what was changed, on every driver:
 * a number in a stored line of a published version, a published version rewritten consistently (results and
 * content hash recomputed), an event's digest, and a deleted event. The append-only triggers refuse such changes
 * unless a DBA disables them first, which is what these tests do.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { calculate } from "../../core/calculate.ts";
import type { InventoryLine } from "../../core/document.ts";
import { contentHashOf } from "../../core/record/hash.ts";
import type { Db } from "../../db/database.ts";
import { readPublishedVersions } from "../../db/repositories/inventory-version.repository.ts";
import { SAMPLE_LINES } from "../../db/testing/factories.ts";
import { type TestDatabase, testDrivers } from "../../db/testing/test-database.ts";
import { submitAnswering } from "../../http/testing/workflow-fixtures.ts";
import { hashedDocumentOf } from "../inventories/inventory-document.ts";
import { importPublished } from "../inventories/inventory-import.service.ts";
import { SYSTEM } from "../service-helpers.ts";
import { createServices } from "../services.ts";
import { verifyRecord } from "./verify-record.ts";

/** Runs `statement` with a trigger disabled, as a DBA would. */
async function bypassing(db: Db, table: string, trigger: string, statement: ReturnType<typeof sql>) {
  await db.execute(sql.raw(`alter table ${table} disable trigger ${trigger}`));
  try {
    await db.execute(statement);
  } finally {
    await db.execute(sql.raw(`alter table ${table} enable trigger ${trigger}`));
  }
}

describe.each(testDrivers())("verifyRecord on $kind", (driver) => {
  let database: TestDatabase;
  let db: Db;
  let versionId: string;
  let inventoryId: string;

  beforeAll(async () => {
    database = await driver.open();
    db = database.db;
    const services = createServices(db);
    const j = await services.jurisdictions.create(
      { name: "Tamperville", type: "city", country: "PT" },
      SYSTEM,
    );
    const inputs = [2019, 2020, 2021].map((year) => ({
      jurisdictionId: j.id,
      year,
      kind: "community",
      lines: SAMPLE_LINES,
    }));
    await importPublished(db, inputs, SYSTEM, "test");
    const draft = await services.inventories.create(
      { jurisdictionId: j.id, year: 2022, kind: "community", lines: SAMPLE_LINES },
      SYSTEM,
    );
    await submitAnswering(services, draft.id);
    for (const step of ["review", "verify", "publish"] as const)
      await services.inventoryWorkflow.transition(draft.id, step, {}, SYSTEM);
    const [first] = await readPublishedVersions(db, null, 1);
    versionId = first?.id as string;
    inventoryId = first?.inventoryId as string;
  });
  afterAll(() => database.close());

  it("finds an untouched record intact", async () => {
    const report = await verifyRecord(db);
    expect(report).toMatchObject({ ok: true, problem: null, versions: { checked: 4, altered: [] } });
    expect(report.chain.events).toBeGreaterThan(10);
    expect(report.chain.headSeq).toBe(report.chain.events);
  });

  it("refuses updates and deletes of events and published versions without a DBA bypass", async () => {
    await expect(db.execute(sql`update audit_events set actor = 'me' where seq = 1`)).rejects.toThrow();
    await expect(db.execute(sql`delete from audit_events where seq = 1`)).rejects.toThrow();
    await expect(
      db.execute(sql`update inventory_versions set total_basic = 0 where id = ${versionId}`),
    ).rejects.toThrow();
    expect((await verifyRecord(db)).ok).toBe(true);
  });

  it("names the version when a number in a stored line changes", async () => {
    const path = "{0,factors,CO2e,value}";
    await bypassing(
      db,
      "inventory_versions",
      "inventory_versions_published_immutable",
      sql`update inventory_versions set lines = jsonb_set(lines, ${path}::text[], '0.6') where id = ${versionId}`,
    );
    const report = await verifyRecord(db);
    expect(report.ok).toBe(false);
    expect(report.chain.ok).toBe(true);
    expect(report.versions.altered).toEqual([
      expect.objectContaining({ inventoryId, versionId, version: 1, differs: ["results", "contentHash"] }),
    ]);
    expect(report.problem).toContain(
      `inventory ${inventoryId} version 1 was altered: line 1 (I.1.2) recalculates to 600`,
    );
    await bypassing(
      db,
      "inventory_versions",
      "inventory_versions_published_immutable",
      sql`update inventory_versions set lines = jsonb_set(lines, ${path}::text[], '0.5') where id = ${versionId}`,
    );
    expect((await verifyRecord(db)).ok).toBe(true);
  });

  it("catches a version rewritten consistently (results and content hash recomputed) by its publish event", async () => {
    const [row] = await readPublishedVersions(db, null, 1);
    if (!row) throw new Error("no version");
    const lines: InventoryLine[] = [
      { ...(SAMPLE_LINES[0] as InventoryLine), factors: { CO2e: { value: 0.1, unit: "t/MWh" } } },
      ...SAMPLE_LINES.slice(1),
    ];
    const result = JSON.parse(JSON.stringify(calculate({ gwp: "AR5", year: row.year, lines }))) as unknown;
    const hash = contentHashOf(hashedDocumentOf({ ...row, lines }), result);
    const rewrite = sql`update inventory_versions set lines = ${JSON.stringify(lines)}::jsonb, result = ${JSON.stringify(result)}::jsonb, content_hash = ${hash} where id = ${versionId}`;
    await bypassing(db, "inventory_versions", "inventory_versions_published_immutable", rewrite);
    const report = await verifyRecord(db);
    expect(report.versions.altered).toEqual([
      expect.objectContaining({ versionId, differs: ["publishEvent"] }),
    ]);
    expect(report.problem).toMatch(/differs from the digest .* published in the audit chain/);
    const restore = sql`update inventory_versions set lines = ${JSON.stringify(row.lines)}::jsonb, result = ${JSON.stringify(row.result)}::jsonb, content_hash = ${row.contentHash} where id = ${versionId}`;
    await bypassing(db, "inventory_versions", "inventory_versions_published_immutable", restore);
    expect((await verifyRecord(db)).ok).toBe(true);
  });

  it("names the first broken event when an event's digest changes", async () => {
    const digest = await db.execute(sql`select digest from audit_events where seq = 5`);
    const original = (digest as { rows: Array<{ digest: string }> }).rows[0]?.digest as string;
    await bypassing(
      db,
      "audit_events",
      "audit_events_append_only",
      sql`update audit_events set digest = ${"f".repeat(64)} where seq = 5`,
    );
    const report = await verifyRecord(db);
    expect(report.chain.firstBroken).toEqual({
      seq: 5,
      reason: expect.stringContaining("hash does not match"),
    });
    expect(report.problem).toMatch(/^audit event 5 is broken/);
    await bypassing(
      db,
      "audit_events",
      "audit_events_append_only",
      sql`update audit_events set digest = ${original} where seq = 5`,
    );
    expect((await verifyRecord(db)).ok).toBe(true);
  });

  it("names the deleted tail against the chain head, and the gap of an event deleted in the middle", async () => {
    const last = (await verifyRecord(db)).chain.events;
    await bypassing(
      db,
      "audit_events",
      "audit_events_append_only",
      sql`delete from audit_events where seq = ${last}`,
    );
    const tail = await verifyRecord(db);
    expect(tail.chain.firstBroken).toEqual({
      seq: last,
      reason: expect.stringContaining("events were deleted"),
    });
    await bypassing(
      db,
      "audit_events",
      "audit_events_append_only",
      sql`delete from audit_events where seq = 3`,
    );
    const report = await verifyRecord(db);
    expect(report.chain.firstBroken).toEqual({ seq: 3, reason: "event 3 is missing (the next is 4)" });
    expect(report.problem).toBe("audit event 3 is broken: event 3 is missing (the next is 4)");
  });
});
