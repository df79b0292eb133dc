/**
 * Fuzzing every importer with random and mutated files: the head of each real shared file (CDP city-wide and
 * targets, C40, CityCatalyst), a filled template (CSV and XLSX) and an inventory JSON document, mutated line by
 * line, cell by cell and byte by byte, plus wholly random CSV. No importer may throw anything but a named
 * domain error; an import that writes nothing must leave every table as it was and, when it refuses, name the
 * problem (code and message, with the line when it is about one); a committed import names every unit it skipped.
 */
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SAMPLE_LINES } from "../../src/db/testing/factories.ts";
import { createTestApp, type TestApp } from "../../src/http/testing/test-app.ts";
import { writeTemplateCsv } from "../../src/io/template.csv.ts";
import { writeTemplateXlsx } from "../../src/io/template.xlsx.ts";
import { DomainError } from "../../src/services/errors.ts";
import type { ImportFormat, ImportOptions, ImportOutcome } from "../../src/services/import/import-types.ts";
import { SYSTEM } from "../../src/services/service-helpers.ts";
import { sharedData } from "../support/shared-data.ts";
import { FUZZ_RUNS, fingerprint, leaksInternals, NASTY_STRINGS, timeoutFor } from "./support.ts";

let app: TestApp;
let lastPrint: string;
const seen: Record<string, Record<string, number>> = {};

const DOCUMENT = {
  jurisdiction: "BR FZZ",
  year: 2021,
  gwp: "AR5",
  lines: [...SAMPLE_LINES, { gpc: "I.1.1", fuel: "diesel", activity: { value: 2, unit: "TJ" } }],
};

function head(relative: string, lines: number): string {
  return readFileSync(sharedData(relative), "utf8")
    .split(/\r?\n/)
    .slice(0, lines + 1)
    .join("\n");
}

/** The base file of each text format and the name it is imported under. */
const TEXT_BASES: Array<{ format: ImportFormat; name: string; text: () => string; options?: ImportOptions }> =
  [
    { format: "cdp-citywide", name: "cdp.csv", text: () => head("cdp/2020_-_City-Wide_Emissions.csv", 6) },
    {
      format: "cdp-targets",
      name: "targets.csv",
      text: () => head("cdp/2021_Cities_Emissions_Reduction_Targets.csv", 3),
    },
    { format: "c40", name: "c40.csv", text: () => head("c40/clean_c40.csv", 12) },
    {
      format: "citycatalyst",
      name: "inventory-BR FZZ-2022.csv",
      text: () => head("citycatalyst/inventory-BR RIO-2022.csv", 12),
    },
    {
      format: "template-csv",
      name: "template.csv",
      text: () => writeTemplateCsv(DOCUMENT as never),
      options: { jurisdiction: "BR FZZ", year: 2023 },
    },
    { format: "inventory-json", name: "inventory.json", text: () => JSON.stringify(DOCUMENT, null, 1) },
  ];

beforeAll(async () => {
  app = await createTestApp();
  await app.services.jurisdictions.create(
    { name: "Fuzzville", type: "city", country: "BR", locode: "BR FZZ" },
    SYSTEM,
  );
  lastPrint = await fingerprint(app.database.db);
}, 120_000);
afterAll(async () => {
  console.info(`fuzz-import outcomes: ${JSON.stringify(seen)}`);
  await app.close();
});

/** Imports `data` and checks the outcome; `context` describes the case for a failure message. */
async function importChecked(
  format: ImportFormat,
  name: string,
  data: Buffer,
  options: ImportOptions,
  context: string,
) {
  seen[format] ??= {};
  const counts = seen[format] as Record<string, number>;
  let outcome: ImportOutcome | undefined;
  try {
    outcome = await app.services.imports.importFile(
      format,
      { name, data },
      { ...options, publish: true },
      SYSTEM,
    );
  } catch (error) {
    expect(error, `${context}: threw ${(error as Error)?.stack}`).toBeInstanceOf(DomainError);
    const e = error as DomainError;
    expect(e.message.length, context).toBeGreaterThan(0);
    expect(leaksInternals(e.message), `${context}: ${e.message}`).toBe(false);
    counts[e.code] = (counts[e.code] ?? 0) + 1;
    expect(await fingerprint(app.database.db), `${context}: a refused import wrote`).toBe(lastPrint);
    return;
  }
  const key = outcome.committed ? "committed" : outcome.blocked ? "refused" : "unchanged";
  counts[key] = (counts[key] ?? 0) + 1;
  for (const p of outcome.report.problems) {
    expect(p.code, context).toMatch(/^[a-z_0-9]+$/);
    expect(p.message.length, context).toBeGreaterThan(0);
    expect(leaksInternals(p.message), `${context}: ${p.message}`).toBe(false);
  }
  const now = await fingerprint(app.database.db);
  if (!outcome.committed) expect(now, `${context}: an import that committed nothing wrote`).toBe(lastPrint);
  if (outcome.blocked)
    expect(
      outcome.report.problems.some((p) => p.severity === "error"),
      `${context}: blocked, no error named`,
    ).toBe(true);
  for (const s of outcome.skipped) expect(s.reason.length, context).toBeGreaterThan(0);
  lastPrint = now;
}

type LineOp = {
  op: "drop" | "dup" | "swap" | "cell" | "insert" | "truncate" | "bytes";
  at: number;
  value: string;
  n: number;
};

const lineOp: fc.Arbitrary<LineOp> = fc.record({
  op: fc.constantFrom<LineOp["op"]>(
    "drop",
    "dup",
    "swap",
    "cell",
    "cell",
    "cell",
    "insert",
    "truncate",
    "bytes",
  ),
  at: fc.nat(),
  value: fc.oneof(
    fc.constantFrom(
      ...NASTY_STRINGS,
      '"',
      '""',
      ",",
      ";",
      "\t",
      "\r",
      "\n",
      "-0",
      "1,5",
      "1e9999",
      "I.1.1",
      "t",
      "NE",
    ),
    fc.string({ unit: "binary", maxLength: 20 }),
  ),
  n: fc.nat(),
});

/** Applies text mutations: whole lines, one cell of a line, truncation, or raw bytes. */
function mutateText(text: string, ops: LineOp[]): Buffer {
  let lines = text.split("\n");
  let bytes: Buffer | undefined;
  for (const m of ops) {
    const i = m.at % Math.max(1, lines.length);
    if (m.op === "drop") lines.splice(i, 1);
    else if (m.op === "dup") lines.splice(i, 0, lines[i] ?? "");
    else if (m.op === "swap") [lines[0], lines[i]] = [lines[i] ?? "", lines[0] ?? ""];
    else if (m.op === "insert") lines.splice(i, 0, m.value);
    else if (m.op === "cell") {
      const cells = (lines[i] ?? "").split(",");
      cells[m.n % Math.max(1, cells.length)] = m.value;
      lines[i] = cells.join(",");
    } else if (m.op === "truncate") {
      const joined = lines.join("\n");
      lines = joined.slice(0, m.n % (joined.length + 1)).split("\n");
    } else {
      bytes = Buffer.from(lines.join("\n"));
      for (let k = 0; k < 1 + (m.n % 8); k++)
        bytes[(m.at * 7919 + k * 104729) % bytes.length] = (m.n + k * 31) % 256;
      lines = bytes.toString("latin1").split("\n");
      bytes = undefined;
    }
  }
  return bytes ?? Buffer.from(lines.join("\n"), "utf8");
}

/** Wholly random CSV: rows of hostile cells. */
const randomCsv = fc
  .array(
    fc.array(fc.oneof(fc.constantFrom(...NASTY_STRINGS), fc.string({ maxLength: 12 })), { maxLength: 8 }),
    {
      maxLength: 8,
    },
  )
  .map((rows) =>
    Buffer.from(
      rows
        .map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(","))
        .join("\r\n"),
    ),
  );

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
              `${base.format} ${JSON.stringify(change).slice(0, 300)}`,
            );
          },
        ),
        { numRuns: FUZZ_RUNS },
      );
    },
    timeoutFor(FUZZ_RUNS),
  );

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
              `xlsx ${JSON.stringify(change).slice(0, 300)}`,
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
