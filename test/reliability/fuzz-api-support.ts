/**
 * Shared by the API fuzzers (one vitest file per edge, so that workers run the edges in parallel): the app
 * in-process (`app.request`, no network hop, PGlite in memory) with two cities, a reporter and one existing
 * record of each kind; the check every answer must pass; valid bodies to mutate; and the document fuzzer.
 *
 * Every answer must be below 500 and every refusal must name its problem in the error shape, without a stack
 * trace or SQL; a refusal must leave every table exactly as it was (WriteWatch: the full digest whenever anything
 * was written since the last case), and an accepted write must read back whole. Unexpected server errors reject
 * the request (the test app rethrows them), so they fail the property too.
 */
import fc from "fast-check";
import { expect } from "vitest";
import { SAMPLE_LINES } from "../../src/db/testing/factories.ts";
import {
  createTestApp,
  type TestApp,
  type TestClient,
  type TestResponse,
} from "../../src/http/testing/test-app.ts";
import { inventoryIn, reviewedIn } from "../../src/http/testing/workflow-fixtures.ts";
import { SYSTEM } from "../../src/services/service-helpers.ts";
import {
  expectGraceful,
  FUZZ_RUNS,
  mutate,
  mutations,
  nastyJson,
  reportCases,
  WriteWatch,
} from "./support.ts";

/** The app under fuzz and what it holds. */
export interface FuzzApi {
  app: TestApp;
  cityA: string;
  cityB: string;
  reporterA: TestClient;
  ids: { draft: string; published: string; target: string; action: string };
  watch: WriteWatch;
  /** Counts of what the fuzzer saw per edge, printed by `close()` for the note. */
  seen: Record<string, Record<string, number>>;
  close(): Promise<void>;
}

/**
 * Opens the app and makes the records every edge works on; `refusalsMayCommit` where a refused request records
 * something on purpose (a failed sign-in), see WriteWatch.
 */
export async function openFuzzApi(refusalsMayCommit = false): Promise<FuzzApi> {
  const app = await createTestApp();
  const city = (name: string) =>
    app.services.jurisdictions.create({ name, type: "city", country: "BR", requiresApprover: true }, SYSTEM);
  const cityA = (await city("Fuzz A")).id;
  const cityB = (await city("Fuzz B")).id;
  const reporterA = (await app.createUser([{ role: "reporter", jurisdictionId: cityA }])).client;
  const ids = {
    draft: await inventoryIn(app.services, cityA, "draft"),
    published: await inventoryIn(app.services, cityB, "published"),
    target: await reviewedIn(app.services, "targets", cityA, "draft"),
    action: await reviewedIn(app.services, "actions", cityA, "draft"),
  };
  const watch = new WriteWatch(app.database.db, refusalsMayCommit);
  await watch.start();
  const seen: Record<string, Record<string, number>> = {};
  return {
    app,
    cityA,
    cityB,
    reporterA,
    ids,
    watch,
    seen,
    async close() {
      reportCases("fuzz-api", seen);
      await app.close();
    },
  };
}

function tally(fuzz: FuzzApi, edge: string, res: TestResponse): void {
  const key = res.status < 300 ? "accepted" : (res.error.code ?? String(res.status));
  fuzz.seen[edge] ??= {};
  const counts = fuzz.seen[edge] as Record<string, number>;
  counts[key] = (counts[key] ?? 0) + 1;
}

/** Checks one case's answer, and that a refusal changed nothing; `context` is built only when something fails. */
export async function check(fuzz: FuzzApi, edge: string, res: TestResponse, context: () => string) {
  tally(fuzz, edge, res);
  expectGraceful(res, context);
  await fuzz.watch.after(res.status >= 400, context);
}

let inventorySlot = 0;

/**
 * A valid inventory document; each call takes the next year and kind of 222, so that accepted creations keep
 * happening (a fixed year would make every creation after the first a duplicate).
 */
export const validInventory = (cityA: string) => ({
  jurisdictionId: cityA,
  year: 1990 + (inventorySlot % 111),
  kind: inventorySlot++ % 222 < 111 ? "community" : "government",
  gwp: "AR6",
  population: 1000,
  boundary: "city limits",
  lines: [
    ...SAMPLE_LINES,
    { gpc: "I.1.1", fuel: "natural-gas", activity: { value: 1, unit: "Gg" }, dataQuality: { activity: "H" } },
    { gpc: "I.7.1", notationKey: "NO", explanation: "No coal mining" },
  ],
});
export const validTarget = (cityA: string) => ({
  jurisdictionId: cityA,
  type: "base-year-absolute",
  scope: "community",
  sectors: ["I"],
  gases: ["CO2"],
  baseYear: 2015,
  baseValue: 1000,
  targetYear: 2030,
  reductionPercent: 40,
  description: "forty percent",
});
export const validAction = (cityA: string) => ({
  jurisdictionId: cityA,
  kind: "both",
  title: "Bike lanes",
  status: "planned",
  hazards: ["flood"],
  startYear: 2024,
  endYear: 2026,
  cost: 1000,
  currency: "BRL",
  coBenefits: ["health"],
});

/** A body: mutated from a valid one mostly, sometimes any JSON, sometimes not JSON at all. */
const bodyFrom = (valid: () => unknown) =>
  fc.oneof(
    { weight: 8, arbitrary: mutations.map((m) => ({ json: mutate(valid(), m) })) },
    { weight: 1, arbitrary: nastyJson.map((json) => ({ json })) },
    {
      weight: 1,
      arbitrary: fc
        .oneof(fc.string(), fc.constantFrom("{", '{"year":', "[1,2", "nul", '{"a":1}}', "\u0000"))
        .map((raw) => ({ raw })),
    },
  );

type Body = { json: unknown } | { raw: string };

export async function send(client: TestClient, method: string, path: string, body: Body, headers = {}) {
  return "raw" in body
    ? client.raw(method, path, body.raw, headers)
    : client.request(method, path, body.json, headers);
}

/** A path segment, percent-encoded; a lone surrogate becomes invalid UTF-8 (%ED%A0%80), itself a hostile case. */
export function encodeSegment(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return "%ED%A0%80";
  }
}

/** Fuzzes POST and PUT of one resource; accepted creations must read back whole. */
export async function fuzzDocuments(
  fuzz: FuzzApi,
  edge: string,
  resource: string,
  valid: () => unknown,
  existing: string,
) {
  const { app, reporterA } = fuzz;
  const etags = new Map<string, string>([[existing, '"1"']]);
  await fc.assert(
    fc.asyncProperty(bodyFrom(valid), fc.boolean(), fc.boolean(), async (body, put, asReporter) => {
      const client = asReporter ? reporterA : app;
      const path = put ? `/api/v1/${resource}/${existing}` : `/api/v1/${resource}`;
      const context = () =>
        `${put ? "PUT" : "POST"} as ${asReporter ? "reporter" : "admin"} ${JSON.stringify(body).slice(0, 400)}`;
      const res = await send(client, put ? "PUT" : "POST", path, body, {
        "if-match": etags.get(existing) as string,
      });
      await check(fuzz, edge, res, context);
      if (res.status >= 300) return;
      const written = res.body as { id: string; version: number };
      if (put) etags.set(existing, res.etag as string);
      const back = await app.request("GET", `/api/v1/${resource}/${written.id}?view=working`);
      expect(back.status).toBe(200);
      expect((back.body as { version: number }).version).toBe(written.version);
      if ("json" in body && resource === "inventories") {
        const lines = (body.json as { lines: unknown[] }).lines;
        expect((back.body as { lines: unknown[] }).lines).toHaveLength(lines.length);
      }
    }),
    { numRuns: FUZZ_RUNS },
  );
}
