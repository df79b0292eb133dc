/**
 * Fuzzing the CDP city-wide importer: FUZZ_RUNS (10,000 with LOCALLEDGER_LONG_TESTS=1) files through the import
 * service, the head of CDP's 2020 city-wide emissions file mutated line by line, cell by cell and byte by byte, and
 * wholly random CSV. What each outcome must be: fuzz-import-support.ts.
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

describe("fuzzing the CDP city-wide importer", () => {
  it("starts from a file it takes whole", () => expectTakenWhole("cdp-citywide"));

  it(
    `${FUZZ_RUNS} mutated and random files`,
    () =>
      fuzzTextImporter("cdp-citywide", {
        // Found by this property: a "1e309" cell became an Infinity total, and the import crashed storing it.
        examples: [[[{ op: "cell", at: 1743553066, value: "1e309", n: 691431816 }], false]],
      }),
    timeoutFor(FUZZ_RUNS),
  );
});
