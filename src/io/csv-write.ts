/** Writing CSV and spreadsheet cells safely: quoting, and neutralising formula injection in text cells. */

/** A cell value for an exported table. */
export type CellValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) gets a leading
 * single quote (OWASP CSV injection); numbers are left alone.
 */
export function neutralizeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function csvCell(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const text = neutralizeFormula(String(value));
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Writes rows as CSV text (RFC 4180, CRLF line ends, formula injection neutralised). */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CellValue[]>): string {
  const lines = [header.map(csvCell).join(",")];
  for (const row of rows) lines.push(row.map(csvCell).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

/** A value for an XLSX cell: text neutralised, numbers as numbers, blanks as null. */
export function xlsxCell(value: CellValue): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return neutralizeFormula(value);
  if (typeof value === "number" && !Number.isFinite(value)) return null;
  return value;
}
