/** The CSV flavour of the LocalLedger inventory template (columns as read by `inventory-csv.reader.ts`). */
import type { InventoryDocument } from "../core/document.ts";
import { GPC_ROWS } from "../core/gpc/catalogue.ts";
import { type CellValue, toCsv } from "./csv-write.ts";
import { lineCell, templateColumns } from "./template-columns.ts";

/** Writes the document's lines as template CSV, or one empty row per GPC row when no document is given. */
export function writeTemplateCsv(doc?: InventoryDocument): string {
  const columns = templateColumns(doc);
  const lines = doc ? doc.lines : GPC_ROWS.map((r) => ({ gpc: r.ref }));
  const rows: CellValue[][] = lines.map((line) =>
    columns.map((c) => {
      const v = lineCell(line, c);
      return typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : null;
    }),
  );
  return toCsv(columns, rows);
}
