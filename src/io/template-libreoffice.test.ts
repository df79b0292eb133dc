/**
 * What we write opens in a real spreadsheet program: a filled inventory template (Rio de Janeiro's CityCatalyst
 * inventory plus fuel, factor and F-gas lines) is opened and saved again by LibreOffice in headless mode (Debian's
 * libreoffice-calc), as XLSX and as CSV of its Lines sheet, and both import back to identical lines and results.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sharedData } from "../../test/support/shared-data.ts";
import { calculate } from "../core/calculate.ts";
import type { InventoryDocument } from "../core/document.ts";
import { importCityCatalyst } from "./citycatalyst.importer.ts";
import { importTemplateCsv, importTemplateXlsx } from "./template.importer.ts";
import { writeTemplateXlsx } from "./template.xlsx.ts";

const run = promisify(execFile);

async function filledDocument(): Promise<InventoryDocument> {
  const { document } = await importCityCatalyst(sharedData("citycatalyst/inventory-BR RIO-2022.csv"));
  return {
    ...document,
    jurisdiction: "BR RIO",
    year: 2022,
    gwp: "AR5",
    population: 6211423,
    lines: [
      ...document.lines,
      {
        gpc: "I.1.1",
        fuel: "natural-gas",
        activity: { value: 1.5, unit: "Gg" },
        dataQuality: { activity: "M" },
      },
      { gpc: "IV.2", emissions: { "HFC-134a": { value: 2.5, unit: "t" } }, source: "=refrigerant survey" },
      {
        gpc: "I.1.2",
        activity: { value: 1234.5678, unit: "MWh" },
        factors: { CO2e: { value: 0.4567, unit: "t/MWh" } },
        comment: "grid factor, 2022",
      },
    ],
  } as InventoryDocument;
}

let dir: string;
let doc: InventoryDocument;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ll-libreoffice-"));
  doc = await filledDocument();
  await writeFile(join(dir, "rio.xlsx"), await writeTemplateXlsx(doc));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Runs LibreOffice headless on `file`, converting to `filter`, into `out`; returns the path of `written`. */
async function soffice(file: string, filter: string, out: string, written: string): Promise<string> {
  // A profile of its own, so that parallel runs and other users' LibreOffice never share a lock.
  const profile = `file://${join(dir, `profile-${written}`)}`;
  await run(
    "soffice",
    [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", filter, "--outdir", out, file],
    { env: { ...process.env, HOME: dir }, timeout: 120_000 },
  );
  return join(out, written);
}

describe("the inventory template through LibreOffice", () => {
  it("saved again as XLSX by LibreOffice, imports back to identical lines and results", async () => {
    const out = join(dir, "resaved");
    const resaved = await soffice(join(dir, "rio.xlsx"), "xlsx:Calc MS Excel 2007 XML", out, "rio.xlsx");
    const bytes = await readFile(resaved);
    expect(bytes.equals(await readFile(join(dir, "rio.xlsx")))).toBe(false);
    const back = await importTemplateXlsx({ name: "rio.xlsx", data: bytes });
    expect(back.report.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(back.document).toEqual(doc);
    expect(calculate(back.document)).toEqual(calculate(doc));
  }, 180_000);

  it("its Lines sheet saved as CSV by LibreOffice (values, not as shown) imports back identically", async () => {
    const out = join(dir, "csv");
    // CSV filter options: comma, double quote, UTF-8, from line 1, standard cells, language, quoted text as
    // text, detect numbers, save contents NOT as shown (full precision), no formulas, keep spaces, sheet 3.
    const filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,3";
    // With a sheet number, LibreOffice names the file after the sheet.
    const csv = await soffice(join(dir, "rio.xlsx"), filter, out, "rio-Lines.csv");
    const back = await importTemplateCsv(csv);
    expect(back.report.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(back.document.lines).toEqual(doc.lines);
    expect(calculate({ ...doc, lines: back.document.lines })).toEqual(calculate(doc));
  }, 180_000);
});
