/**
 * The GCoM Common Reporting Framework (CRF v6.1) sector table of one inventory, mapped from GPC rows as in
 * standards.md §4; the generation of grid-supplied energy (GPC I.4.4) is reported apart, outside the totals.
 */
import type { InventoryDocument } from "../core/document.ts";
import { gpcRow } from "../core/gpc/catalogue.ts";
import type { CalcResult } from "../core/result.ts";
import { type CellValue, toCsv } from "./csv-write.ts";
import { tablesToXlsx } from "./xlsx-table.ts";

/** One CRF sector and the GPC sub-sectors or rows it is made of. */
export interface CrfSector {
  chapter: string;
  sector: string;
  /** GPC sub-sector refs (`I.1`) or row refs (`I.4.1`). */
  gpc: readonly string[];
}

/** CRF sectors → GPC (standards.md §4; institutional buildings are usually IE under commercial, I.2). */
export const CRF_SECTORS: readonly CrfSector[] = [
  { chapter: "Stationary energy", sector: "Residential buildings", gpc: ["I.1"] },
  { chapter: "Stationary energy", sector: "Commercial buildings and facilities", gpc: ["I.2"] },
  { chapter: "Stationary energy", sector: "Institutional buildings and facilities", gpc: [] },
  {
    chapter: "Stationary energy",
    sector: "Industrial buildings and facilities",
    gpc: ["I.3", "I.4.1", "I.4.2", "I.4.3", "I.6"],
  },
  { chapter: "Stationary energy", sector: "Agriculture", gpc: ["I.5"] },
  { chapter: "Stationary energy", sector: "Fugitive emissions", gpc: ["I.7", "I.8"] },
  { chapter: "Transportation", sector: "On-road", gpc: ["II.1"] },
  { chapter: "Transportation", sector: "Rail", gpc: ["II.2"] },
  { chapter: "Transportation", sector: "Waterborne navigation", gpc: ["II.3"] },
  { chapter: "Transportation", sector: "Aviation", gpc: ["II.4"] },
  { chapter: "Transportation", sector: "Off-road", gpc: ["II.5"] },
  { chapter: "Waste", sector: "Solid waste disposal", gpc: ["III.1"] },
  { chapter: "Waste", sector: "Biological treatment", gpc: ["III.2"] },
  { chapter: "Waste", sector: "Incineration and open burning", gpc: ["III.3"] },
  { chapter: "Waste", sector: "Wastewater", gpc: ["III.4"] },
  { chapter: "IPPU", sector: "Industrial processes", gpc: ["IV.1"] },
  { chapter: "IPPU", sector: "Product use", gpc: ["IV.2"] },
  { chapter: "AFOLU", sector: "Livestock", gpc: ["V.1"] },
  { chapter: "AFOLU", sector: "Land use", gpc: ["V.2"] },
  { chapter: "AFOLU", sector: "Other AFOLU", gpc: ["V.3"] },
  {
    chapter: "Generation of grid-supplied energy",
    sector: "Energy generation supplied to the grid",
    gpc: ["I.4.4"],
  },
];

/** One row of the CRF table: tCO2e per scope (null when nothing was calculated) and notation keys. */
export interface CrfRow extends CrfSector {
  scope1: number | null;
  scope2: number | null;
  scope3: number | null;
  total: number | null;
  notationKeys: string[];
}

function crfSectorOf(ref: string): CrfSector | undefined {
  const row = gpcRow(ref);
  if (!row) return undefined;
  return (
    CRF_SECTORS.find((s) => s.gpc.includes(ref)) ?? CRF_SECTORS.find((s) => s.gpc.includes(row.subsector))
  );
}

/** Builds the CRF table: one row per CRF sector, the generation row last (not in the totals row). */
export function crfTable(doc: InventoryDocument, result: CalcResult): { rows: CrfRow[]; total: CrfRow } {
  const rows = new Map<CrfSector, CrfRow>(
    CRF_SECTORS.map((s) => [
      s,
      { ...s, scope1: null, scope2: null, scope3: null, total: null, notationKeys: [] },
    ]),
  );
  doc.lines.forEach((line, i) => {
    const sector = crfSectorOf(line.gpc);
    const gpc = gpcRow(line.gpc);
    const row = sector && rows.get(sector);
    if (!row || !gpc) return;
    if (line.notationKey && !row.notationKeys.includes(line.notationKey))
      row.notationKeys.push(line.notationKey);
    const co2e = result.lines[i]?.co2e;
    if (co2e === null || co2e === undefined) return;
    const key = `scope${gpc.scope}` as "scope1" | "scope2" | "scope3";
    row[key] = (row[key] ?? 0) + co2e;
    row.total = (row.total ?? 0) + co2e;
  });
  const list = [...rows.values()];
  const sum = (k: "scope1" | "scope2" | "scope3" | "total") =>
    list.filter((r) => !r.gpc.includes("I.4.4")).reduce((s, r) => s + (r[k] ?? 0), 0);
  const total: CrfRow = {
    chapter: "Total",
    sector: "Total (excluding generation of grid-supplied energy)",
    gpc: [],
    scope1: sum("scope1"),
    scope2: sum("scope2"),
    scope3: sum("scope3"),
    total: sum("total"),
    notationKeys: [],
  };
  return { rows: list, total };
}

function tableRows(doc: InventoryDocument, result: CalcResult): { header: string[]; rows: CellValue[][] } {
  const { rows, total } = crfTable(doc, result);
  const header = [
    "chapter",
    "CRF sector",
    "GPC",
    "scope 1 (tCO2e)",
    "scope 2 (tCO2e)",
    "scope 3 (tCO2e)",
    "total (tCO2e)",
    "notation keys",
  ];
  const body = [...rows.slice(0, -1), total, ...rows.slice(-1)].map((r) => [
    r.chapter,
    r.sector,
    r.gpc.join(" "),
    r.scope1,
    r.scope2,
    r.scope3,
    r.total,
    r.total === null && r.gpc.length === 0 && r.chapter !== "Total" ? "IE" : r.notationKeys.join(" "),
  ]);
  return { header, rows: body };
}

/** The CRF sector table as CSV text. */
export function crfCsv(doc: InventoryDocument, result: CalcResult): string {
  const { header, rows } = tableRows(doc, result);
  return toCsv(header, rows);
}

/** The CRF sector table as an XLSX workbook. */
export async function crfXlsx(doc: InventoryDocument, result: CalcResult): Promise<Buffer> {
  const { header, rows } = tableRows(doc, result);
  return tablesToXlsx([{ name: "CRF", header, rows }]);
}
