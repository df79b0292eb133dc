import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { sharedData } from "../../test/support/shared-data.ts";
import { calculate } from "../core/calculate.ts";
import type { InventoryDocument } from "../core/document.ts";
import { GPC_ROWS } from "../core/gpc/catalogue.ts";
import { importCityCatalyst } from "./citycatalyst.importer.ts";
import { readInventoryCsv } from "./inventory-csv.reader.ts";
import { writeTemplateCsv } from "./template.csv.ts";
import { importTemplateCsv, importTemplateXlsx } from "./template.importer.ts";
import { TEMPLATE_SHEETS, writeTemplateXlsx } from "./template.xlsx.ts";
import { problemsWith } from "./test-support.ts";

async function workbook(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

async function rio(): Promise<InventoryDocument> {
  const { document } = await importCityCatalyst(sharedData("citycatalyst/inventory-BR RIO-2022.csv"));
  document.population = 6211423;
  document.lines[0] = {
    ...document.lines[0],
    comment: "=HYPERLINK(evil) -- a comment",
    dataQuality: { activity: "H", factor: "M" },
  } as never;
  document.lines.push(
    { gpc: "I.1.1", fuel: "natural-gas", activity: { value: 1, unit: "Gg" }, dataQuality: { activity: "M" } },
    { gpc: "IV.2", emissions: { "HFC-134a": { value: 2.5, unit: "t" } }, source: "+ refrigerant survey" },
    {
      gpc: "I.1.2",
      activity: { value: 1000, unit: "MWh" },
      factors: { CO2e: { value: 0.5, unit: "t/MWh" } },
    },
  );
  return document;
}

describe("the XLSX template", async () => {
  const wb = await workbook(await writeTemplateXlsx());

  it("has instructions, document, lines and a hidden lists sheet", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Instructions", "Document", "Lines", "Lists"]);
    expect(wb.getWorksheet("Lists")?.state).toBe("hidden");
    expect(String(wb.getWorksheet("Instructions")?.getCell("A1").value)).toContain(
      "LocalLedger inventory template",
    );
  });

  it("lists every GPC row with its name and scope", () => {
    const ws = wb.getWorksheet(TEMPLATE_SHEETS.lines) as ExcelJS.Worksheet;
    const refs = GPC_ROWS.map((_, i) => ws.getCell(i + 2, 1).value);
    expect(refs).toEqual(GPC_ROWS.map((r) => r.ref));
    expect(ws.getCell(2, 2).value).toBe(GPC_ROWS[0]?.name);
    expect(ws.getCell(2, 3).value).toBe(GPC_ROWS[0]?.scope);
  });

  it("has drop-downs for notation keys, fuels, units and data quality", () => {
    const ws = wb.getWorksheet(TEMPLATE_SHEETS.lines) as ExcelJS.Worksheet;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    const validation = (name: string) => ws.getCell(5, header.indexOf(name) + 1).dataValidation;
    expect(validation("notationKey")).toMatchObject({ type: "list", formulae: ["Lists!$A$2:$A$5"] });
    for (const name of [
      "fuel",
      "activity.unit",
      "emissions.CO2.unit",
      "dataQuality.activity",
      "dataQuality.factor",
    ])
      expect(validation(name)?.type).toBe("list");
    const lists = wb.getWorksheet("Lists") as ExcelJS.Worksheet;
    expect(lists.getColumn(1).values.slice(2)).toEqual(["NO", "IE", "NE", "C"]);
  });

  it("reads back empty: every unfilled row skipped", async () => {
    const back = await importTemplateXlsx({ name: "t.xlsx", data: await writeTemplateXlsx() });
    expect(back.document.lines).toEqual([]);
    expect(back.report.counts.unfilledRows).toBe(GPC_ROWS.length);
    expect(back.report.problems).toEqual([]);
  });
});

describe("round trip through the XLSX template", () => {
  it("gives identical lines and identical results", async () => {
    const doc = await rio();
    const back = await importTemplateXlsx({ name: "rio.xlsx", data: await writeTemplateXlsx(doc) });
    expect(back.report.problems).toEqual([]);
    expect(back.document).toEqual(doc);
    expect(calculate(back.document)).toEqual(calculate(doc));
  });

  it("neutralises formula-like text in the file and restores it on import", async () => {
    const doc = await rio();
    const wb = await workbook(await writeTemplateXlsx(doc));
    const ws = wb.getWorksheet(TEMPLATE_SHEETS.lines) as ExcelJS.Worksheet;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(ws.getCell(2, header.indexOf("comment") + 1).value).toBe("'=HYPERLINK(evil) -- a comment");
  });
});

describe("the CSV template", () => {
  it("has the inventory-csv.reader columns and every GPC row", () => {
    const csv = writeTemplateCsv();
    const read = readInventoryCsv(csv, "template.csv");
    expect(read.document.lines.map((l) => l.gpc)).toEqual(GPC_ROWS.map((r) => r.ref));
  });

  it("round-trips an inventory", async () => {
    const doc = await rio();
    const back = await importTemplateCsv({ name: "rio.csv", data: writeTemplateCsv(doc) });
    expect(back.report.problems).toEqual([]);
    expect(back.document.lines).toEqual(doc.lines);
    expect(calculate({ ...doc, lines: back.document.lines })).toEqual(calculate(doc));
  });

  it("flags text in a number column and unknown columns", async () => {
    const csv = "gpc,activity.value,activity.unit,fuel,colour\nI.1.1,lots,Gg,natural-gas,red\n";
    const back = await importTemplateCsv({ name: "t.csv", data: csv });
    expect(problemsWith(back.report, "unknown_column")[0]).toMatchObject({ line: 1, column: "colour" });
    expect(problemsWith(back.report, "text_in_number")[0]).toMatchObject({
      line: 2,
      column: "activity.value",
    });
  });
});

describe("malformed XLSX files", () => {
  it("refuses a workbook without the Lines sheet, naming the sheets it has", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").addRow(["gpc"]);
    const back = await importTemplateXlsx({ name: "x.xlsx", data: Buffer.from(await wb.xlsx.writeBuffer()) });
    expect(back.report.fatal).toBe(true);
    expect(problemsWith(back.report, "missing_sheet")[0]).toMatchObject({ sheet: "Lines" });
    expect(problemsWith(back.report, "missing_sheet")[0]?.message).toContain("Sheet1");
  });

  it("refuses a file that is not a workbook", async () => {
    const back = await importTemplateXlsx({ name: "x.xlsx", data: Buffer.from("gpc,fuel\nI.1.1,diesel\n") });
    expect(back.report.fatal).toBe(true);
    expect(problemsWith(back.report, "not_xlsx")).toHaveLength(1);
  });

  it("reads formulas as their cached results, refuses formulas without one, and resolves merged cells", async () => {
    const wb = await workbook(await writeTemplateXlsx({ lines: [] }));
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
    ws.getCell(4, col("gpc")).value = "IV.2";
    ws.getCell(4, col("emissions.CO2.value")).value = { formula: "B9*3" } as ExcelJS.CellFormulaValue;
    ws.getCell(4, col("emissions.CO2.unit")).value = "t";
    const back = await importTemplateXlsx({ name: "f.xlsx", data: Buffer.from(await wb.xlsx.writeBuffer()) });
    expect(back.document.lines.slice(0, 2)).toEqual([
      { gpc: "IV.1", emissions: { CO2: { value: 120, unit: "t" } } },
      { gpc: "IV.1", emissions: { CO2: { value: 5, unit: "t" } } },
    ]);
    expect(problemsWith(back.report, "formula_result_used")[0]).toMatchObject({
      sheet: "Lines",
      line: 2,
      column: "emissions.CO2.value",
    });
    expect(problemsWith(back.report, "formula_without_result")[0]).toMatchObject({
      severity: "error",
      line: 4,
    });
    expect(problemsWith(back.report, "merged_cells")[0]).toMatchObject({ line: 3, column: "gpc" });
  });
});
