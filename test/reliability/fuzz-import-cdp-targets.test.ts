/**
 * Fuzzing the CDP targets importer: FUZZ_RUNS (10,000 with LOCALLEDGER_LONG_TESTS=1) files through the import
 * service, the head of CDP's 2021 emissions reduction targets file mutated line by line, cell by cell and byte by
 * byte, and wholly random CSV. What each outcome must be: fuzz-import-support.ts.
 */
import { afterAll, beforeAll, describe, it } from "vitest";
import {
  closeFuzzImport,
  expectTakenWhole,
  fuzzTextImporter,
  openFuzzImport,
} from "./fuzz-import-support.ts";
import { FUZZ_RUNS, timeoutFor } from "./support.ts";

beforeAll(() => openFuzzImport(), 120_000);
afterAll(() => closeFuzzImport());

describe("fuzzing the CDP targets importer", () => {
  it("starts from a file it takes whole", () => expectTakenWhole("cdp-targets"));

  it(`${FUZZ_RUNS} mutated and random files`, () => fuzzTextImporter("cdp-targets"), timeoutFor(FUZZ_RUNS));
});
