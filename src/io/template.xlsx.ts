/**
 * The LocalLedger XLSX inventory template (exceljs): an instructions sheet, a document sheet (jurisdiction, year,
 * GWP set, population), a lines sheet with every GPC row (or an inventory's lines) and drop-downs for notation
 * keys, units, fuels and data quality drawn from a hidden lists sheet.
 */
import ExcelJS from "exceljs";
import {
  type InventoryDocument,
  type InventoryLine,
  NOTATION_KEYS,
  QUALITY_LEVELS,
} from "../core/document.ts";
import { FUEL_IDS } from "../core/fuels.ts";
import { GWP_SETS } from "../core/gases.ts";
import { GPC_ROWS, gpcRow } from "../core/gpc/catalogue.ts";
import { unitsOf } from "../core/units.ts";
import { xlsxCell } from "./csv-write.ts";
import { lineCell, templateColumns } from "./template-columns.ts";

/** Sheet names of the template. */
export const TEMPLATE_SHEETS = {
  instructions: "Instructions",
  document: "Document",
  lines: "Lines",
  lists: "Lists",
} as const;

/** Informational columns of the lines sheet (ignored on import). */
export const INFO_COLUMNS = ["row name (info)", "scope (info)"] as const;

/** Blank rows left below the lines for more lines, with the same drop-downs. */
const SPARE_ROWS = 200;

const INSTRUCTIONS = [
  "LocalLedger inventory template (GPC 1.1)",
  "",
  "1. On the Document sheet, enter the jurisdiction (UN/LOCODE, e.g. BR RIO), the inventory year, the GWP set and the population.",
  "2. On the Lines sheet, each row is one inventory line for the GPC row in column gpc. Fill ONE of:",
  "   - a notation key (NO, IE, NE, C) with an explanation (for IE, name the row it is included in);",
  "   - activity.value + activity.unit with a fuel (IPCC default factors), or with factors.<gas>.value/unit;",
  "   - emissions.<gas>.value + unit (direct emissions; CO2e when only the total is known; CO2b is biogenic CO2).",
  "3. To report several lines for one GPC row, copy the row; leave rows you do not use empty (they are skipped).",
  "4. Data quality: H (high), M (medium), L (low) for activity data and for the factor.",
  "5. Type values, not formulas: a formula's last calculated result is read, with a warning.",
  "Columns marked (info) are for reading only; the lists of allowed values are on the hidden Lists sheet.",
];

interface ListRange {
  ref: string;
  values: readonly string[];
}

function listRanges(): Record<string, ListRange> {
  const lists: Record<string, readonly string[]> = {
    notationKey: NOTATION_KEYS,
    activityUnit: ["energy", "mass", "volume", "distance"].flatMap((d) =>
      unitsOf(d as "energy" | "mass" | "volume" | "distance"),
    ),
    massUnit: unitsOf("mass"),
    fuel: FUEL_IDS,
    quality: QUALITY_LEVELS,
    gpc: GPC_ROWS.map((r) => r.ref),
    gwp: GWP_SETS,
  };
  const out: Record<string, ListRange> = {};
  Object.entries(lists).forEach(([name, values], i) => {
    const letter = String.fromCharCode(65 + i);
    out[name] = { ref: `${TEMPLATE_SHEETS.lists}!$${letter}$2:$${letter}$${values.length + 1}`, values };
  });
  return out;
}

function addListsSheet(wb: ExcelJS.Workbook, lists: Record<string, ListRange>): void {
  const ws = wb.addWorksheet(TEMPLATE_SHEETS.lists, { state: "hidden" });
  Object.entries(lists).forEach(([name, range], i) => {
    ws.getColumn(i + 1).values = [name, ...range.values];
  });
}

function listValidation(range: ListRange, strict: boolean): ExcelJS.DataValidation {
  return {
    type: "list",
    allowBlank: true,
    formulae: [range.ref],
    showErrorMessage: true,
    errorStyle: strict ? "stop" : "warning",
    errorTitle: "Not in the list",
    error: `Choose one of: ${range.values.slice(0, 12).join(", ")}${range.values.length > 12 ? " …" : ""}`,
  };
}

function addDocumentSheet(
  wb: ExcelJS.Workbook,
  doc: InventoryDocument | undefined,
  lists: Record<string, ListRange>,
) {
  const ws = wb.addWorksheet(TEMPLATE_SHEETS.document);
  ws.columns = [
    { header: "field", width: 16 },
    { header: "value", width: 24 },
    { header: "description", width: 70 },
  ];
  ws.addRow(["jurisdiction", xlsxCell(doc?.jurisdiction), "UN/LOCODE of the jurisdiction, e.g. BR RIO"]);
  ws.addRow(["year", xlsxCell(doc?.year), "Inventory year"]);
  ws.addRow(["gwp", xlsxCell(doc?.gwp ?? "AR5"), "GWP set: AR4, AR5 or AR6 (one per inventory)"]);
  ws.addRow(["population", xlsxCell(doc?.population), "Population in the inventory year"]);
  ws.getCell("B4").dataValidation = listValidation(lists.gwp as ListRange, true);
  ws.getRow(1).font = { bold: true };
}

function lineRow(columns: readonly string[], line: InventoryLine): Array<string | number | boolean | null> {
  const row = gpcRow(line.gpc);
  const cells = columns.map((c) => {
    const v = lineCell(line, c);
    return typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? xlsxCell(v) : null;
  });
  cells.splice(1, 0, row?.name ?? null, row ? row.scope : null);
  return cells;
}

/** Writes a workbook in the template format: the document's lines, or every GPC row when no document is given. */
export async function writeTemplateXlsx(doc?: InventoryDocument): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "LocalLedger";
  const intro = wb.addWorksheet(TEMPLATE_SHEETS.instructions);
  intro.getColumn(1).width = 120;
  for (const text of INSTRUCTIONS) intro.addRow([text]);
  intro.getRow(1).font = { bold: true, size: 14 };
  const lists = listRanges();
  addDocumentSheet(wb, doc, lists);
  const lines = wb.addWorksheet(TEMPLATE_SHEETS.lines, { views: [{ state: "frozen", ySplit: 1 }] });
  addListsSheet(wb, lists);
  const columns = templateColumns(doc);
  const header = [...columns];
  header.splice(1, 0, ...INFO_COLUMNS);
  lines.addRow(header).font = { bold: true };
  const body = doc ? doc.lines : GPC_ROWS.map((r) => ({ gpc: r.ref }));
  for (const line of body) lines.addRow(lineRow(columns, line));
  const last = body.length + 1 + SPARE_ROWS;
  const pick = (name: string) => lists[name] as ListRange;
  header.forEach((name, i) => {
    const col = lines.getColumn(i + 1);
    col.width = name === "explanation" || name === "comment" || name === INFO_COLUMNS[0] ? 40 : 14;
    const validation =
      name === "gpc"
        ? listValidation(pick("gpc"), true)
        : name === "notationKey"
          ? listValidation(pick("notationKey"), true)
          : name === "fuel"
            ? listValidation(pick("fuel"), true)
            : name === "activity.unit"
              ? listValidation(pick("activityUnit"), false)
              : name.startsWith("emissions.") && name.endsWith(".unit")
                ? listValidation(pick("massUnit"), false)
                : name.startsWith("dataQuality.")
                  ? listValidation(pick("quality"), true)
                  : null;
    if (!validation) return;
    for (let r = 2; r <= last; r++) lines.getCell(r, i + 1).dataValidation = validation;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
