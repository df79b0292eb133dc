/** The GPC table's rows: each inventory line with its stored result, grouped by sector in the standard's order. */
import type { Inventory, InventoryLine } from "../../api/client.ts";
import { compareRefs, gpcRow, gpcSubsector, SECTORS } from "../../gpc.ts";

/** The gases the table gives a column each; others are listed together. */
export const MAIN_GASES = ["CO2", "CH4", "N2O"] as const;

/** One line of the table. */
export interface TableLine {
  /** 1-based line number in the document (issues refer to it). */
  number: number;
  gpc: string;
  name: string;
  scope: number | null;
  line: InventoryLine;
  co2e: number | null;
  gases: Record<string, number>;
  otherGases: Array<[string, number]>;
  biogenicCO2: number | null;
}

/** A sector with its lines and the stored sector total. */
export interface TableSector {
  ref: string;
  lines: TableLine[];
  total: number | null;
}

function rowName(gpc: string): string {
  const row = gpcRow(gpc);
  if (!row) return "";
  const subsector = gpcSubsector(row.subsector);
  return subsector ? `${subsector.name}: ${row.name}` : row.name;
}

/** Pairs each document line with its result and groups them by sector, in GPC order, lines in input order. */
export function tableSectors(inventory: Inventory): TableSector[] {
  const lines: TableLine[] = inventory.lines.map((line, index) => {
    const result = inventory.results.lines[index];
    const gases = result?.gases ?? {};
    return {
      number: index + 1,
      gpc: line.gpc,
      name: rowName(line.gpc),
      scope: gpcRow(line.gpc)?.scope ?? null,
      line,
      co2e: result?.co2e ?? null,
      gases,
      otherGases: Object.entries(gases).filter(([gas]) => !(MAIN_GASES as readonly string[]).includes(gas)),
      biogenicCO2: result?.biogenicCO2 ?? null,
    };
  });
  const sorted = lines.slice().sort((a, b) => compareRefs(a.gpc, b.gpc) || a.number - b.number);
  const known = new Set(SECTORS.map((s) => s.ref));
  const sectorOf = (l: TableLine) => {
    const sector = gpcRow(l.gpc)?.sector;
    return sector && known.has(sector) ? sector : "?";
  };
  const groups = [...SECTORS.map((s) => s.ref), "?"].map((ref) => ({
    ref,
    lines: sorted.filter((l) => sectorOf(l) === ref),
    total: ref === "?" ? null : (inventory.results.bySector[ref] ?? null),
  }));
  return groups.filter((g) => g.lines.length > 0);
}
