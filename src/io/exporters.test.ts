import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { sharedData } from "../../test/support/shared-data.ts";
import { calculate } from "../core/calculate.ts";
import type { InventoryDocument } from "../core/document.ts";
import { GPC_ROWS } from "../core/gpc/catalogue.ts";
import { CDP_ATTRIBUTION, importCdpCitywide } from "./cdp-citywide.importer.ts";
import { cdpTotalsCsv, totalsFromCalculation } from "./cdp-totals.exporter.ts";
import { importCityCatalyst } from "./citycatalyst.importer.ts";
import { crfCsv, crfTable, crfXlsx } from "./crf.exporter.ts";
import { neutralizeFormula, toCsv } from "./csv-write.ts";
import { gpcTable, gpcTableCsv, gpcTableXlsx } from "./gpc-table.exporter.ts";
import { openDataCsv, openDataJson, type PublishedRecord } from "./open-data.exporter.ts";

const rio = (await importCityCatalyst(sharedData("citycatalyst/inventory-BR RIO-2022.csv"))).document;
rio.lines[0] = { ...rio.lines[0], dataQuality: { activity: "H", factor: "M" } } as never;
const rioResult = calculate(rio);
const csvRecords = (text: string): string[][] => parse(text, { bom: true });

describe("GPC reporting table", () => {
  const table = gpcTable(rio, rioResult);
  it("has every GPC row with scope, level, notation keys, data quality, gases and CO2e", () => {
    expect(table.rows.map((r) => r.ref)).toEqual(GPC_ROWS.map((r) => r.ref));
    const i11 = table.rows.find((r) => r.ref === "I.1.1");
    expect(i11).toMatchObject({ scope: 1, level: "basic", dataQuality: { activity: ["H"], factor: ["M"] } });
    expect(i11?.co2e).toBeCloseTo(389184.849, 2);
    expect(i11?.gases.CO2).toBeCloseTo(386998.022, 3);
    expect(table.rows.find((r) => r.ref === "I.4.2")?.notationKeys).toEqual(["NE"]);
    expect(table.gases).toEqual(expect.arrayContaining(["CO2", "CH4", "N2O", "CO2e"]));
  });
  it("ends with the totals, equal to the calculation's", () => {
    const csv = csvRecords(gpcTableCsv(rio, rioResult));
    const basic = csv.find((r) => r[0] === "TOTAL BASIC");
    expect(Number(basic?.at(-1))).toBe(rioResult.totals.basic);
    expect(csv.find((r) => r[0] === "TOTAL BASIC+")?.at(-1)).toBe(String(rioResult.totals.basicPlus));
    expect(csv.find((r) => r[0] === "TOTAL Territorial (scope 1)")?.at(-1)).toBe(
      String(rioResult.totals.territorial),
    );
    expect(csv).toHaveLength(1 + GPC_ROWS.length + 7);
  });
  it("writes the same table as XLSX", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await gpcTableXlsx(rio, rioResult)) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("GPC reporting table") as ExcelJS.Worksheet;
    expect(ws.getCell(2, 1).value).toBe("I.1.1");
    expect(ws.rowCount).toBe(1 + GPC_ROWS.length + 7);
  });
});

describe("CRF sector table", () => {
  const { rows, total } = crfTable(rio, rioResult);
  it("maps GPC rows to CRF sectors and keeps grid-supplied energy generation apart", () => {
    const generation = rows.find((r) => r.gpc.includes("I.4.4"));
    expect(generation?.scope1).toBeCloseTo(2840301.477, 2);
    const industrial = rows.find((r) => r.sector === "Industrial buildings and facilities");
    expect(industrial?.gpc).toEqual(["I.3", "I.4.1", "I.4.2", "I.4.3", "I.6"]);
    const sumAll = rioResult.lines.reduce(
      (s, l, i) => s + (rio.lines[i]?.gpc === "I.4.4" ? 0 : (l.co2e ?? 0)),
      0,
    );
    expect(total.total).toBeCloseTo(sumAll, 3);
    expect(total.scope2).toBeCloseTo(rioResult.totals.scope2, 3);
  });
  it("writes CSV with the total before the generation row, and XLSX", async () => {
    const csv = csvRecords(crfCsv(rio, rioResult));
    expect(csv.at(-2)?.[0]).toBe("Total");
    expect(csv.at(-1)?.[0]).toBe("Generation of grid-supplied energy");
    expect(csv.find((r) => r[1] === "Institutional buildings and facilities")?.[7]).toBe("IE");
    expect((await crfXlsx(rio, rioResult)).subarray(0, 2).toString()).toBe("PK");
  });
});

describe("CDP-style totals", () => {
  it("writes CDP's 2021 layout, which the CDP importer reads back to the same figures", async () => {
    const imported = await importCdpCitywide(sharedData("cdp/2021_City-wide_Emissions.csv"));
    const entries = imported.totals.slice(0, 50).map((t) => ({ totals: t, country: "Turkey" }));
    const back = await importCdpCitywide({ name: "export.csv", data: cdpTotalsCsv(entries) });
    expect(back.layout).toBe(2021);
    expect(
      back.totals.map((t) => [t.cdpAccount, t.year, t.totals, t.generation, t.excludingGeneration]),
    ).toEqual(
      entries.map(({ totals: t }) => [t.cdpAccount, t.year, t.totals, t.generation, t.excludingGeneration]),
    );
  });
  it("derives CDP totals from a calculated inventory, generation (I.4.4) apart", () => {
    const t = totalsFromCalculation(rio, rioResult, { cdpAccount: null, name: "Rio de Janeiro" });
    expect(t.generation.scope1).toBeCloseTo(2840301.477, 2);
    expect((t.generation.scope1 ?? 0) + (t.excludingGeneration.scope1 ?? 0)).toBeCloseTo(
      rioResult.totals.scope1,
      6,
    );
    expect(t.totals.basic).toBe(rioResult.totals.basic);
  });
});

describe("open data", () => {
  const records: PublishedRecord[] = [
    {
      kind: "reported-totals",
      id: "a",
      jurisdiction: "Antalya",
      country: "TR",
      year: 2019,
      version: 1,
      contentHash: "sha256:ab",
      source: "cdp",
      figures: { basic: null },
      data: { scope1: 6012355 },
    },
    {
      kind: "inventory",
      id: "b",
      jurisdiction: "=cmd|' /C calc'!A0",
      country: "BR",
      year: 2022,
      version: 3,
      contentHash: "sha256:cd",
      source: "citycatalyst",
      figures: { basic: 1 },
      data: {},
    },
  ];
  it("carries CDP's attribution on CDP records only, and each content hash", () => {
    const csv = csvRecords(openDataCsv(records));
    expect(csv[1]?.[8]).toBe(CDP_ATTRIBUTION);
    expect(csv[2]?.[8]).toBe("");
    expect(csv.map((r) => r[6])).toEqual(["content_hash", "sha256:ab", "sha256:cd"]);
    const json = JSON.parse(openDataJson(records));
    expect(json.attributions).toEqual([CDP_ATTRIBUTION]);
    expect(json.records[0].attribution).toBe(CDP_ATTRIBUTION);
    expect(json.records[1].attribution).toBeUndefined();
    expect(json.records[1].contentHash).toBe("sha256:cd");
  });
  it("neutralises formula injection in CSV text cells, not in numbers", () => {
    const csv = csvRecords(openDataCsv(records));
    expect(csv[2]?.[2]).toBe("'=cmd|' /C calc'!A0");
    for (const start of ["=", "+", "-", "@", "\t", "\r"])
      expect(neutralizeFormula(`${start}x`)).toBe(`'${start}x`);
    expect(csvRecords(toCsv(["n", "t"], [[-5, "-5"]]))[1]).toEqual(["-5", "'-5"]);
  });
});

describe("exports of an empty inventory", () => {
  it("work without lines", () => {
    const empty: InventoryDocument = { lines: [] };
    const result = calculate(empty);
    expect(csvRecords(gpcTableCsv(empty, result))).toHaveLength(1 + GPC_ROWS.length + 7);
    expect(crfTable(empty, result).total.total).toBe(0);
  });
});
