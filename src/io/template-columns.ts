/**
 * The columns of the LocalLedger inventory template (XLSX and CSV): the inventory document's line fields with
 * dots for nesting, as read by `inventory-csv.reader.ts` (`gpc`, `activity.value`, `factors.CO2.unit` …).
 */
import type { InventoryDocument, InventoryLine } from "../core/document.ts";

/** Gases with their own factor and emission columns in every template; other gases get columns when used. */
export const TEMPLATE_GASES = ["CO2", "CH4", "N2O", "CO2e", "CO2b"] as const;

/** The template columns for a document (the fixed ones plus any gas its lines use). */
export function templateColumns(doc?: InventoryDocument): string[] {
  const gases = { factors: new Set<string>(TEMPLATE_GASES), emissions: new Set<string>(TEMPLATE_GASES) };
  for (const line of doc?.lines ?? []) {
    for (const group of ["factors", "emissions"] as const) {
      for (const gas of Object.keys(line[group] ?? {})) gases[group].add(gas);
    }
  }
  const pairs = (group: string, set: Set<string>) =>
    [...set].flatMap((g) => [`${group}.${g}.value`, `${group}.${g}.unit`]);
  return [
    "gpc",
    "notationKey",
    "explanation",
    "fuel",
    "activity.value",
    "activity.unit",
    ...pairs("factors", gases.factors),
    ...pairs("emissions", gases.emissions),
    "dataQuality.activity",
    "dataQuality.factor",
    "source",
    "comment",
  ];
}

/** The value of a line under a template column (undefined when absent). */
export function lineCell(line: InventoryLine, column: string): unknown {
  let node: unknown = line;
  for (const key of column.split(".")) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Sets a nested field of a line from a template column name. */
export function setLineCell(line: Record<string, unknown>, column: string, value: unknown): void {
  const path = column.split(".");
  let node = line;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i] as string;
    const next = node[key];
    if (typeof next !== "object" || next === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1] as string] = value;
}

const ROOTS = new Set([
  "gpc",
  "fuel",
  "activity",
  "factors",
  "emissions",
  "notationKey",
  "explanation",
  "dataQuality",
  "source",
  "comment",
]);

/** True when a header names a line field (`factors.HFC-134a.value` …); informational columns are not. */
export function isLineColumn(column: string): boolean {
  const parts = column.split(".");
  const root = parts[0] ?? "";
  if (!ROOTS.has(root)) return false;
  if (root === "factors" || root === "emissions")
    return parts.length === 3 && /^(value|unit)$/.test(parts[2] ?? "");
  if (root === "activity") return parts.length === 2 && /^(value|unit)$/.test(parts[1] ?? "");
  if (root === "dataQuality") return parts.length === 2 && /^(activity|factor)$/.test(parts[1] ?? "");
  return parts.length === 1;
}
