/** Presents an inventory for the API: the document, the stored results and their issues, and its workflow state. */
import type { z } from "@hono/zod-openapi";
import type { GwpSet } from "../../core/gases.ts";
import type { InventoryStatus } from "../../core/workflow/inventory-workflow.ts";
import type { InventoryView } from "../../services/inventories/inventory-view.ts";
import { presentAudit } from "../common/schema.ts";
import type { Inventory } from "./schema.ts";

/** The API view of an inventory (never recalculated: the result stored with this version). */
export function presentInventory(view: InventoryView): z.input<typeof Inventory> {
  const { issues, ...results } = view.result;
  return {
    ...presentAudit(view),
    jurisdictionId: view.jurisdictionId,
    year: view.year,
    kind: view.kind,
    form: view.form,
    reportedTotals: view.reportedTotals,
    boundary: view.boundary,
    gwp: view.gwp as GwpSet,
    population: view.population,
    status: view.status as InventoryStatus,
    visibility: view.visibility,
    revision: view.revision,
    publishedRevision: view.publishedRevision,
    contentHash: view.contentHash,
    publishedAt: view.publishedAt?.toISOString() ?? null,
    lines: view.lines,
    results,
    issues,
    checks: view.checks,
    answers: view.answers,
  };
}
