/**
 * Fuzzing the template CSV importer: FUZZ_RUNS (10,000 with LOCALLEDGER_LONG_TESTS=1) files through the import
 * service, a filled template CSV mutated line by line, cell by cell and byte by byte, and wholly random CSV. What
 * each outcome must be: fuzz-import-support.ts.
 */
import { describeTextImporterFuzz } from "./fuzz-import-support.ts";

describeTextImporterFuzz("the template CSV importer", "template-csv");
