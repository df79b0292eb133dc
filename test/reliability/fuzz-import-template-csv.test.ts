/**
 * Fuzzing the template CSV importer: FUZZ_RUNS (10,000 with LOCALLEDGER_LONG_TESTS=1) files through the import
 * service, a filled template CSV mutated line by line, cell by cell and byte by byte, and wholly random CSV. What
 * each outcome must be: fuzz-import-support.ts.
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

describe("fuzzing the template CSV importer", () => {
  it("starts from a file it takes whole", () => expectTakenWhole("template-csv"));

  it(`${FUZZ_RUNS} mutated and random files`, () => fuzzTextImporter("template-csv"), timeoutFor(FUZZ_RUNS));
});
