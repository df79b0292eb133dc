import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../db/database.ts";
import { testDrivers } from "../db/testing/test-database.ts";
import { createServices } from "../services/services.ts";
import { createApp } from "./app.ts";
import { ReadCache } from "./common/read-cache.ts";
import { createAdminToken } from "./testing/test-app.ts";

/** One server's view of a database: its app and its read cache, invalidated by the database's change feed. */
async function serverOn(database: Database) {
  const readCache = new ReadCache();
  const stop = await database.subscribeChanges((change) => readCache.invalidate(change));
  const services = createServices(database.db);
  const app = createApp({ services, database, readCache });
  const token = await createAdminToken(services);
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await app.request(path, {
      method,
      headers: { "content-type": "application/json", authorization: `Bearer ${token}`, ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    return {
      status: res.status,
      etag: res.headers.get("etag"),
      body: text ? (JSON.parse(text) as Record<string, unknown>) : null,
    };
  };
  return { readCache, call, stop };
}

/** Polls until `check` passes (change notifications arrive asynchronously after the commit). */
async function eventually(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error("condition not met within 2 s");
}

describe.each(testDrivers())("read cache on $kind", (driver) => {
  let database: Awaited<ReturnType<typeof driver.open>>;
  let server: Awaited<ReturnType<typeof serverOn>>;
  let id: string;

  beforeAll(async () => {
    database = await driver.open();
    server = await serverOn(database);
    const created = await server.call("POST", "/api/v1/jurisdictions", {
      name: "Cacheville",
      type: "town",
      country: "PT",
    });
    id = created.body?.id as string;
  });
  afterAll(async () => {
    await server.stop();
    await database.close();
  });

  it("serves repeated reads from memory with the same body and ETag, and 304 on If-None-Match", async () => {
    const hits = server.readCache.hits;
    const first = await server.call("GET", `/api/v1/jurisdictions/${id}`);
    const second = await server.call("GET", `/api/v1/jurisdictions/${id}`);
    expect(second).toEqual(first);
    expect(server.readCache.hits).toBeGreaterThanOrEqual(hits + 2);
    const notModified = await server.call("GET", `/api/v1/jurisdictions/${id}`, undefined, {
      "if-none-match": first.etag ?? "",
    });
    expect(notModified.status).toBe(304);
  });

  it("drops a cached read when the database announces a change made behind the API's back", async () => {
    await server.call("GET", `/api/v1/jurisdictions/${id}`);
    await database.db.execute(
      sql`update jurisdictions set name = 'Renamed directly', version = version + 1 where id = ${id}`,
    );
    await eventually(
      async () => (await server.call("GET", `/api/v1/jurisdictions/${id}`)).body?.name === "Renamed directly",
    );
    const read = await server.call("GET", `/api/v1/jurisdictions/${id}`);
    expect(read.etag).toBe(`"${read.body?.version}"`);
  });

  it("keeps a second server on the same database current (PostgreSQL: two processes' view)", async () => {
    if (!database.url) return expect(database.kind).toBe("pglite");
    const other = await openDatabase({ url: database.url });
    const second = await serverOn(other);
    try {
      const before = await second.call("GET", `/api/v1/jurisdictions/${id}`);
      const updated = await server.call(
        "PUT",
        `/api/v1/jurisdictions/${id}`,
        { name: "Seen by both", type: "town", country: "PT" },
        {
          "if-match": before.etag ?? "",
        },
      );
      expect(updated.status).toBe(200);
      await eventually(
        async () => (await second.call("GET", `/api/v1/jurisdictions/${id}`)).body?.name === "Seen by both",
      );
    } finally {
      await second.stop();
      await other.close();
    }
  });
});
