/**
 * The editor's lines: form state (text as typed) for each inventory line, and the conversions to and from the
 * inventory document the engine and the API take. Pure; the grid and the live calculation build on it.
 */
import type { InventoryLine } from "../../api/client.ts";
import type { DocumentLine } from "../../engine.ts";

/** One gas amount as typed: a factor (per activity unit) or a direct emission. */
export interface GasAmount {
  gas: string;
  value: string;
  unit: string;
}

/** How a line gives its emissions. */
export type LineKind = "activity" | "emissions" | "notation";

/** A line as the form holds it. `key` is stable while editing (React keys, focus after adding). */
export interface EditorLine {
  key: number;
  gpc: string;
  kind: LineKind;
  fuel: string;
  activityValue: string;
  activityUnit: string;
  factors: GasAmount[];
  emissions: GasAmount[];
  notationKey: string;
  explanation: string;
  qualityActivity: string;
  qualityFactor: string;
  source: string;
  comment: string;
}

let nextKey = 1;
/** A fresh key for a new line. */
export const newKey = () => nextKey++;

/** A typed number: undefined when blank, NaN when unreadable ("1 234,5" is read as 1234.5 only with a dot). */
export function readNumber(text: string): number | undefined {
  const compact = text.replace(/[\s_]/g, "");
  if (compact === "") return undefined;
  return /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(compact) ? Number(compact) : Number.NaN;
}

const amountsOf = (group: Record<string, { value: number; unit: string }> | undefined): GasAmount[] =>
  Object.entries(group ?? {}).map(([gas, q]) => ({ gas, value: String(q.value), unit: q.unit }));

/** A blank line of a row, of a kind. */
export function blankLine(gpc: string, kind: LineKind = "emissions"): EditorLine {
  return {
    key: newKey(),
    gpc,
    kind,
    fuel: "",
    activityValue: "",
    activityUnit: "TJ",
    factors: [{ gas: "CO2", value: "", unit: "kg/TJ" }],
    emissions: [{ gas: "CO2", value: "", unit: "t" }],
    notationKey: "",
    explanation: "",
    qualityActivity: "",
    qualityFactor: "",
    source: "",
    comment: "",
  };
}

/** The form state of a stored line. */
export function fromDocumentLine(line: InventoryLine): EditorLine {
  const kind: LineKind = line.notationKey ? "notation" : line.emissions ? "emissions" : "activity";
  const blank = blankLine(line.gpc, kind);
  return {
    ...blank,
    fuel: line.fuel ?? "",
    activityValue: line.activity ? String(line.activity.value) : "",
    activityUnit: line.activity?.unit ?? blank.activityUnit,
    factors: line.factors ? amountsOf(line.factors) : line.fuel ? [] : blank.factors,
    emissions: line.emissions ? amountsOf(line.emissions) : blank.emissions,
    notationKey: line.notationKey ?? "",
    explanation: line.explanation ?? "",
    qualityActivity: line.dataQuality?.activity ?? "",
    qualityFactor: line.dataQuality?.factor ?? "",
    source: line.source ?? "",
    comment: line.comment ?? "",
  };
}

function group(amounts: readonly GasAmount[]): Record<string, { value: number; unit: string }> | undefined {
  const entries = amounts
    .map((a) => [a.gas.trim(), readNumber(a.value), a.unit] as const)
    .filter(([gas, value]) => gas !== "" && value !== undefined)
    .map(([gas, value, unit]) => [gas, { value: value as number, unit }] as const);
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

const quality = (text: string) => (text === "H" || text === "M" || text === "L" ? text : undefined);

/** The inventory line a form line stands for (blank fields left out; unreadable numbers as NaN). */
export function toDocumentLine(line: EditorLine): InventoryLine & DocumentLine {
  const out: InventoryLine = { gpc: line.gpc };
  if (line.kind === "notation") {
    out.notationKey = line.notationKey;
    if (line.explanation.trim()) out.explanation = line.explanation.trim();
  } else if (line.kind === "emissions") {
    const emissions = group(line.emissions);
    if (emissions) out.emissions = emissions;
  } else {
    if (line.fuel) out.fuel = line.fuel;
    const value = readNumber(line.activityValue);
    if (value !== undefined) out.activity = { value, unit: line.activityUnit };
    const factors = group(line.factors);
    if (factors) out.factors = factors;
  }
  const activityQuality = quality(line.qualityActivity);
  const factorQuality = quality(line.qualityFactor);
  if (activityQuality || factorQuality) {
    out.dataQuality = {
      ...(activityQuality ? { activity: activityQuality } : {}),
      ...(factorQuality ? { factor: factorQuality } : {}),
    };
  }
  if (line.source.trim()) out.source = line.source.trim();
  if (line.comment.trim()) out.comment = line.comment.trim();
  return out;
}

/** True when some typed number cannot be read (the API takes numbers only). */
export function hasUnreadableNumber(lines: readonly InventoryLine[]): boolean {
  const bad = (q: { value: number } | undefined) => q !== undefined && !Number.isFinite(q.value);
  return lines.some(
    (l) =>
      bad(l.activity) ||
      Object.values(l.factors ?? {}).some(bad) ||
      Object.values(l.emissions ?? {}).some(bad),
  );
}
