/** Renders a calculation result as a readable table: sectors by scope, the GPC totals, then the issues. */
import { type GpcRow, gpcRow, SECTORS } from "../core/gpc/catalogue.ts";
import type { CalcResult } from "../core/result.ts";

const number = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const fmt = (v: number | undefined) => (v === undefined || v === 0 ? "-" : number.format(v));
const pad = (s: string, n: number) => s.padStart(n);

/** Formats a result for a terminal; `heading` names the inventory. */
export function formatCalc(result: CalcResult, heading: string): string {
  const out: string[] = [`${heading} · GWP ${result.gwp} · ${result.unit}`, ""];
  const bySectorScope = new Map<string, [number, number, number]>();
  result.lines.forEach((line) => {
    const row: GpcRow | undefined = gpcRow(line.gpc);
    if (!row || line.co2e === null) return;
    const cells = bySectorScope.get(row.sector) ?? [0, 0, 0];
    cells[row.scope - 1] = (cells[row.scope - 1] ?? 0) + line.co2e;
    bySectorScope.set(row.sector, cells);
  });
  out.push(
    `${"Sector".padEnd(52)}${pad("Scope 1", 16)}${pad("Scope 2", 16)}${pad("Scope 3", 16)}${pad("Total", 16)}`,
  );
  for (const sector of SECTORS) {
    const [s1, s2, s3] = bySectorScope.get(sector.ref) ?? [0, 0, 0];
    const label = `${sector.ref.padEnd(4)}${sector.name}`.slice(0, 50).padEnd(52);
    out.push(
      `${label}${pad(fmt(s1), 16)}${pad(fmt(s2), 16)}${pad(fmt(s3), 16)}${pad(fmt(result.bySector[sector.ref]), 16)}`,
    );
  }
  const t = result.totals;
  out.push("", "Totals");
  const total = (label: string, value: number) =>
    out.push(`  ${label.padEnd(50)}${pad(number.format(value), 16)}`);
  total("BASIC", t.basic);
  total("BASIC+", t.basicPlus);
  total("Territorial (scope 1)", t.territorial);
  total("Scope 1 / 2 / 3 (sectors I-V)", t.scope1 + t.scope2 + t.scope3);
  total("Biogenic CO2, t (outside all totals)", t.biogenicCO2);
  if (t.perCapita) {
    const perCapita = new Intl.NumberFormat("en-US", { maximumSignificantDigits: 4 });
    out.push(`  ${"BASIC per capita, tCO2e".padEnd(50)}${pad(perCapita.format(t.perCapita.basic), 16)}`);
  }
  const errors = result.issues.filter((i) => i.severity === "error").length;
  const warnings = result.issues.filter((i) => i.severity === "warning").length;
  out.push("", `Issues: ${result.issues.length} (${errors} errors, ${warnings} warnings)`);
  for (const i of result.issues) {
    const where = i.line === null ? "document" : `line ${i.line}${i.gpc ? ` ${i.gpc}` : ""}`;
    out.push(`  ${i.severity.padEnd(8)}${where.padEnd(18)}${i.code}: ${i.message}`);
  }
  return out.join("\n");
}
