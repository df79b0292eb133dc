/**
 * Fifty clients editing the same inventory and the same jurisdiction at once through the API (in-process, on
 * PGlite and, with TEST_DATABASE_URL, on PostgreSQL where transactions really overlap): with the same If-Match
 * exactly one wins and the others get 412; without If-Match every one gets 428; read-modify-write with retries
 * loses no update; fifty submits of one draft make one transition and 49 answers of 409; the audit chain verifies.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// Many requests per test on a shared machine: generous time, the assertions are what matter.
vi.setConfig({ testTimeout: 600_000 });

import { SAMPLE_LINES } from "../../src/db/testing/factories.ts";
import { testDrivers } from "../../src/db/testing/test-database.ts";
import { createTestApp, type TestApp, type TestResponse } from "../../src/http/testing/test-app.ts";
import { SYSTEM } from "../../src/services/service-helpers.ts";
import { reportFigure } from "./support.ts";

const CLIENTS = 50;
/** Conflicts detected per driver, printed for the note. */
const detected: Record<string, Record<string, number>> = {};

/** What a polite client does after a 412: wait a little, at random, before reading again. */
const backoff = () => new Promise((r) => setTimeout(r, Math.random() * 50));

function statuses(responses: TestResponse[]): Record<number, number> {
  const out: Record<number, number> = {};
  for (const r of responses) out[r.status] = (out[r.status] ?? 0) + 1;
  return out;
}

describe.each(testDrivers())("50 concurrent clients on $kind", (driver) => {
  let app: TestApp;
  let jurisdictionId: string;
  let inventoryId: string;
  const count = (what: string, n: number) => {
    detected[driver.kind] ??= {};
    const d = detected[driver.kind] as Record<string, number>;
    d[what] = (d[what] ?? 0) + n;
  };

  beforeAll(async () => {
    app = await createTestApp({ open: () => driver.open() });
    jurisdictionId = (
      await app.services.jurisdictions.create({ name: "Busy City", type: "city", country: "BR" }, SYSTEM)
    ).id;
    inventoryId = (
      await app.services.inventories.create(
        { jurisdictionId, year: 2022, kind: "community", lines: SAMPLE_LINES },
        SYSTEM,
      )
    ).id;
  }, 120_000);
  afterAll(async () => {
    reportFigure(`conflicts detected on ${driver.kind}: ${JSON.stringify(detected[driver.kind])}`);
    await app.close();
  });

  const inventoryPath = () => `/api/v1/inventories/${inventoryId}`;
  const inventoryBody = (lines: unknown[]) => ({ jurisdictionId, year: 2022, kind: "community", lines });
  const jurisdictionPath = () => `/api/v1/jurisdictions/${jurisdictionId}`;
  const jurisdictionBody = (tags: string[]) => ({ name: "Busy City", type: "city", country: "BR", tags });
  const clientLine = (i: number) => ({
    gpc: "IV.1",
    emissions: { CO2: { value: i + 1, unit: "t" } },
    comment: `client ${i}`,
  });

  it("without If-Match: all 50 edits of the inventory and of the jurisdiction answered 428, nothing written", async () => {
    const responses = await Promise.all(
      Array.from({ length: CLIENTS }, (_, i) =>
        i % 2
          ? app.request("PUT", inventoryPath(), inventoryBody([clientLine(i)]))
          : app.request("PUT", jurisdictionPath(), jurisdictionBody([`c${i}`])),
      ),
    );
    expect(statuses(responses)).toEqual({ 428: CLIENTS });
    count("428 without If-Match", CLIENTS);
    expect((await app.request("GET", `${inventoryPath()}?view=working`)).etag).toBe('"1"');
    expect((await app.request("GET", jurisdictionPath())).etag).toBe('"1"');
  });

  it("with the same If-Match: one of 50 inventory edits wins, 49 get 412, and the winner's lines are stored", async () => {
    const responses = await Promise.all(
      Array.from({ length: CLIENTS }, (_, i) =>
        app.request("PUT", inventoryPath(), inventoryBody([...SAMPLE_LINES, clientLine(i)]), {
          "if-match": '"1"',
        }),
      ),
    );
    expect(statuses(responses)).toEqual({ 200: 1, 412: CLIENTS - 1 });
    count("412 same If-Match (inventory)", CLIENTS - 1);
    for (const r of responses.filter((x) => x.status === 412)) expect(r.error.code).toBe("version_conflict");
    const winner = responses.findIndex((r) => r.status === 200);
    const stored = (await app.request("GET", `${inventoryPath()}?view=working`)).body as {
      lines: unknown[];
      version: number;
    };
    expect(stored.version).toBe(2);
    expect(stored.lines).toEqual([...SAMPLE_LINES, clientLine(winner)]);
  });

  it("with the same If-Match: one of 50 jurisdiction edits wins, 49 get 412", async () => {
    const responses = await Promise.all(
      Array.from({ length: CLIENTS }, (_, i) =>
        app.request("PUT", jurisdictionPath(), jurisdictionBody([`c${i}`]), { "if-match": '"1"' }),
      ),
    );
    expect(statuses(responses)).toEqual({ 200: 1, 412: CLIENTS - 1 });
    count("412 same If-Match (jurisdiction)", CLIENTS - 1);
    const winner = responses.findIndex((r) => r.status === 200);
    expect(((await app.request("GET", jurisdictionPath())).body as { tags: string[] }).tags).toEqual([
      `c${winner}`,
    ]);
  });

  it("read-modify-write with retries: all 50 additions to the inventory and the jurisdiction survive", async () => {
    let conflicts = 0;
    const unexpected: TestResponse[] = [];
    const addLine = async (i: number) => {
      for (;;) {
        const current = await app.request("GET", `${inventoryPath()}?view=working`);
        const lines = (current.body as { lines: unknown[] }).lines;
        const res = await app.request(
          "PUT",
          inventoryPath(),
          inventoryBody([...lines, clientLine(100 + i)]),
          {
            "if-match": current.etag as string,
          },
        );
        if (res.status === 200) return;
        if (res.status === 412) {
          conflicts += 1;
          await backoff();
        } else return void unexpected.push(res);
      }
    };
    const addTag = async (i: number) => {
      for (;;) {
        const current = await app.request("GET", jurisdictionPath());
        const tags = (current.body as { tags: string[] }).tags;
        const res = await app.request(
          "PUT",
          jurisdictionPath(),
          jurisdictionBody([...tags.filter((t) => t.startsWith("r")), `r${i}`]),
          {
            "if-match": current.etag as string,
          },
        );
        if (res.status === 200) return;
        if (res.status === 412) {
          conflicts += 1;
          await backoff();
        } else return void unexpected.push(res);
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, (_, i) => [addLine(i), addTag(i)]).flat());
    expect(unexpected.map((r) => [r.status, r.body])).toEqual([]);
    count("412 read-modify-write retries", conflicts);
    const inventory = (await app.request("GET", `${inventoryPath()}?view=working`)).body as {
      lines: Array<{ comment?: string }>;
      version: number;
    };
    const comments = new Set(inventory.lines.map((l) => l.comment));
    expect(Array.from({ length: CLIENTS }, (_, i) => comments.has(`client ${100 + i}`)).every(Boolean)).toBe(
      true,
    );
    expect(inventory.version).toBe(2 + CLIENTS);
    const jurisdiction = (await app.request("GET", jurisdictionPath())).body as {
      tags: string[];
      version: number;
    };
    expect(new Set(jurisdiction.tags).size).toBe(CLIENTS);
    expect(jurisdiction.version).toBe(2 + CLIENTS);
    expect(conflicts).toBeGreaterThan(0);
  }, 600_000);

  it("50 submits of one draft at once: one transition, 49 answered 409", async () => {
    const draft = (
      await app.services.inventories.create(
        { jurisdictionId, year: 2023, kind: "community", lines: SAMPLE_LINES },
        SYSTEM,
      )
    ).id;
    // Answer the draft's warnings first, so that a submit can succeed.
    const first = await app.request("POST", `/api/v1/inventories/${draft}/submit`, {});
    const unanswered =
      (first.error as { details?: { unanswered?: Array<{ id: string }> } }).details?.unanswered ?? [];
    const answers = Object.fromEntries(unanswered.map((c) => [c.id, "answered"]));
    const responses = await Promise.all(
      Array.from({ length: CLIENTS }, () =>
        app.request("POST", `/api/v1/inventories/${draft}/submit`, { answers }),
      ),
    );
    expect(statuses(responses)).toEqual({ 200: 1, 409: CLIENTS - 1 });
    count("409 concurrent transitions", CLIENTS - 1);
    const versions = (await app.request("GET", `/api/v1/inventories/${draft}/versions`)).body as {
      items: unknown[];
    };
    expect(versions.items.length).toBeGreaterThan(0);
  });

  it("keeps the audit chain intact through all of it", async () => {
    const report = await app.services.audit.verify();
    expect(report.ok, JSON.stringify(report).slice(0, 500)).toBe(true);
    expect((await app.anonymous.request("GET", "/api/v1/audit/verify")).body).toMatchObject({ ok: true });
  });
});
