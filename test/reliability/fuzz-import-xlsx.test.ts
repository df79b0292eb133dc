/**
 * Fuzzing the XLSX template importer: FUZZ_RUNS (10,000 with LOCALLEDGER_LONG_TESTS=1) workbooks with hostile
 * cells, damaged bytes, cut short or not a workbook at all, through the import service. What each outcome must be:
 * fuzz-import-support.ts.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../src/http/testing/test-app.ts";
import { writeTemplateXlsx } from "../../src/io/template.xlsx.ts";
import { SYSTEM } from "../../src/services/service-helpers.ts";
import { closeFuzzImport, DOCUMENT, importChecked, openFuzzImport } from "./fuzz-import-support.ts";
import { FUZZ_RUNS, NASTY_STRINGS, timeoutFor } from "./support.ts";

let app: TestApp;
beforeAll(async () => {
  app = await openFuzzImport();
}, 120_000);
afterAll(() => closeFuzzImport());

describe("fuzzing the XLSX template importer", () => {
  it("starts from a workbook it takes whole", async () => {
    const outcome = await app.services.imports.importFile(
      "template-xlsx",
      { name: "t.xlsx", data: await writeTemplateXlsx(DOCUMENT as never) },
      { jurisdiction: "BR FZZ", year: 2024, dryRun: true },
      SYSTEM,
    );
    expect([outcome.blocked, outcome.report.problems.filter((p) => p.severity === "error")]).toEqual([
      false,
      [],
    ]);
  });

  it(
    `XLSX template importer: ${FUZZ_RUNS} workbooks with hostile cells, damaged bytes or no workbook at all`,
    async () => {
      const base = await writeTemplateXlsx(DOCUMENT as never);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(base as unknown as ArrayBuffer);
      const sheet =
        workbook.worksheets.find((w) => w.rowCount > 3) ?? (workbook.worksheets[0] as ExcelJS.Worksheet);
      const cellValue = fc.oneof(
        fc.constantFrom(...NASTY_STRINGS),
        fc.string({ maxLength: 20 }),
        fc.double(),
        fc.integer(),
        fc.boolean(),
        fc.date({ noInvalidDate: true }),
        fc.constant({ formula: "1/0" }),
        fc.constant({ formula: "A1+" }),
        fc.constant({ error: "#REF!" }),
        fc.constant(null),
      );
      const edit = fc.array(
        fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 30 }), cellValue),
        {
          minLength: 1,
          maxLength: 6,
        },
      );
      const damage = fc.array(fc.tuple(fc.nat(), fc.nat({ max: 255 })), { minLength: 1, maxLength: 8 });
      // Cell edits rebuild the workbook (slow), so they are a sample of the cases; damaged bytes are the rest.
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            { weight: 1, arbitrary: edit.map((e) => ({ edit: e })) },
            { weight: 6, arbitrary: damage.map((d) => ({ damage: d })) },
            { weight: 1, arbitrary: fc.nat().map((cut) => ({ cut })) },
            { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }).map((bytes) => ({ bytes })) },
          ),
          fc.boolean(),
          async (change, partial) => {
            let data: Buffer;
            if ("edit" in change) {
              const saved = change.edit.map(([c, r]) => [c, r, sheet.getCell(r, c).value] as const);
              for (const [c, r, v] of change.edit) sheet.getCell(r, c).value = v as ExcelJS.CellValue;
              data = Buffer.from(await workbook.xlsx.writeBuffer());
              for (const [c, r, v] of saved.reverse()) sheet.getCell(r, c).value = v;
            } else if ("damage" in change) {
              data = Buffer.from(base);
              for (const [at, byte] of change.damage) data[at % data.length] = byte;
            } else if ("cut" in change) data = base.subarray(0, change.cut % base.length);
            else data = Buffer.from(change.bytes);
            const options = { jurisdiction: "BR FZZ", year: 2024, partial };
            await importChecked(
              "template-xlsx",
              "template.xlsx",
              data,
              options,
              () => `xlsx ${JSON.stringify(change).slice(0, 300)}`,
            );
          },
        ),
        {
          numRuns: FUZZ_RUNS,
          // Found by this property: one damaged byte made ExcelJS fail with a TypeError that the report quoted.
          examples: [[{ damage: [[1793841395, 0]] }, false]],
        },
      );
    },
    timeoutFor(FUZZ_RUNS),
  );
});
