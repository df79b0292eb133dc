import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../db/database.ts";
import { SAMPLE_LINES } from "../db/testing/factories.ts";
import { DomainError } from "./errors.ts";
import { SYSTEM } from "./service-helpers.ts";
import { createServices, type Services } from "./services.ts";

let database: Database;
let services: Services;

beforeAll(async () => {
  database = await openDatabase();
  services = createServices(database.db);
});
afterAll(() => database.close());

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  throw new Error("expected a domain error");
}

describe("services", () => {
  it("creates a jurisdiction with series and refuses a duplicate UN/LOCODE as already_exists", async () => {
    const j = await services.jurisdictions.create(
      {
        name: "Niterói",
        type: "city",
        country: "BR",
        locode: "BR NTR",
        population: [{ year: 2022, value: 481749 }],
      },
      SYSTEM,
    );
    expect(j.series).toEqual([{ indicator: "population", year: 2022, value: 481749, unit: "inhabitants" }]);
    const again = services.jurisdictions.create(
      { name: "X", type: "city", country: "BR", locode: "BR NTR" },
      SYSTEM,
    );
    expect(await codeOf(again)).toBe("already_exists");
  });

  it("stores a calculated inventory, keeping warnings and refusing blocking issues with line and row", async () => {
    const j = await services.jurisdictions.create({ name: "Maricá", type: "city", country: "BR" }, SYSTEM);
    const inv = await services.inventories.create(
      { jurisdictionId: j.id, year: 2021, kind: "community", lines: SAMPLE_LINES },
      SYSTEM,
    );
    expect(inv.result.totals.basic).toBeCloseTo(620);
    expect(inv.result.issues.some((i) => i.code === "basic_incomplete")).toBe(true);
    const bad = services.inventories.create(
      { jurisdictionId: j.id, year: 2020, kind: "community", lines: [...SAMPLE_LINES, { gpc: "IX.9.9" }] },
      SYSTEM,
    );
    await expect(bad).rejects.toMatchObject({
      code: "invalid_inventory",
      details: [expect.objectContaining({ code: "unknown_gpc_row", line: 3, gpc: "IX.9.9" })],
    });
    expect(
      (await services.inventories.list({ jurisdictionId: j.id, view: "working" }, SYSTEM)).items,
    ).toHaveLength(1);
  });

  it("resolves an inventory's jurisdiction by UN/LOCODE and names a missing one", async () => {
    await services.jurisdictions.create(
      { name: "Santos", type: "city", country: "BR", locode: "BR SSZ" },
      SYSTEM,
    );
    const inv = await services.inventories.create(
      { jurisdiction: "BR SSZ", year: 2022, kind: "community", lines: SAMPLE_LINES },
      SYSTEM,
    );
    expect(inv.jurisdictionId).toMatch(/[0-9a-f-]{36}/);
    const missing = services.inventories.create(
      { jurisdiction: "BR ZZZ", year: 2022, kind: "community", lines: SAMPLE_LINES },
      SYSTEM,
    );
    await expect(missing).rejects.toMatchObject({
      code: "validation_failed",
      details: [{ path: "jurisdiction" }],
    });
  });

  it("requires a version to update, refuses a stale one and applies a current one", async () => {
    const j = await services.jurisdictions.create({ name: "Olinda", type: "city", country: "BR" }, SYSTEM);
    const input = { name: "Olinda", type: "municipality", country: "BR" };
    expect(await codeOf(services.jurisdictions.update(j.id, undefined, input, SYSTEM))).toBe(
      "precondition_required",
    );
    expect(await codeOf(services.jurisdictions.update(j.id, 9, input, SYSTEM))).toBe("version_conflict");
    expect((await services.jurisdictions.update(j.id, 1, input, SYSTEM)).version).toBe(2);
    const unknown = "00000000-0000-4000-8000-000000000000";
    expect(await codeOf(services.jurisdictions.update(unknown, 1, input, SYSTEM))).toBe("not_found");
  });

  it("checks targets, actions and risks against their jurisdiction and rules", async () => {
    const j = await services.jurisdictions.create({ name: "Recife", type: "city", country: "BR" }, SYSTEM);
    const target = await services.targets.create(
      {
        jurisdictionId: j.id,
        type: "base-year-absolute",
        scope: "community",
        baseYear: 2015,
        targetYear: 2030,
        reductionPercent: 50,
      },
      SYSTEM,
    );
    const backwards = services.targets.create(
      {
        jurisdictionId: j.id,
        type: "base-year-absolute",
        scope: "community",
        baseYear: 2030,
        targetYear: 2020,
        reductionPercent: 5,
      },
      SYSTEM,
    );
    await expect(backwards).rejects.toMatchObject({ details: [{ path: "targetYear" }] });
    const action = await services.actions.create(
      { jurisdictionId: j.id, kind: "mitigation", title: "BRT", status: "planned", targetIds: [target.id] },
      SYSTEM,
    );
    expect(action.targetIds).toEqual([target.id]);
    const foreign = services.actions.create(
      { jurisdictionId: j.id, kind: "mitigation", title: "X", status: "planned", targetIds: [j.id] },
      SYSTEM,
    );
    await expect(foreign).rejects.toMatchObject({ details: [{ path: "targetIds.0" }] });
    const orphan = services.risks.create({ jurisdictionId: target.id, hazard: "flood" }, SYSTEM);
    await expect(orphan).rejects.toMatchObject({ details: [{ path: "jurisdictionId" }] });
    expect((await services.risks.create({ jurisdictionId: j.id, hazard: "flood" }, SYSTEM)).theme).toBe(
      "climate",
    );
  });

  it("refuses a cursor it did not issue", async () => {
    expect(await codeOf(services.jurisdictions.list({ cursor: "nonsense" }))).toBe("validation_failed");
  });
});
