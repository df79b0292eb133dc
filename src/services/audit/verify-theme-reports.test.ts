/**
 * `verifyRecord` re-checks published theme reports on every driver: a value changed in the database (indicators
 * no longer recompute), a stored indicator changed, and a report rewritten consistently (values, indicators and
 * content hash recomputed) are each named; drafts are not checked.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { digestOf } from "../../core/record/hash.ts";
import type { Db } from "../../db/database.ts";
import { type TestDatabase, testDrivers } from "../../db/testing/test-database.ts";
import { SYSTEM } from "../service-helpers.ts";
import { createServices } from "../services.ts";
import { verifyRecord } from "./verify-record.ts";

const MOBILITY = {
  population: 200_000,
  "public-transport-km": 50,
  "modal-share-walking": 30,
  "modal-share-cycling": 10,
  "modal-share-public-transport": 35,
  "modal-share-car": 20,
  "modal-share-other": 5,
};

describe.each(testDrivers())("verifyRecord over theme reports on $kind", (driver) => {
  let database: TestDatabase;
  let db: Db;
  let reportId: string;

  /** Replaces the stored values and indicators of the published report (and, if asked, its hash). */
  async function rewrite(values: object, indicators: object, contentHash?: string) {
    await db.execute(
      sql`update theme_reports set values = ${JSON.stringify(values)}::jsonb,
        indicators = ${JSON.stringify(indicators)}::jsonb,
        content_hash = coalesce(${contentHash ?? null}, content_hash) where id = ${reportId}`,
    );
  }

  beforeAll(async () => {
    database = await driver.open();
    db = database.db;
    const services = createServices(db);
    const j = await services.jurisdictions.create({ name: "Hashburg", type: "city", country: "DE" }, SYSTEM);
    const report = await services.themeReports.create(
      { jurisdictionId: j.id, theme: "mobility", year: 2023, values: MOBILITY },
      SYSTEM,
    );
    await services.themeReports.transition(report.id, "submit", null, SYSTEM);
    await services.themeReports.transition(report.id, "publish", null, SYSTEM);
    await services.themeReports.create(
      { jurisdictionId: j.id, theme: "mobility", year: 2024, values: MOBILITY },
      SYSTEM,
    );
    reportId = report.id;
  });
  afterAll(() => database.close());

  async function stored() {
    const result = await db.execute(sql`select values, indicators from theme_reports where id = ${reportId}`);
    return (result as { rows: Array<{ values: Record<string, number>; indicators: Record<string, number> }> })
      .rows[0] as { values: Record<string, number>; indicators: Record<string, number> };
  }

  it("checks the published report only and finds it intact", async () => {
    const report = await verifyRecord(db);
    expect(report).toMatchObject({
      ok: true,
      problem: null,
      themeReports: { ok: true, checked: 1, altered: [] },
    });
    expect((await stored()).indicators["public-transport-km-per-100k"]).toBe(25);
  });

  it("names the report whose value was changed: indicators no longer recompute, the hash no longer matches", async () => {
    const { values, indicators } = await stored();
    await rewrite({ ...values, "public-transport-km": 80 }, indicators);
    const report = await verifyRecord(db);
    expect(report.ok).toBe(false);
    expect(report.themeReports.altered).toEqual([
      expect.objectContaining({
        reportId,
        theme: "mobility",
        year: 2023,
        differs: ["indicators", "contentHash", "publishEvent"],
      }),
    ]);
    expect(report.problem).toMatch(
      new RegExp(
        `^theme report ${reportId} \\(mobility 2023, .*\\) was altered: indicator public-transport-km-per-100k recomputes to 40 from its values but 25 is stored`,
      ),
    );
    await rewrite(values, indicators);
    expect((await verifyRecord(db)).ok).toBe(true);
  });

  it("names a stored indicator changed without its values", async () => {
    const { values, indicators } = await stored();
    await rewrite(values, { ...indicators, "modal-share-car": 2 });
    const report = await verifyRecord(db);
    expect(report.themeReports.altered[0]?.differs).toEqual(["indicators", "contentHash", "publishEvent"]);
    expect(report.problem).toMatch(
      /indicator modal-share-car recomputes to 20 from its values but 2 is stored/,
    );
    await rewrite(values, indicators);
    expect((await verifyRecord(db)).ok).toBe(true);
  });

  it("catches a consistent rewrite (values, indicators and content hash recomputed) by the publish event", async () => {
    const { values, indicators } = await stored();
    const forged = { ...values, "public-transport-km": 80 };
    const forgedIndicators = { ...indicators, "public-transport-km-per-100k": 40 };
    const row = await db.execute(
      sql`select jurisdiction_id, theme, year from theme_reports where id = ${reportId}`,
    );
    const key = (row as { rows: Array<{ jurisdiction_id: string; theme: string; year: number }> }).rows[0];
    const hash = digestOf({
      jurisdictionId: key?.jurisdiction_id,
      theme: key?.theme,
      year: key?.year,
      values: forged,
      indicators: forgedIndicators,
    });
    await rewrite(forged, forgedIndicators, hash);
    const report = await verifyRecord(db);
    expect(report.themeReports.altered).toEqual([
      expect.objectContaining({ reportId, differs: ["publishEvent"] }),
    ]);
    expect(report.problem).toMatch(/differs from the state digested by its publish event in the audit chain/);
    expect(report.chain.ok).toBe(true);
  });
});
