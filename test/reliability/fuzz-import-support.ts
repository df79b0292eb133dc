/**
 * Shared by the importer fuzzers (one vitest file per importer, each its own edge of FUZZ_RUNS cases, so that
 * workers run them in parallel). Fuzzing every importer with random and mutated files: the head of each real
 * shared file (CDP city-wide and targets, C40, CityCatalyst), a filled template (CSV and XLSX) and an inventory
 * JSON document, mutated line by line, cell by cell and byte by byte, plus wholly random CSV. No importer may
 * throw anything but a named domain error; an import that writes nothing must leave every table as it was and,
 * when it refuses, name the problem (code and message, with the line when it is about one); a committed import
 * names every unit it skipped.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SAMPLE_LINES } from "../../src/db/testing/factories.ts";
import { createTestApp, type TestApp } from "../../src/http/testing/test-app.ts";
import { writeTemplateCsv } from "../../src/io/template.csv.ts";
import { DomainError } from "../../src/services/errors.ts";
import type { ImportFormat, ImportOptions, ImportOutcome } from "../../src/services/import/import-types.ts";
import { SYSTEM } from "../../src/services/service-helpers.ts";
import { sharedData } from "../support/shared-data.ts";
import { FUZZ_RUNS, leaksInternals, NASTY_STRINGS, reportCases, timeoutFor, WriteWatch } from "./support.ts";

let app: TestApp;
let watch: WriteWatch;
const seen: Record<string, Record<string, number>> = {};

export const DOCUMENT = {
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

/** The base file of a text format and the name it is imported under. */
export interface TextBase {
  format: ImportFormat;
  name: string;
  text: () => string;
  options?: ImportOptions;
}

/** The base file of each text format. */
export const TEXT_BASES: TextBase[] = [
  { format: "cdp-citywide", name: "cdp.csv", text: () => head("cdp/2020_-_City-Wide_Emissions.csv", 6) },
  {
    format: "cdp-targets",
    name: "targets.csv",
    text: () => head("cdp/2021_Cities_Emissions_Reduction_Targets.csv", 3),
  },
  // Six rows, four cities (one with three years): each committed case writes every row's inventory, so twelve
  // rows made the C40 edge the slowest by twice.
  { format: "c40", name: "c40.csv", text: () => head("c40/clean_c40.csv", 6) },
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

/** Opens the app (PGlite in memory) with the jurisdiction the files are about; returns it. */
export async function openFuzzImport(): Promise<TestApp> {
  app = await createTestApp();
  await app.services.jurisdictions.create(
    { name: "Fuzzville", type: "city", country: "BR", locode: "BR FZZ" },
    SYSTEM,
  );
  watch = new WriteWatch(app.database.db);
  await watch.start();
  return app;
}

/** Prints the cases per importer and closes the app. */
export async function closeFuzzImport(): Promise<void> {
  reportCases("fuzz-import", seen);
  await app.close();
}

/** Imports `data` and checks the outcome; `context` describes the case for a failure message. */
export async function importChecked(
  format: ImportFormat,
  name: string,
  data: Buffer,
  options: ImportOptions,
  context: () => string,
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
    if (!(error instanceof DomainError)) expect.fail(`${context()}: threw ${(error as Error)?.stack}`);
    if (!(error.message.length > 0) || leaksInternals(error.message))
      expect.fail(`${context()}: refused without a clean message: ${error.message}`);
    counts[error.code] = (counts[error.code] ?? 0) + 1;
    await watch.after(true, () => `${context()}: a refused import (${error.code})`);
    return;
  }
  const key = outcome.committed ? "committed" : outcome.blocked ? "refused" : "unchanged";
  counts[key] = (counts[key] ?? 0) + 1;
  for (const p of outcome.report.problems) {
    if (!/^[a-z_0-9]+$/.test(p.code) || !(p.message.length > 0) || leaksInternals(p.message))
      expect.fail(`${context()}: a problem badly named: ${JSON.stringify(p)}`);
  }
  await watch.after(!outcome.committed, () => `${context()}: an import that committed nothing`);
  if (outcome.blocked && !outcome.report.problems.some((p) => p.severity === "error"))
    expect.fail(`${context()}: blocked, no error named`);
  for (const s of outcome.skipped)
    if (!(s.reason.length > 0)) expect.fail(`${context()}: a skipped unit without a reason`);
}

type LineOp = {
  op: "drop" | "dup" | "swap" | "cell" | "insert" | "truncate" | "bytes";
  at: number;
  value: string;
  n: number;
};

export const lineOp: fc.Arbitrary<LineOp> = fc.record({
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
export function mutateText(text: string, ops: LineOp[]): Buffer {
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
export const randomCsv = fc
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

/** One text case: line operations on the base file, or a whole file of its own. */
export type TextChange = LineOp[] | Buffer;

function textBase(format: ImportFormat): TextBase {
  const base = TEXT_BASES.find((b) => b.format === format);
  if (!base) throw new Error(`no text base for ${format}`);
  return base;
}

/** Imports the base file of `format` as a dry run and expects it taken whole: no error named. */
export async function expectTakenWhole(format: ImportFormat): Promise<void> {
  const base = textBase(format);
  const outcome = await app.services.imports.importFile(
    format,
    { name: base.name, data: Buffer.from(base.text()) },
    { ...base.options, dryRun: true, publish: true },
    SYSTEM,
  );
  expect([outcome.blocked, outcome.report.problems.filter((p) => p.severity === "error")]).toEqual([
    false,
    [],
  ]);
}

/**
 * Runs FUZZ_RUNS files through one text importer: its base file mutated line by line, cell by cell and byte by
 * byte, or wholly random CSV, or (`files`) files of the format's own making; each imported whole and partially at
 * random. `examples` (cases found before) run first.
 */
export async function fuzzTextImporter(
  format: ImportFormat,
  options: { files?: fc.Arbitrary<Buffer>; examples?: Array<[TextChange, boolean]> } = {},
): Promise<void> {
  const base = textBase(format);
  const text = base.text();
  const changes: Array<fc.WeightedArbitrary<TextChange>> = [
    { weight: 6, arbitrary: fc.array(lineOp, { minLength: 1, maxLength: 4 }) },
    { weight: 1, arbitrary: randomCsv },
  ];
  if (options.files) changes.push({ weight: 6, arbitrary: options.files });
  await fc.assert(
    fc.asyncProperty(fc.oneof(...changes), fc.boolean(), async (change, partial) => {
      const data = Buffer.isBuffer(change) ? change : mutateText(text, change);
      await importChecked(format, base.name, data, { ...base.options, partial }, () =>
        `${format} ${Buffer.isBuffer(change) ? JSON.stringify(change.toString("latin1")) : JSON.stringify(change)}`.slice(
          0,
          400,
        ),
      );
    }),
    { numRuns: FUZZ_RUNS, examples: options.examples ?? [] },
  );
}

/**
 * One text importer's fuzz file: opens the app for the file, checks the base file is taken whole, then runs
 * `fuzzTextImporter` with its options. `title` names the importer in the test names ("the C40 importer").
 */
export function describeTextImporterFuzz(
  title: string,
  format: ImportFormat,
  options: Parameters<typeof fuzzTextImporter>[1] = {},
): void {
  beforeAll(() => openFuzzImport(), 120_000);
  afterAll(() => closeFuzzImport());

  describe(`fuzzing ${title}`, () => {
    it("starts from a file it takes whole", () => expectTakenWhole(format));

    it(
      `${FUZZ_RUNS} mutated and random files`,
      () => fuzzTextImporter(format, options),
      timeoutFor(FUZZ_RUNS),
    );
  });
}
