/**
 * Fuzzing the CityCatalyst importer: FUZZ_RUNS (10,000 with LOCALLEDGER_LONG_TESTS=1) files through the import
 * service, the head of CityCatalyst's Rio de Janeiro 2022 inventory mutated line by line, cell by cell and byte by
 * byte, and wholly random CSV. What each outcome must be: fuzz-import-support.ts.
 */
import { describeTextImporterFuzz } from "./fuzz-import-support.ts";

describeTextImporterFuzz("the CityCatalyst importer", "citycatalyst");
