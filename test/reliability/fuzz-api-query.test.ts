/**
 * Fuzzing the API's query strings and path ids: FUZZ_RUNS (10,000 with LOCALLEDGER_LONG_TESTS=1) requests to
 * every GET route of the OpenAPI document, with hostile path segments and query parameters, as anyone, a
 * reporter and the admin, in-process. What each answer must be: fuzz-api-support.ts.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, it } from "vitest";
import { check, encodeSegment, type FuzzApi, openFuzzApi } from "./fuzz-api-support.ts";
import { FUZZ_RUNS, NASTY_STRINGS, nastyLeaf, timeoutFor } from "./support.ts";

let fuzz: FuzzApi;
beforeAll(async () => {
  fuzz = await openFuzzApi();
}, 120_000);
afterAll(() => fuzz.close());

describe("fuzzing the API", () => {
  it(
    `query strings and path ids: ${FUZZ_RUNS} on every GET route`,
    async () => {
      const document = (await fuzz.app.anonymous.request("GET", "/api/v1/openapi.json")).body as {
        paths: Record<string, Record<string, { parameters?: Array<{ name: string; in: string }> }>>;
      };
      const routes = Object.entries(document.paths).flatMap(([path, item]) =>
        item.get
          ? [{ path, query: (item.get.parameters ?? []).filter((p) => p.in === "query").map((p) => p.name) }]
          : [],
      );
      const known = [...Object.values(fuzz.ids), fuzz.cityA, fuzz.cityB, "1", "gpc-table.csv", "crf.xlsx"];
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
            const client =
              who === "anonymous" ? fuzz.app.anonymous : who === "reporter" ? fuzz.reporterA : fuzz.app;
            const url = `${path}?${query}`;
            const context = () => `GET ${url} as ${who}`;
            const res = await client.request("GET", url);
            await check(fuzz, "query strings", res, context);
          },
        ),
        { numRuns: FUZZ_RUNS },
      );
    },
    timeoutFor(FUZZ_RUNS),
  );
});
