import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SAMPLE_LINES } from "../../db/testing/factories.ts";
import { createTestApp, type TestApp } from "../testing/test-app.ts";

let app: TestApp;
let jurisdictionId: string;

beforeAll(async () => {
  app = await createTestApp();
  const j = await app.request("POST", "/api/v1/jurisdictions", {
    name: "Rio de Janeiro",
    type: "city",
    country: "BR",
    locode: "BR RIO",
  });
  jurisdictionId = (j.body as { id: string }).id;
});
afterAll(() => app.close());

async function total(): Promise<number> {
  return (
    (await app.request("GET", "/api/v1/inventories?view=working&limit=200")).body as { items: unknown[] }
  ).items.length;
}

describe("/api/v1/inventories", () => {
  it("returns the document with its calculated results and non-blocking issues", async () => {
    const res = await app.request("POST", "/api/v1/inventories", {
      jurisdiction: "BR RIO",
      year: 2022,
      kind: "community",
      gwp: "AR5",
      population: 6211423,
      lines: SAMPLE_LINES,
    });
    expect(res.status).toBe(201);
    const body = res.body as {
      jurisdictionId: string;
      lines: unknown[];
      results: { totals: { basic: number; perCapita: { basic: number } }; lines: Array<{ co2e: number }> };
      issues: Array<{ code: string; severity: string }>;
    };
    expect(body.jurisdictionId).toBe(jurisdictionId);
    expect(body.lines).toEqual(SAMPLE_LINES);
    expect(body.results.totals.basic).toBeCloseTo(620);
    expect(body.results.totals.perCapita.basic).toBeCloseTo(620 / 6211423);
    expect(body.results.lines.map((l) => l.co2e)).toEqual([500, 120]);
    expect(body.issues.some((i) => i.code === "basic_incomplete" && i.severity !== "error")).toBe(true);
  });

  it("refuses an unknown GPC row, naming the line and row, and writes nothing", async () => {
    const before = await total();
    const res = await app.request("POST", "/api/v1/inventories", {
      jurisdictionId,
      year: 2015,
      kind: "community",
      lines: [...SAMPLE_LINES, { gpc: "I.99.1", emissions: { CO2: { value: 1, unit: "t" } } }],
    });
    expect(res.status).toBe(422);
    expect(res.error.code).toBe("invalid_inventory");
    expect(res.error.message).toContain("line 3 (I.99.1)");
    expect(res.error.details).toEqual([
      expect.objectContaining({ code: "unknown_gpc_row", line: 3, gpc: "I.99.1" }),
    ]);
    expect(await total()).toBe(before);
  });

  it.each([
    ["an unknown unit", { gpc: "I.1.1", emissions: { CO2: { value: 1, unit: "bushels" } } }, "unknown_unit"],
    [
      "an unknown fuel",
      { gpc: "I.1.1", fuel: "unobtainium", activity: { value: 1, unit: "TJ" } },
      "unknown_fuel",
    ],
    ["a negative amount", { gpc: "I.1.1", emissions: { CO2: { value: -5, unit: "t" } } }, "negative_value"],
    ["an empty line", { gpc: "I.1.1" }, "empty_line"],
  ])("refuses %s as invalid_inventory", async (_, line, code) => {
    const res = await app.request("POST", "/api/v1/inventories", {
      jurisdictionId,
      year: 2016,
      kind: "community",
      lines: [line],
    });
    expect(res.status).toBe(422);
    expect(res.error.details).toEqual(
      expect.arrayContaining([expect.objectContaining({ code, line: 1, gpc: "I.1.1" })]),
    );
  });

  it("names an unknown field inside a line", async () => {
    const res = await app.request("POST", "/api/v1/inventories", {
      jurisdictionId,
      year: 2017,
      kind: "community",
      lines: [{ ...SAMPLE_LINES[0], colour: "blue" }],
    });
    expect(res.status).toBe(422);
    expect(res.error.details?.map((d) => d.path)).toEqual(["lines.0.colour"]);
  });

  it("refuses a second inventory of the same jurisdiction, kind and year as already_exists", async () => {
    const body = { jurisdictionId, year: 2019, kind: "government", lines: SAMPLE_LINES };
    expect((await app.request("POST", "/api/v1/inventories", body)).status).toBe(201);
    const again = await app.request("POST", "/api/v1/inventories", body);
    expect(again.status).toBe(409);
    expect(again.error.code).toBe("already_exists");
  });

  it("recalculates on replace and filters lists by year, kind and country", async () => {
    const created = await app.request("POST", "/api/v1/inventories", {
      jurisdictionId,
      year: 2018,
      kind: "community",
      lines: SAMPLE_LINES,
    });
    const id = (created.body as { id: string }).id;
    const lines = [{ gpc: "II.1.1", emissions: { CO2e: { value: 7, unit: "t" } } }];
    const updated = await app.request(
      "PUT",
      `/api/v1/inventories/${id}`,
      { jurisdictionId, year: 2018, kind: "community", gwp: "AR6", lines },
      { "if-match": created.etag ?? "" },
    );
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      gwp: "AR6",
      results: { gwp: "AR6", totals: { basic: 7 } },
      version: 2,
    });
    const byYear = await app.request(
      "GET",
      "/api/v1/inventories?view=working&year=2018&kind=community&country=BR",
    );
    expect((byYear.body as { items: Array<{ id: string }> }).items.map((i) => i.id)).toEqual([id]);
    const elsewhere = await app.request("GET", "/api/v1/inventories?view=working&country=AR");
    expect((elsewhere.body as { items: unknown[] }).items).toEqual([]);
  });
});
