/**
 * Fuzzing the API's edges in-process (`app.request`, PGlite in memory): mutated and random inventory documents,
 * target and action bodies, query strings and headers. Every answer must be below 500 and every refusal must
 * name its problem in the error shape, without a stack trace or SQL; a refusal must leave every table exactly
 * as it was, and an accepted write must read back whole. Unexpected server errors reject the request (the test
 * app rethrows them), so they fail the property too. FUZZ_RUNS cases per edge (10,000 with LOCALLEDGER_LONG_TESTS=1).
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
  fingerprint,
  mutate,
  mutations,
  NASTY_STRINGS,
  nastyJson,
  nastyLeaf,
  timeoutFor,
} from "./support.ts";

let app: TestApp;
let cityA: string;
let cityB: string;
let reporterA: TestClient;
let ids: Record<string, string>;
let lastPrint: string;
/** Counts of what the fuzzers saw, printed at the end for the note. */
const seen: Record<string, Record<string, number>> = {};

beforeAll(async () => {
  app = await createTestApp();
  const city = (name: string) =>
    app.services.jurisdictions.create({ name, type: "city", country: "BR", requiresApprover: true }, SYSTEM);
  cityA = (await city("Fuzz A")).id;
  cityB = (await city("Fuzz B")).id;
  reporterA = (await app.createUser([{ role: "reporter", jurisdictionId: cityA }])).client;
  ids = {
    draft: await inventoryIn(app.services, cityA, "draft"),
    published: await inventoryIn(app.services, cityB, "published"),
    target: await reviewedIn(app.services, "targets", cityA, "draft"),
    action: await reviewedIn(app.services, "actions", cityA, "draft"),
  };
  lastPrint = await fingerprint(app.database.db);
}, 120_000);
afterAll(async () => {
  console.info(`fuzz-api outcomes: ${JSON.stringify(seen)}`);
  await app.close();
});

function tally(edge: string, res: TestResponse): void {
  const key = res.status < 300 ? "accepted" : (res.error.code ?? String(res.status));
  seen[edge] ??= {};
  const counts = seen[edge] as Record<string, number>;
  counts[key] = (counts[key] ?? 0) + 1;
}

/** Checks an answer, and that a refusal changed nothing (an accepted write moves the fingerprint on). */
async function check(edge: string, res: TestResponse, context: string): Promise<void> {
  tally(edge, res);
  expectGraceful(res, context);
  if (process.env.NOFP) return;
  const now = await fingerprint(app.database.db);
  if (res.status >= 400) expect(now, `${context}: a refusal changed the database`).toBe(lastPrint);
  lastPrint = now;
}

const validInventory = () => ({
  jurisdictionId: cityA,
  year: 2030,
  kind: "community",
  gwp: "AR6",
  population: 1000,
  boundary: "city limits",
  lines: [
    ...SAMPLE_LINES,
    { gpc: "I.1.1", fuel: "natural-gas", activity: { value: 1, unit: "Gg" }, dataQuality: { activity: "H" } },
    { gpc: "I.7.1", notationKey: "NO", explanation: "No coal mining" },
  ],
});
const validTarget = () => ({
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
const validAction = () => ({
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

async function send(client: TestClient, method: string, path: string, body: Body, headers = {}) {
  return "raw" in body
    ? client.raw(method, path, body.raw, headers)
    : client.request(method, path, body.json, headers);
}

/** A path segment, percent-encoded; a lone surrogate becomes invalid UTF-8 (%ED%A0%80), itself a hostile case. */
function encodeSegment(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return "%ED%A0%80";
  }
}

/** Fuzzes POST and PUT of one resource; accepted creations must read back whole. */
async function fuzzDocuments(edge: string, resource: string, valid: () => unknown, existing: string) {
  const etags = new Map<string, string>([[existing, '"1"']]);
  await fc.assert(
    fc.asyncProperty(bodyFrom(valid), fc.boolean(), fc.boolean(), async (body, put, asReporter) => {
      const client = asReporter ? reporterA : app;
      const path = put ? `/api/v1/${resource}/${existing}` : `/api/v1/${resource}`;
      const res = await send(client, put ? "PUT" : "POST", path, body, {
        "if-match": etags.get(existing) as string,
      });
      await check(edge, res, `${put ? "PUT" : "POST"} ${JSON.stringify(body).slice(0, 400)}`);
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

describe("fuzzing the API", () => {
  it(
    `inventory documents: ${FUZZ_RUNS} mutated and random POST/PUT bodies`,
    async () => {
      await fuzzDocuments("inventory documents", "inventories", validInventory, ids.draft as string);
    },
    timeoutFor(FUZZ_RUNS),
  );

  it(
    `target bodies: ${FUZZ_RUNS} mutated and random POST/PUT bodies`,
    async () => {
      await fuzzDocuments("target bodies", "targets", validTarget, ids.target as string);
    },
    timeoutFor(FUZZ_RUNS),
  );

  it(
    `action bodies: ${FUZZ_RUNS} mutated and random POST/PUT bodies`,
    async () => {
      await fuzzDocuments("action bodies", "actions", validAction, ids.action as string);
    },
    timeoutFor(FUZZ_RUNS),
  );

  it(
    `query strings and path ids: ${FUZZ_RUNS} on every GET route`,
    async () => {
      const document = (await app.anonymous.request("GET", "/api/v1/openapi.json")).body as {
        paths: Record<string, Record<string, { parameters?: Array<{ name: string; in: string }> }>>;
      };
      const routes = Object.entries(document.paths).flatMap(([path, item]) =>
        item.get
          ? [{ path, query: (item.get.parameters ?? []).filter((p) => p.in === "query").map((p) => p.name) }]
          : [],
      );
      const known = [...Object.values(ids), cityA, cityB, "1", "gpc-table.csv", "crf.xlsx"];
      const value = fc.oneof(
        fc.constantFrom(...NASTY_STRINGS, ...known),
        nastyLeaf.map((v) => String(v)),
        fc.string({ unit: "binary", maxLength: 30 }),
      );
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...routes),
          fc.array(value, { minLength: 3, maxLength: 3 }),
          fc.array(
            fc.tuple(
              fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom("limit", "cursor", "view")),
              value,
            ),
            {
              maxLength: 5,
            },
          ),
          fc.array(fc.nat(), { maxLength: 5 }),
          fc.constantFrom<"anonymous" | "reporter" | "admin">("anonymous", "reporter", "admin"),
          async (route, segments, extra, picks, who) => {
            let n = 0;
            const path = route.path.replace(/\{[^}]+\}/g, () => encodeSegment(segments[n++] as string));
            const query = new URLSearchParams();
            for (const [i, p] of picks.entries()) {
              if (route.query.length > 0)
                query.append(route.query[p % route.query.length] as string, String(extra[i]?.[1] ?? p));
            }
            for (const [k, v] of extra) query.append(k, v);
            const client = who === "anonymous" ? app.anonymous : who === "reporter" ? reporterA : app;
            const url = `${path}?${query}`;
            const res = await client.request("GET", url);
            await check("query strings", res, `GET ${url} as ${who}`);
          },
        ),
        { numRuns: FUZZ_RUNS },
      );
    },
    timeoutFor(FUZZ_RUNS),
  );

  it(
    `headers: ${FUZZ_RUNS} requests with hostile credentials, preconditions and content types`,
    async () => {
      const calls: Array<{ method: string; path: () => string; body?: () => unknown }> = [
        { method: "GET", path: () => "/api/v1/auth/me" },
        { method: "GET", path: () => `/api/v1/inventories/${ids.draft}` },
        { method: "GET", path: () => "/api/v1/inventories?view=working" },
        { method: "GET", path: () => `/api/v1/inventories/${ids.published}/export/gpc-table.csv` },
        { method: "GET", path: () => "/api/v1/open-data.csv" },
        { method: "POST", path: () => "/api/v1/inventories", body: validInventory },
        { method: "PUT", path: () => `/api/v1/inventories/${ids.draft}`, body: validInventory },
        { method: "PUT", path: () => `/api/v1/targets/${ids.target}`, body: validTarget },
        { method: "POST", path: () => `/api/v1/inventories/${ids.draft}/submit`, body: () => ({}) },
        {
          method: "POST",
          path: () => "/api/v1/auth/sign-in",
          body: () => ({ email: "a@b.org", password: "x".repeat(12) }),
        },
        { method: "POST", path: () => "/api/v1/auth/tokens", body: () => ({ name: "fuzz" }) },
        { method: "DELETE", path: () => `/api/v1/auth/tokens/${ids.draft}` },
      ];
      const printable = fc
        .oneof(fc.constantFrom(...NASTY_STRINGS), fc.string({ unit: "binary", maxLength: 60 }))
        .map((s) => s.replace(/[^\t\x20-\x7e\x80-\xff]/g, "?"));
      const header = fc.oneof(
        fc.tuple(
          fc.constant("authorization"),
          fc.oneof(
            printable,
            printable.map((s) => `Bearer ${s}`),
            fc.constant(`Bearer ll_${"a".repeat(43)}`),
          ),
        ),
        fc.tuple(
          fc.constant("cookie"),
          fc.oneof(
            printable,
            printable.map((s) => `ll_session=${s}; ll_csrf=${s}`),
          ),
        ),
        fc.tuple(fc.constant("x-csrf-token"), printable),
        fc.tuple(
          fc.constant("if-match"),
          fc.oneof(printable, fc.constantFrom('"1"', '"2"', "*", 'W/"1"', '"-1"', '"1e3"', '"1", "2"')),
        ),
        fc.tuple(fc.constant("if-none-match"), printable),
        fc.tuple(
          fc.constant("content-type"),
          fc.oneof(
            printable,
            fc.constantFrom(
              "text/plain",
              "application/xml",
              "multipart/form-data; boundary=x",
              "application/json; charset=utf-16",
            ),
          ),
        ),
        fc.tuple(fc.constant("accept"), printable),
        fc.tuple(fc.constant("accept-language"), printable),
        fc.tuple(fc.constant("x-forwarded-for"), printable),
        fc.tuple(fc.constant("x-forwarded-proto"), printable),
        fc.tuple(fc.constant("range"), printable),
        fc.tuple(
          fc.constantFrom(
            "x-http-method-override",
            "origin",
            "host",
            "content-encoding",
            "transfer-encoding",
          ),
          printable,
        ),
      );
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...calls),
          fc.array(header, { minLength: 1, maxLength: 4 }),
          fc.boolean(),
          async (call, headers, admin) => {
            const client = admin ? app : app.anonymous;
            const sent: Record<string, string> = {};
            for (const [k, v] of headers) sent[k] = v;
            if (sent["content-encoding"] !== undefined || sent["transfer-encoding"] !== undefined) {
              delete sent["content-encoding"];
              delete sent["transfer-encoding"];
            }
            const path = call.path();
            const res =
              call.body === undefined
                ? await client.request(call.method, path, undefined, sent)
                : await client.raw(call.method, path, JSON.stringify(call.body()), sent);
            await check("headers", res, `${call.method} ${path} ${JSON.stringify(sent)}`);
          },
        ),
        { numRuns: FUZZ_RUNS },
      );
    },
    timeoutFor(FUZZ_RUNS),
  );
});
