/**
 * Fuzzing the inventory JSON reader: FUZZ_RUNS (10,000 with LOCALLEDGER_LONG_TESTS=1) files through the import
 * service, an inventory JSON document mutated line by line, cell by cell and byte by byte, mutated as JSON (values
 * replaced, fields deleted, added, duplicated), and wholly random CSV. What each outcome must be: fuzz-import-
 * support.ts.
 */
import { DOCUMENT, describeTextImporterFuzz } from "./fuzz-import-support.ts";
import { mutate, mutations } from "./support.ts";

/** The document mutated as JSON (values replaced, fields deleted, added, duplicated), then serialised. */
const documents = mutations.map((m) => Buffer.from(JSON.stringify(mutate(DOCUMENT, m))));

const nulInLine = Buffer.from(
  JSON.stringify({
    ...DOCUMENT,
    lines: [{ gpc: "II.1.1", emissions: { CO2: { value: 120, unit: "t", "": { "": "\u0000" } } } }],
  }),
);

describeTextImporterFuzz("the inventory JSON reader", "inventory-json", {
  files: documents,
  // Found by this property: a "\u0000" kept in a line reached PostgreSQL's jsonb, and the import crashed.
  examples: [[nulInLine, false]],
});
