/** Writes simple tables as XLSX sheets (bold header, frozen first row, formula injection neutralised). */
import ExcelJS from "exceljs";
import { type CellValue, xlsxCell } from "./csv-write.ts";

/** One sheet of a workbook: its name, header and rows. */
export interface SheetTable {
  name: string;
  header: readonly string[];
  rows: ReadonlyArray<readonly CellValue[]>;
}

/** A workbook with one sheet per table. */
export async function tablesToXlsx(tables: readonly SheetTable[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "LocalLedger";
  for (const table of tables) {
    const ws = wb.addWorksheet(table.name, { views: [{ state: "frozen", ySplit: 1 }] });
    ws.addRow(table.header.map(xlsxCell)).font = { bold: true };
    for (const row of table.rows) ws.addRow(row.map(xlsxCell));
    table.header.forEach((h, i) => {
      ws.getColumn(i + 1).width = Math.min(Math.max(h.length + 2, 12), 48);
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
