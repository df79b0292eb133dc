import { readFileSync } from "node:fs";
import { join } from "node:path";
import SwaggerParser from "@apidevtools/swagger-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MIGRATIONS_FOLDER } from "../db/migrate.ts";
import { createTestApp, type TestApp } from "./testing/test-app.ts";

let app: TestApp;

beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

describe("API description and health", () => {
  it("serves an OpenAPI 3.1 document that passes an independent validator", async () => {
    const res = await app.request("GET", "/api/v1/openapi.json");
    expect(res.status).toBe(200);
    const doc = res.body as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(doc.openapi).toBe("3.1.0");
    for (const resource of ["jurisdictions", "inventories", "targets", "actions", "risks"]) {
      expect(Object.keys(doc.paths[`/api/v1/${resource}`] ?? {}).sort()).toEqual(["get", "post"]);
      expect(Object.keys(doc.paths[`/api/v1/${resource}/{id}`] ?? {}).sort()).toEqual(["get", "put"]);
    }
    // validate() dereferences in place; give it a copy.
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeTruthy();
  });

  it("serves human docs that load nothing from the network", async () => {
    const res = await app.request("GET", "/api/docs");
    expect(res.status).toBe(200);
    const html = res.body as string;
    expect(html).toContain("/api/v1/inventories/{id}");
    expect(html).toContain("/api/v1/openapi.json");
    expect(html).not.toMatch(/<script|https?:\/\/(?!localhost)/);
  });

  it("reports the database kind and migration level", async () => {
    const res = await app.request("GET", "/healthz");
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      status: "ok",
      database: { kind: "pglite", migration: app.database.migration },
    });
    const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8")) as {
      entries: Array<{ tag: string }>;
    };
    expect(app.database.migration).toEqual({
      applied: journal.entries.length,
      latest: journal.entries.at(-1)?.tag,
    });
  });
});
