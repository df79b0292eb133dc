/**
 * Fuzzing the C40 importer: FUZZ_RUNS (10,000 with LOCALLEDGER_LONG_TESTS=1) files through the import service, the
 * head of clean_c40.csv mutated line by line, cell by cell and byte by byte, and wholly random CSV. What each
 * outcome must be: fuzz-import-support.ts.
 */
import { describeTextImporterFuzz } from "./fuzz-import-support.ts";

describeTextImporterFuzz("the C40 importer", "c40", {
  // Found by this property: a C40 Country cell "__proto__" became Object.prototype, and the insert crashed.
  examples: [[[{ op: "cell", at: 484987569, value: "__proto__", n: 110735120 }], false]],
});
