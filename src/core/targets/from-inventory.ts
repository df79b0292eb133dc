/** Builds target-progress observations from calculated inventories. */
import type { CalcResult } from "../result.ts";
import type { Observation } from "./types.ts";

/** Inventory statuses that count as verified: passed review (and possibly published since). */
export const VERIFIED_INVENTORY_STATUSES: readonly string[] = ["verified", "published"];

/** The GPC total an inventory observation reports for whole-inventory targets. */
export type InventoryTotal = "basic" | "basicPlus" | "territorial";

/** What an inventory row holds that progress needs (an `inventories` row fits). */
export interface InventoryForProgress {
  readonly year: number;
  /** `community` or `government`. */
  readonly kind: string;
  readonly status: string;
  readonly population?: number | null;
  readonly result: Pick<CalcResult, "totals" | "bySector" | "bySubsector">;
}

/** One observation from one calculated inventory, with its breakdown so sector targets can sum their sectors. */
export function observationFromInventory(
  inv: InventoryForProgress,
  total: InventoryTotal = "basic",
): Observation {
  return {
    year: inv.year,
    value: inv.result.totals[total],
    verified: VERIFIED_INVENTORY_STATUSES.includes(inv.status),
    source: "inventory",
    basis: { scope: inv.kind, sectors: ["all"], total },
    bySector: inv.result.bySector,
    bySubsector: inv.result.bySubsector,
    population: inv.population ?? null,
  };
}
