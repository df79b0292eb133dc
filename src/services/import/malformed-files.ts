/**
 * Test support: the malformed files every import edge (service, API, CLI) must refuse with a clear error and an
 * unchanged database, built from the real shared data, and a fingerprint of what the import tables hold.
 */
import { once } from "node:events";
import { createWriteStream, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { sharedData } from "../../../test/support/shared-data.ts";
import type { Db } from "../../db/database.ts";
import { TEMPLATE_SHEETS, writeTemplateXlsx } from "../../io/template.xlsx.ts";
import { sharedText } from "../../io/test-support.ts";
import { encodeWindows1252 } from "../../io/windows-1252.ts";
import { FILES } from "./import-test-support.ts";
import type { ImportFormat } from "./import-types.ts";

/** One malformed file and what the import must say about it. */
export interface MalformedCase {
  name: string;
  format: ImportFormat;
  /** The file's path in the temporary folder. */
  path: string;
  code: string;
  /** The file line (header = 1) the error must name; null when it is about the whole file. */
  line: number | null;
  column?: string;
  sheet?: string;
  /** The API refuses it with this status (422, or 413 above the upload limit). */
  status: 422 | 413;
}

const MiB = 1024 * 1024;

/** The first line (1-based) of `text` holding a character outside ASCII. */
export function firstNonAsciiLine(text: string): number {
  const at = Array.from(text).findIndex((ch) => (ch.codePointAt(0) ?? 0) > 0x7f);
  return Array.from(text).slice(0, at).join("").split("\n").length;
}

/** A CSV text rewritten with another delimiter (quoting cells that need it). */
export function withDelimiter(text: string, delimiter: string): string {
  const rows = parse(text, { bom: true, relax_column_count: true }) as string[][];
  const cell = (c: string) => (/[";\n\r,]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c);
  return `${rows.map((r) => r.map(cell).join(delimiter)).join("\n")}\n`;
}

/** The file line (1-based) of the first NUL byte, as the reader names it. */
function lineOfFirstNul(bytes: Buffer): number {
  const nul = bytes.indexOf(0);
  return bytes.subarray(0, nul).toString("latin1").split("\n").length;
}

/** Deterministic pseudo-random bytes (a linear congruential generator), so failures reproduce. */
function randomBytes(n: number, seed = 20240611): Buffer {
  const out = Buffer.alloc(n);
  let x = seed >>> 0;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

/** The first bytes of a real PNG image (signature, IHDR of a 1×1 image). */
const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082",
  "hex",
);

async function writeLarge(path: string, header: string, row: (n: number) => string, bytes: number) {
  const out = createWriteStream(path);
  out.write(header);
  let written = header.length;
  for (let n = 0; written < bytes; n++) {
    const r = row(n);
    written += Buffer.byteLength(r);
    if (!out.write(r)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}

/** A template workbook with one formula lacking a cached result, a formula with one, and merged cells. */
async function formulaWorkbook(withoutResult: boolean): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const document = { jurisdiction: "BR RIO", year: 2019, lines: [] };
  await wb.xlsx.load((await writeTemplateXlsx(document)) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(TEMPLATE_SHEETS.lines) as ExcelJS.Worksheet;
  const header = (ws.getRow(1).values as unknown[]).slice(1) as string[];
  const col = (name: string) => header.indexOf(name) + 1;
  ws.getCell(2, col("gpc")).value = "IV.1";
  ws.getCell(2, col("emissions.CO2.value")).value = {
    formula: "2*60",
    result: 120,
  } as ExcelJS.CellFormulaValue;
  ws.getCell(2, col("emissions.CO2.unit")).value = "t";
  ws.getCell(3, col("emissions.CO2.value")).value = 5;
  ws.getCell(3, col("emissions.CO2.unit")).value = "t";
  ws.mergeCells(2, col("gpc"), 3, col("gpc"));
  if (withoutResult) {
    ws.getCell(4, col("gpc")).value = "IV.2";
    ws.getCell(4, col("emissions.CO2.value")).value = { formula: "B9*3" } as ExcelJS.CellFormulaValue;
    ws.getCell(4, col("emissions.CO2.unit")).value = "t";
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Writes the malformed files into `dir`; `large` adds the 200 MB files. */
export async function writeMalformedFiles(dir: string, large: boolean): Promise<MalformedCase[]> {
  const at = (name: string) => join(dir, name);
  const cdp = sharedText(FILES.cdp2021);
  const cases: MalformedCase[] = [];
  const add = (c: Omit<MalformedCase, "path">, data: string | Buffer) => {
    writeFileSync(at(c.name), data);
    cases.push({ ...c, path: at(c.name) });
  };

  // Cut in the middle of a record: the last record has too few cells.
  const cut = cdp.slice(0, cdp.indexOf("\n", 5000) + 40);
  add(
    {
      name: "cdp-truncated.csv",
      format: "cdp-citywide",
      code: "column_count",
      line: cut.split("\n").length,
      status: 422,
    },
    cut,
  );
  // Cut inside a quoted cell: not CSV at all.
  const inQuote = cdp.slice(0, cdp.indexOf('"City of Richmond') + 10);
  add(
    {
      name: "cdp-cut-in-quote.csv",
      format: "cdp-citywide",
      code: "malformed_csv",
      line: inQuote.split("\n").length,
      status: 422,
    },
    inQuote,
  );
  add(
    {
      name: "image.png",
      format: "cdp-citywide",
      code: "binary_file",
      line: lineOfFirstNul(PNG),
      status: 422,
    },
    PNG,
  );
  const random = randomBytes(65536);
  add(
    { name: "random.bin", format: "c40", code: "binary_file", line: lineOfFirstNul(random), status: 422 },
    random,
  );
  // The first 40 lines of the 2021 file saved as Windows-1252: refused on the line of the first non-ASCII letter.
  const head = cdp.split("\n").slice(0, 40).join("\n");
  add(
    {
      name: "cdp-latin1.csv",
      format: "cdp-citywide",
      code: "invalid_encoding",
      line: firstNonAsciiLine(head),
      status: 422,
    },
    encodeWindows1252(head),
  );
  const c40 = sharedText(FILES.c40).split("\n").slice(0, 60).join("\n");
  add(
    { name: "c40-semicolon.csv", format: "c40", code: "wrong_delimiter", line: 1, status: 422 },
    withDelimiter(c40, ";"),
  );
  add(
    { name: "no-line-ends.csv", format: "template-csv", code: "record_too_large", line: 2, status: 422 },
    `gpc,activity.value\n${"I.1.1 ".repeat(400_000)}`,
  );

  // Spreadsheets: cut short, not a workbook, without the Lines sheet, a formula without a cached result.
  const filled = await writeTemplateXlsx({ jurisdiction: "BR RIO", year: 2019, lines: [] });
  add(
    { name: "template-truncated.xlsx", format: "template-xlsx", code: "not_xlsx", line: null, status: 422 },
    filled.subarray(0, Math.floor(filled.length / 2)),
  );
  add({ name: "image.xlsx", format: "template-xlsx", code: "not_xlsx", line: null, status: 422 }, PNG);
  const other = new ExcelJS.Workbook();
  other.addWorksheet("Sheet1").addRow(["gpc", "emissions.CO2.value"]);
  add(
    {
      name: "template-missing-sheet.xlsx",
      format: "template-xlsx",
      code: "missing_sheet",
      line: null,
      sheet: "Lines",
      status: 422,
    },
    Buffer.from(await other.xlsx.writeBuffer()),
  );
  add(
    {
      name: "template-formula.xlsx",
      format: "template-xlsx",
      code: "formula_without_result",
      line: 4,
      column: "emissions.CO2.value",
      sheet: "Lines",
      status: 422,
    },
    await formulaWorkbook(true),
  );
  if (!large) return cases;

  // 200 MB of a format read whole: refused by its size, before it is read.
  const rows = cdp.split("\n");
  const path = at("cdp-200mb.csv");
  await writeLarge(path, `${rows[0]}\n`, (n) => `${rows[1 + (n % 30)]}\n`, 200 * MiB);
  cases.push({
    name: "cdp-200mb.csv",
    format: "cdp-citywide",
    path,
    code: "file_too_large",
    line: null,
    status: 413,
  });
  return cases;
}

/** The workbook with formulas (with cached results) and merged cells only: it imports, with warnings. */
export function formulaWorkbookWithResults(): Promise<Buffer> {
  return formulaWorkbook(false);
}

/**
 * Writes a 200 MB multi-inventory template CSV (rows with long source citations) over the synthetic
 * jurisdictions `locode(i)`; row 2 holds text in a number column, so nothing of it may be written.
 */
export async function writeLargeTemplateCsv(
  path: string,
  locode: (i: number) => string,
  jurisdictions: number,
): Promise<void> {
  const source = `survey ${"x".repeat(2000)}`;
  await writeLarge(
    path,
    "jurisdiction,year,gpc,emissions.CO2e.value,emissions.CO2e.unit,source\n",
    (n) => {
      const unit = Math.floor(n / 50);
      const value = n === 0 ? "lots" : String(10 + (n % 991));
      return `${locode(unit % jurisdictions)},${2000 + Math.floor(unit / jurisdictions)},IV.1,${value},t,${source}\n`;
    },
    200 * MiB,
  );
}

const TABLES = [
  "jurisdictions",
  "jurisdiction_series",
  "inventories",
  "inventory_versions",
  "inventory_reported_totals",
  "targets",
  "workflow_transitions",
  "audit_events",
  "audit_head",
] as const;

/** Row count and an MD5 of the ordered rows of every table an import writes: equal means unchanged. */
export async function databaseFingerprint(db: Db): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of TABLES) {
    const result = await db.execute(
      sql.raw(
        `select count(*)::int as n, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as h from ${table} t`,
      ),
    );
    const row = (result as unknown as { rows: Array<{ n: number; h: string }> }).rows[0];
    out[table] = `${row?.n ?? 0}:${row?.h ?? ""}`;
  }
  return out;
}

export { sharedData };
