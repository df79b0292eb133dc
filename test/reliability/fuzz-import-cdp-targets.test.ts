/**
 * Fuzzing the CDP targets importer: FUZZ_RUNS (10,000 with LOCALLEDGER_LONG_TESTS=1) files through the import
 * service, the head of CDP's 2021 emissions reduction targets file mutated line by line, cell by cell and byte by
 * byte, and wholly random CSV. What each outcome must be: fuzz-import-support.ts.
 */
import { describeTextImporterFuzz } from "./fuzz-import-support.ts";

describeTextImporterFuzz("the CDP targets importer", "cdp-targets");
