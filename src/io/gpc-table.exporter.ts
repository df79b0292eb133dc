/**
 * The GPC reporting table of one inventory: every GPC row with its scope, reporting level, notation keys, data
 * quality, emissions per gas (t) and CO2e (t), then the totals (BASIC, BASIC+, territorial, per scope,
 * biogenic CO2); as CSV or XLSX.
 */
import type { InventoryDocument } from "../core/document.ts";
import { GPC_ROWS, gpcSector, gpcSubsector } from "../core/gpc/catalogue.ts";
import type { CalcResult } from "../core/result.ts";
import { type CellValue, toCsv } from "./csv-write.ts";
import { tablesToXlsx } from "./xlsx-table.ts";

/** One GPC row of the reporting table. */
export interface GpcTableRow {
  ref: string;
  sector: string;
  subsector: string;
  name: string;
  scope: number;
  level: string;
  notationKeys: string[];
  explanations: string[];
  dataQuality: { activity: string[]; factor: string[] };
  /** Tonnes of each gas (`CO2e` = amounts given only as CO2e). */
  gases: Record<string, number>;
  biogenicCO2: number;
  /** tCO2e of the row's calculated lines; null when it has none. */
  co2e: number | null;
  lines: number;
}

/** The reporting table: rows, the gases shown, and the totals. */
export interface GpcTable {
  jurisdiction: string | null;
  year: number | null;
  gwp: string;
  gases: string[];
  rows: GpcTableRow[];
  totals: Array<[label: string, tCO2e: number]>;
}

const BASE_GASES = ["CO2", "CH4", "N2O"];

function addUnique(list: string[], value: string | undefined): void {
  if (value && !list.includes(value)) list.push(value);
}

/** Builds the GPC reporting table of an inventory from its document and calculation result. */
export function gpcTable(doc: InventoryDocument, result: CalcResult): GpcTable {
  const rows = new Map<string, GpcTableRow>();
  for (const r of GPC_ROWS) {
    rows.set(r.ref, {
      ref: r.ref,
      sector: gpcSector(r.sector)?.name ?? r.sector,
      subsector: gpcSubsector(r.subsector)?.name ?? r.subsector,
      name: r.name,
      scope: r.scope,
      level: r.level,
      notationKeys: [],
      explanations: [],
      dataQuality: { activity: [], factor: [] },
      gases: {},
      biogenicCO2: 0,
      co2e: null,
      lines: 0,
    });
  }
  const gases = [...BASE_GASES];
  doc.lines.forEach((line, i) => {
    const row = rows.get(line.gpc);
    const calc = result.lines[i];
    if (!row || !calc) return;
    row.lines++;
    addUnique(row.notationKeys, line.notationKey);
    addUnique(row.explanations, line.explanation);
    addUnique(row.dataQuality.activity, line.dataQuality?.activity);
    addUnique(row.dataQuality.factor, line.dataQuality?.factor);
    if (calc.co2e === null) return;
    row.co2e = (row.co2e ?? 0) + calc.co2e;
    row.biogenicCO2 += calc.biogenicCO2 ?? 0;
    for (const [gas, t] of Object.entries(calc.gases)) {
      row.gases[gas] = (row.gases[gas] ?? 0) + t;
      addUnique(gases, gas);
    }
  });
  const t = result.totals;
  return {
    jurisdiction: doc.jurisdiction ?? null,
    year: doc.year ?? null,
    gwp: result.gwp,
    gases,
    rows: [...rows.values()],
    totals: [
      ["BASIC", t.basic],
      ["BASIC+", t.basicPlus],
      ["Territorial (scope 1)", t.territorial],
      ["Scope 1", t.scope1],
      ["Scope 2", t.scope2],
      ["Scope 3", t.scope3],
      ["Biogenic CO2 (outside totals)", t.biogenicCO2],
    ],
  };
}

function tableRows(table: GpcTable): { header: string[]; rows: CellValue[][] } {
  const header = [
    "GPC ref",
    "sector",
    "sub-sector",
    "row",
    "scope",
    "reporting level",
    "notation key",
    "explanation",
    "data quality (activity)",
    "data quality (factor)",
    ...table.gases.map((g) => `${g} (t)`),
    "biogenic CO2 (t)",
    `total (tCO2e, ${table.gwp})`,
  ];
  const rows: CellValue[][] = table.rows.map((r) => [
    r.ref,
    r.sector,
    r.subsector,
    r.name,
    r.scope,
    r.level,
    r.notationKeys.join(" "),
    r.explanations.join(" | "),
    r.dataQuality.activity.join(" "),
    r.dataQuality.factor.join(" "),
    ...table.gases.map((g) => r.gases[g] ?? null),
    r.biogenicCO2 || null,
    r.co2e,
  ]);
  const pad = header.length - 2;
  for (const [label, value] of table.totals) rows.push([`TOTAL ${label}`, ...Array(pad).fill(null), value]);
  return { header, rows };
}

/** The GPC reporting table as CSV text. */
export function gpcTableCsv(doc: InventoryDocument, result: CalcResult): string {
  const { header, rows } = tableRows(gpcTable(doc, result));
  return toCsv(header, rows);
}

/** The GPC reporting table as an XLSX workbook. */
export async function gpcTableXlsx(doc: InventoryDocument, result: CalcResult): Promise<Buffer> {
  const { header, rows } = tableRows(gpcTable(doc, result));
  return tablesToXlsx([{ name: "GPC reporting table", header, rows }]);
}
