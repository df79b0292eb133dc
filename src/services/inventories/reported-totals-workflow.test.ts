/**
 * Reported-totals inventories (CDP city-wide totals) go through the same MRV workflow as line inventories:
 * imported as drafts, submitted with checks of their totals, returned, re-imported, verified, published under a
 * content hash that the record's verification recomputes, and corrected into a next version that keeps them.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestDatabase, testDrivers } from "../../db/testing/test-database.ts";
import { sharedHead } from "../../io/test-support.ts";
import { ANONYMOUS } from "../../policies/principal.ts";
import { verifyRecord } from "../audit/verify-record.ts";
import { DomainError } from "../errors.ts";
import { FILES, rowCounts } from "../import/import-test-support.ts";
import { SYSTEM } from "../service-helpers.ts";
import { createServices, type Services } from "../services.ts";

// Real rows of CDP's 2019 file (line 72: Pretoria - Tshwane, whose scope 2 is larger than its BASIC total).
const lines = sharedHead(FILES.cdp2019, 72);
const PRETORIA = lines[71] as string;
const cdpFile = (row: string) => ({ name: "cdp-2019-pretoria.csv", data: `${lines[0]}\n${row}\n` });

async function refusal(work: Promise<unknown>): Promise<DomainError> {
  try {
    await work;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("expected a DomainError");
}

describe.each(testDrivers())("reported-totals inventories in the MRV workflow ($kind)", (driver) => {
  let database: TestDatabase;
  let services: Services;
  let id = "";
  beforeAll(async () => {
    database = await driver.open();
    services = createServices(database.db);
    const outcome = await services.imports.importFile("cdp-citywide", cdpFile(PRETORIA), {}, SYSTEM);
    expect(outcome.counts.reportedTotals.created).toBe(1);
    const page = await services.inventories.list({ view: "working" }, SYSTEM);
    id = page.items[0]?.id ?? "";
  });
  afterAll(() => database.close());

  const step = (name: "submit" | "review" | "verify" | "publish" | "return" | "correct", answers = {}) =>
    services.inventoryWorkflow.transition(id, name, { comment: `${name} it`, answers }, SYSTEM);

  it("is imported as a draft holding its totals and no lines", async () => {
    const draft = await services.inventories.get(id, SYSTEM);
    expect(draft).toMatchObject({ form: "reported-totals", status: "draft", lines: [], revision: 1 });
    expect(draft.reportedTotals?.totals).toMatchObject({ scope2: 119473513, basic: 21426358 });
    expect(draft.result.totals.basic).toBe(21426358);
  });

  it("is submitted with checks of its totals (scope 2 above BASIC), not the line checks", async () => {
    const refused = await refusal(step("submit"));
    expect(refused.code).toBe("checks_failed");
    const unanswered = (refused.details as { unanswered: Array<{ id: string; message: string }> }).unanswered;
    const ids = unanswered.map((c) => c.id);
    expect(ids).toContain("scope2_exceeds_basic");
    expect(ids).not.toContain("crf_minimum");
    const answers = Object.fromEntries(ids.map((c) => [c, `checked ${c} against the CDP response`]));
    const submitted = await step("submit", answers);
    expect(submitted).toMatchObject({ status: "submitted", form: "reported-totals" });
    expect(submitted.checks?.map((c) => c.id)).toContain("scope2_exceeds_basic");
    expect(submitted.reportedTotals?.totals.scope2).toBe(119473513);
  });

  it("is returned, corrected by importing the file again, and published under a verifiable hash", async () => {
    await step("review");
    expect((await step("return")).status).toBe("returned");
    // The city's corrected figure: scope 2 below BASIC. A re-import updates the returned draft.
    const fixed = PRETORIA.replace(",119473513,", ",11947351,");
    expect(fixed).not.toBe(PRETORIA);
    const again = await services.imports.importFile("cdp-citywide", cdpFile(fixed), {}, SYSTEM);
    expect(again.counts.reportedTotals).toMatchObject({ updated: 1, created: 0 });
    // Its only warning was scope 2 above BASIC: the corrected totals submit with nothing left to answer.
    const resubmitted = await step("submit");
    expect(resubmitted.checks?.filter((c) => c.severity === "warning")).toEqual([]);
    expect(resubmitted.reportedTotals?.totals.scope2).toBe(11947351);
    await step("review");
    await step("verify");
    const published = await step("publish");
    expect(published).toMatchObject({ status: "published", publishedRevision: 1 });
    expect(published.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const record = await verifyRecord(database.db);
    expect(record.problem).toBeNull();
    expect(record.ok).toBe(true);
  });

  it("shows the public the published totals, and its record lists the version with its totals", async () => {
    const seen = await services.inventories.get(id, ANONYMOUS);
    expect(seen).toMatchObject({ visibility: "published", form: "reported-totals", lines: [] });
    expect(seen.reportedTotals?.totals.scope2).toBe(11947351);
    const versions = await services.inventoryHistory.versions(id, SYSTEM);
    expect(versions).toHaveLength(1);
    expect(versions[0]?.reported?.totals.scope2).toBe(11947351);
    expect(versions[0]?.history?.map((t) => t.toStatus)).toEqual([
      "submitted",
      "in_review",
      "returned",
      "submitted",
      "in_review",
      "verified",
      "published",
    ]);
    const publicVersions = await services.inventoryHistory.versions(id, ANONYMOUS);
    expect(publicVersions.map((v) => v.row.contentHash)).toEqual([seen.contentHash]);
  });

  it("starts a correction from the published totals; lines replace them, an empty document is refused", async () => {
    const next = await step("correct");
    expect(next).toMatchObject({ status: "draft", revision: 2, form: "reported-totals" });
    expect(next.reportedTotals?.totals.scope2).toBe(11947351);
    const before = await rowCounts(database.db);
    const input = { jurisdictionId: next.jurisdictionId, year: next.year, kind: next.kind, lines: [] };
    const empty = await refusal(services.inventories.update(id, next.version, input, SYSTEM));
    expect(empty.code).toBe("validation_failed");
    expect(await rowCounts(database.db)).toEqual(before);
    const withLines = await services.inventories.update(
      id,
      next.version,
      { ...input, lines: [{ gpc: "I.1.1", emissions: { CO2: { value: 5, unit: "t" } } }] },
      SYSTEM,
    );
    expect(withLines).toMatchObject({ form: "lines", reportedTotals: null });
    expect(withLines.result.totals.scope1).toBe(5);
    const stillPublic = await services.inventories.get(id, ANONYMOUS);
    expect(stillPublic.reportedTotals?.totals.scope2).toBe(11947351);
    expect((await verifyRecord(database.db)).ok).toBe(true);
  });
});
