/**
 * Fuzzing the CSV and JSON importers (CDP city-wide and targets, C40, CityCatalyst, the template CSV, an
 * inventory JSON document): FUZZ_RUNS (10,000 with LOCALLEDGER_LONG_TESTS=1) files mutated line by line, cell by
 * cell and byte by byte, and wholly random CSV, through the import service. What each outcome must be:
 * fuzz-import-support.ts.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../src/http/testing/test-app.ts";
import { writeTemplateXlsx } from "../../src/io/template.xlsx.ts";
import { SYSTEM } from "../../src/services/service-helpers.ts";
import {
  closeFuzzImport,
  DOCUMENT,
  importChecked,
  lineOp,
  mutateText,
  openFuzzImport,
  randomCsv,
  TEXT_BASES,
} from "./fuzz-import-support.ts";
import { FUZZ_RUNS, timeoutFor } from "./support.ts";

let app: TestApp;
beforeAll(async () => {
  app = await openFuzzImport();
}, 120_000);
afterAll(() => closeFuzzImport());

describe("fuzzing the importers", () => {
  it("starts from files every importer takes whole", async () => {
    for (const base of TEXT_BASES) {
      const data = Buffer.from(base.text());
      const outcome = await app.services.imports.importFile(
        base.format,
        { name: base.name, data },
        { ...base.options, dryRun: true, publish: true },
        SYSTEM,
      );
      expect([
        base.format,
        outcome.blocked,
        outcome.report.problems.filter((p) => p.severity === "error"),
      ]).toEqual([base.format, false, []]);
    }
    const xlsx = await app.services.imports.importFile(
      "template-xlsx",
      { name: "t.xlsx", data: await writeTemplateXlsx(DOCUMENT as never) },
      { jurisdiction: "BR FZZ", year: 2024, dryRun: true },
      SYSTEM,
    );
    expect(xlsx.report.problems.filter((p) => p.severity === "error")).toEqual([]);
  });

  it(
    `CSV and JSON importers: ${FUZZ_RUNS} mutated and random files across every text format`,
    async () => {
      const bases = TEXT_BASES.map((b) => ({ ...b, base: b.text() }));
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...bases),
          fc.oneof(
            { weight: 6, arbitrary: fc.array(lineOp, { minLength: 1, maxLength: 4 }) },
            { weight: 1, arbitrary: randomCsv },
          ),
          fc.boolean(),
          async (base, change, partial) => {
            const data = Buffer.isBuffer(change) ? change : mutateText(base.base, change);
            await importChecked(
              base.format,
              base.name,
              data,
              { ...base.options, partial },
              () => `${base.format} ${JSON.stringify(change).slice(0, 300)}`,
            );
          },
        ),
        {
          numRuns: FUZZ_RUNS,
          // Found by this property: a C40 Country cell "__proto__" became Object.prototype, and the insert crashed.
          examples: [
            [
              bases.find((b) => b.format === "c40") as (typeof bases)[number],
              [{ op: "cell", at: 484987569, value: "__proto__", n: 110735120 }],
              false,
            ],
          ],
        },
      );
    },
    timeoutFor(FUZZ_RUNS),
  );
});
