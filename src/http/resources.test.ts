import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SAMPLE_LINES } from "../db/testing/factories.ts";
import { createTestApp, type TestApp, type TestResponse } from "./testing/test-app.ts";

interface ResourceCase {
  path: string;
  valid(jurisdictionId: string, n: number): Record<string, unknown>;
  /** A field to change on PUT, and its new value. */
  change: [string, unknown];
  wrongType: [string, unknown];
  required: string;
}

const CASES: ResourceCase[] = [
  {
    path: "/api/v1/jurisdictions",
    valid: (_, n) => ({
      name: `Town ${n}`,
      type: "town",
      country: "PT",
      tags: ["coastal"],
      area: [{ year: 2020, value: 9 }],
    }),
    change: ["name", "Renamed town"],
    wrongType: ["country", 42],
    required: "name",
  },
  {
    path: "/api/v1/inventories",
    valid: (jurisdictionId, n) => ({
      jurisdictionId,
      year: 2000 + (n % 100),
      kind: "community",
      lines: SAMPLE_LINES,
    }),
    change: ["boundary", "administrative limits"],
    wrongType: ["year", "2020"],
    required: "lines",
  },
  {
    path: "/api/v1/targets",
    valid: (jurisdictionId) => ({
      jurisdictionId,
      type: "base-year-absolute",
      scope: "community",
      baseYear: 2015,
      targetYear: 2030,
      reductionPercent: 40,
    }),
    change: ["reductionPercent", 55],
    wrongType: ["targetYear", "soon"],
    required: "scope",
  },
  {
    path: "/api/v1/actions",
    valid: (jurisdictionId, n) => ({
      jurisdictionId,
      kind: "adaptation",
      title: `Green roofs ${n}`,
      status: "planned",
      hazards: ["extreme-heat"],
    }),
    change: ["status", "completed"],
    wrongType: ["cost", "cheap"],
    required: "title",
  },
  {
    path: "/api/v1/risks",
    valid: (jurisdictionId) => ({ jurisdictionId, hazard: "flood", probability: "high", impact: "high" }),
    change: ["timeframe", "long-term"],
    wrongType: ["sectors", "water"],
    required: "hazard",
  },
];

const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";
let app: TestApp;
let jurisdictionId: string;
let n = 0;

beforeAll(async () => {
  app = await createTestApp();
  const created = await app.request("POST", "/api/v1/jurisdictions", {
    name: "Porto",
    type: "city",
    country: "PT",
  });
  jurisdictionId = (created.body as { id: string }).id;
});
afterAll(() => app.close());

/** The list of a path as the admin sees it: inventories' working copies (drafts), else every record. */
function listOf(path: string): string {
  return path === "/api/v1/inventories" ? `${path}?view=working&` : `${path}?`;
}

async function count(path: string): Promise<number> {
  return ((await app.request("GET", `${listOf(path)}limit=200`)).body as { items: unknown[] }).items.length;
}

function expectError(res: TestResponse, status: number, code: string, field?: string) {
  expect(res.status).toBe(status);
  expect(res.error.code).toBe(code);
  expect(typeof res.error.message).toBe("string");
  if (field) expect(res.error.details?.map((d) => d.path)).toContain(field);
}

describe.each(CASES)("$path", (c) => {
  it("creates, reads, lists and replaces with optimistic concurrency", async () => {
    n += 1;
    const created = await app.request("POST", c.path, c.valid(jurisdictionId, n));
    expect(created.status).toBe(201);
    expect(created.etag).toBe('"1"');
    const id = (created.body as { id: string }).id;

    const read = await app.request("GET", `${c.path}/${id}`);
    expect(read.status).toBe(200);
    expect(read.etag).toBe('"1"');
    expect(read.body).toEqual(created.body);

    const list = await app.request("GET", `${listOf(c.path)}limit=200`);
    expect(list.status).toBe(200);
    expect((list.body as { items: Array<{ id: string }> }).items.map((i) => i.id)).toContain(id);
    expect((list.body as { nextCursor: unknown }).nextCursor).toBeNull();

    const next = { ...c.valid(jurisdictionId, n), [c.change[0]]: c.change[1] };
    expectError(await app.request("PUT", `${c.path}/${id}`, next), 428, "precondition_required");
    expectError(
      await app.request("PUT", `${c.path}/${id}`, next, { "if-match": '"7"' }),
      412,
      "version_conflict",
    );
    expectError(
      await app.request("PUT", `${c.path}/${id}`, next, { "if-match": "garbage" }),
      412,
      "version_conflict",
    );
    const updated = await app.request("PUT", `${c.path}/${id}`, next, { "if-match": '"1"' });
    expect(updated.status).toBe(200);
    expect(updated.etag).toBe('"2"');
    expect(updated.body).toMatchObject({ version: 2, [c.change[0]]: c.change[1] });
    expectError(
      await app.request("PUT", `${c.path}/${id}`, next, { "if-match": 'W/"1"' }),
      412,
      "version_conflict",
    );
    expect((await app.request("GET", `${c.path}/${id}`)).body).toEqual(updated.body);
  });

  it("pages with limit and cursor", async () => {
    for (let i = 0; i < 3; i++) {
      n += 1;
      expect((await app.request("POST", c.path, c.valid(jurisdictionId, n))).status).toBe(201);
    }
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : "";
      const page = await app.request("GET", `${listOf(c.path)}limit=2${query}`);
      expect(page.status).toBe(200);
      const body = page.body as { items: Array<{ id: string }>; nextCursor: string | null };
      expect(body.items.length).toBeLessThanOrEqual(2);
      ids.push(...body.items.map((i) => i.id));
      cursor = body.nextCursor;
    } while (cursor);
    expect(ids.length).toBe(await count(c.path));
    expect(new Set(ids).size).toBe(ids.length);
    expectError(await app.request("GET", `${c.path}?cursor=bogus`), 422, "validation_failed", "cursor");
    expectError(await app.request("GET", `${c.path}?limit=500`), 422, "validation_failed", "query.limit");
  });

  it("refuses bad input with the field named and writes nothing", async () => {
    n += 1;
    const before = await count(c.path);
    const valid = c.valid(jurisdictionId, n);
    const wrong = { ...valid, [c.wrongType[0]]: c.wrongType[1] };
    expectError(await app.request("POST", c.path, wrong), 422, "validation_failed", c.wrongType[0]);
    const { [c.required]: _, ...missing } = valid;
    expectError(await app.request("POST", c.path, missing), 422, "validation_failed", c.required);
    expectError(
      await app.request("POST", c.path, { ...valid, colour: "red" }),
      422,
      "validation_failed",
      "colour",
    );
    expectError(await app.raw("POST", c.path, '{"name": "x",'), 400, "malformed_json");
    expectError(
      await app.raw("POST", c.path, JSON.stringify({ ...valid, pad: "x".repeat(10 * 1024 * 1024) })),
      413,
      "payload_too_large",
    );
    expectError(await app.request("POST", c.path, [valid]), 422, "validation_failed");
    expect(await count(c.path)).toBe(before);
  });

  it("answers 404 for unknown ids and 422 for ids that are not UUIDs", async () => {
    expectError(await app.request("GET", `${c.path}/${UNKNOWN_ID}`), 404, "not_found");
    const body = c.valid(jurisdictionId, 999);
    expectError(
      await app.request("PUT", `${c.path}/${UNKNOWN_ID}`, body, { "if-match": '"1"' }),
      404,
      "not_found",
    );
    expectError(await app.request("GET", `${c.path}/not-a-uuid`), 422, "validation_failed", "path.id");
  });

  if (c.path !== "/api/v1/jurisdictions") {
    it("refuses a jurisdictionId that does not exist, naming it", async () => {
      const before = await count(c.path);
      const res = await app.request("POST", c.path, c.valid(UNKNOWN_ID, 500));
      expectError(res, 422, "validation_failed", "jurisdictionId");
      expect(await count(c.path)).toBe(before);
    });
  }
});

describe("routing", () => {
  it("answers unknown routes with the error shape", async () => {
    expectError(await app.request("GET", "/api/v1/nothing"), 404, "route_not_found");
  });

  it("refuses a body that is not JSON", async () => {
    const res = await app.raw("POST", "/api/v1/risks", "hazard=flood", { "content-type": "text/plain" });
    expectError(res, 415, "unsupported_media_type");
  });
});
