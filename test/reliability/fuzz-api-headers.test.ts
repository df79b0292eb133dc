/**
 * Fuzzing the API's headers: FUZZ_RUNS (10,000 with LOCALLEDGER_LONG_TESTS=1) requests with hostile
 * credentials, cookies, CSRF tokens, preconditions, content types and proxy headers, in-process. What each
 * answer must be: fuzz-api-support.ts.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, it } from "vitest";
import { check, type FuzzApi, openFuzzApi, validInventory, validTarget } from "./fuzz-api-support.ts";
import { FUZZ_RUNS, NASTY_STRINGS, timeoutFor } from "./support.ts";

let fuzz: FuzzApi;
beforeAll(async () => {
  // A refused sign-in is recorded (sign_in_failures): refusals may commit, and the digest judges those.
  fuzz = await openFuzzApi(true);
}, 120_000);
afterAll(() => fuzz.close());

describe("fuzzing the API", () => {
  it(
    `headers: ${FUZZ_RUNS} requests with hostile credentials, preconditions and content types`,
    async () => {
      const calls: Array<{ method: string; path: () => string; body?: () => unknown }> = [
        { method: "GET", path: () => "/api/v1/auth/me" },
        { method: "GET", path: () => `/api/v1/inventories/${fuzz.ids.draft}` },
        { method: "GET", path: () => "/api/v1/inventories?view=working" },
        { method: "GET", path: () => `/api/v1/inventories/${fuzz.ids.published}/export/gpc-table.csv` },
        { method: "GET", path: () => "/api/v1/open-data.csv" },
        { method: "POST", path: () => "/api/v1/inventories", body: () => validInventory(fuzz.cityA) },
        {
          method: "PUT",
          path: () => `/api/v1/inventories/${fuzz.ids.draft}`,
          body: () => validInventory(fuzz.cityA),
        },
        {
          method: "PUT",
          path: () => `/api/v1/targets/${fuzz.ids.target}`,
          body: () => validTarget(fuzz.cityA),
        },
        { method: "POST", path: () => `/api/v1/inventories/${fuzz.ids.draft}/submit`, body: () => ({}) },
        {
          method: "POST",
          path: () => "/api/v1/auth/sign-in",
          body: () => ({ email: "a@b.org", password: "x".repeat(12) }),
        },
        { method: "POST", path: () => "/api/v1/auth/tokens", body: () => ({ name: "fuzz" }) },
        { method: "DELETE", path: () => `/api/v1/auth/tokens/${fuzz.ids.draft}` },
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
            const client = admin ? fuzz.app : fuzz.app.anonymous;
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
            await check(fuzz, "headers", res, () => `${call.method} ${path} ${JSON.stringify(sent)}`);
          },
        ),
        { numRuns: FUZZ_RUNS },
      );
    },
    timeoutFor(FUZZ_RUNS),
  );
});
