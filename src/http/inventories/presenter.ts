/** Presents an inventory for the API: the document, the stored results and their issues. */
import type { z } from "@hono/zod-openapi";
import type { GwpSet } from "../../core/gases.ts";
import type { InventoryRow } from "../../db/repositories/inventory.repository.ts";
import { presentAudit } from "../common/schema.ts";
import type { Inventory } from "./schema.ts";

/** The API view of an inventory (never recalculated: the result stored with this version). */
export function presentInventory(row: InventoryRow): z.input<typeof Inventory> {
  const { issues, ...results } = row.result;
  return {
    ...presentAudit(row),
    jurisdictionId: row.jurisdictionId,
    year: row.year,
    kind: row.kind,
    boundary: row.boundary,
    gwp: row.gwp as GwpSet,
    population: row.population,
    status: row.status,
    lines: row.lines,
    results,
    issues,
  };
}
