/**
 * Fuzzing the API's target bodies: FUZZ_RUNS (10,000 with LOCALLEDGER_LONG_TESTS=1) mutated and random POST and
 * PUT bodies, as the admin and as a reporter, in-process. What each answer must be: fuzz-api-support.ts.
 */
import { afterAll, beforeAll, describe, it } from "vitest";
import { type FuzzApi, fuzzDocuments, openFuzzApi, validTarget } from "./fuzz-api-support.ts";
import { FUZZ_RUNS, timeoutFor } from "./support.ts";

let fuzz: FuzzApi;
beforeAll(async () => {
  fuzz = await openFuzzApi();
}, 120_000);
afterAll(() => fuzz.close());

describe("fuzzing the API", () => {
  it(
    `target bodies: ${FUZZ_RUNS} mutated and random POST/PUT bodies`,
    async () => {
      await fuzzDocuments(fuzz, "target bodies", "targets", () => validTarget(fuzz.cityA), fuzz.ids.target);
    },
    timeoutFor(FUZZ_RUNS),
  );
});
