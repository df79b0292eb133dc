/**
 * Fuzzing the CDP city-wide importer: FUZZ_RUNS (10,000 with LOCALLEDGER_LONG_TESTS=1) files through the import
 * service, the head of CDP's 2020 city-wide emissions file mutated line by line, cell by cell and byte by byte, and
 * wholly random CSV. What each outcome must be: fuzz-import-support.ts.
 */
import { describeTextImporterFuzz } from "./fuzz-import-support.ts";

describeTextImporterFuzz("the CDP city-wide importer", "cdp-citywide", {
  // Found by this property: a "1e309" cell became an Infinity total, and the import crashed storing it.
  examples: [[[{ op: "cell", at: 1743553066, value: "1e309", n: 691431816 }], false]],
});
