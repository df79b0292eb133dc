/**
 * Inventory use cases: create, read, replace and list. Writes go to the head (the working copy of the current
 * version) and only while it is a draft or returned; reads give the working copy to those who may see the
 * jurisdiction's unpublished work and the latest published version to everyone else.
 */

import { EDITABLE_STATUSES } from "../../core/workflow/inventory-workflow.ts";
import type { Page } from "../../db/cursor.ts";
import type { Db } from "../../db/database.ts";
import { appendAuditEvent } from "../../db/repositories/audit.repository.ts";
import {
  findInventory,
  type InventoryFilter,
  insertInventory,
  listInventories,
  updateInventory,
} from "../../db/repositories/inventory.repository.ts";
import { findVersion, listPublished } from "../../db/repositories/inventory-version.repository.ts";
import { findReportedTotals, reportedTotalsOf } from "../../db/repositories/reported-totals.repository.ts";
import { authorize, privateReadScope } from "../../policies/policy.ts";
import { notEditable, notFound, validationFailed } from "../errors.ts";
import {
  type Actor,
  cursorKey,
  foundOrThrow,
  requireVersion,
  uniquely,
  updatedOrThrow,
} from "../service-helpers.ts";
import {
  calculateOrRefuse,
  headValues,
  type InventoryInput,
  resolveJurisdiction,
} from "./inventory-document.ts";
import { type InventoryView, publishedView, workingView } from "./inventory-view.ts";

/** Filters and paging of an inventory list; `view` picks published versions (default) or working copies. */
export type InventoryQuery = Omit<InventoryFilter, "after" | "visibleTo"> & {
  cursor?: string | undefined;
  view?: "published" | "working" | undefined;
};

/** The audited state of a head after a write. */
export const headState = (row: {
  id: string;
  revision: number;
  status: string;
  lines: unknown;
  result: unknown;
}) => ({
  id: row.id,
  revision: row.revision,
  status: row.status,
  lines: row.lines,
  result: row.result,
});

/** The reported totals of a reported-totals inventory's version; null for line inventories. */
async function totalsOf(tx: Db, form: string, id: string, number: number) {
  return form === "reported-totals" ? ((await findReportedTotals(tx, id, number)) ?? null) : null;
}

/** Inventory use cases over one database. */
export class InventoryService {
  constructor(private readonly db: Db) {}

  /** Validates, calculates and stores a new draft. */
  create(input: InventoryInput, actor: Actor): Promise<InventoryView> {
    authorize(actor, "record.write");
    return this.db.transaction(async (tx) => {
      const jurisdiction = await resolveJurisdiction(tx, input);
      authorize(actor, "record.write", jurisdiction.id);
      const result = calculateOrRefuse(input);
      const key = { jurisdictionId: jurisdiction.id, kind: input.kind, year: input.year };
      const row = await uniquely("inventory", key, () =>
        insertInventory(tx, headValues(input, jurisdiction.id, result, "draft"), actor.id),
      );
      await appendAuditEvent(tx, {
        actor: actor.id,
        entity: "inventory",
        entityId: row.id,
        action: "create",
        state: headState(row),
      });
      return workingView(row, undefined);
    });
  }

  /** Reads an inventory as `actor` may see it; `view: "published"` asks for the published version. */
  get(id: string, actor: Actor, view?: "published" | "working"): Promise<InventoryView> {
    const scope = privateReadScope(actor);
    return this.db.transaction(async (tx) => {
      const head = foundOrThrow(await findInventory(tx, id), "inventory", id);
      const mayReadWorking = scope === "all" || scope.has(head.jurisdictionId);
      if (mayReadWorking && view !== "published") {
        const current = head.status === "draft" ? undefined : await findVersion(tx, id, head.revision);
        return workingView(head, current, await totalsOf(tx, head.form, id, head.revision));
      }
      const published =
        head.publishedRevision === null ? undefined : await findVersion(tx, id, head.publishedRevision);
      if (!published) throw notFound("published inventory", id);
      return publishedView(published, head, await totalsOf(tx, published.form, id, published.number));
    });
  }

  /**
   * Replaces the working copy at `expectedVersion`, recalculating it; only drafts and returned versions. Lines
   * sent to a reported-totals inventory make it a line inventory (its earlier versions keep their totals).
   */
  update(id: string, expectedVersion: number | undefined, input: InventoryInput, actor: Actor) {
    authorize(actor, "record.write");
    return this.db.transaction(async (tx): Promise<InventoryView> => {
      const head = foundOrThrow(await findInventory(tx, id), "inventory", id);
      authorize(actor, "record.write", head.jurisdictionId);
      const version = requireVersion(expectedVersion);
      if (!EDITABLE_STATUSES.has(head.status as "draft")) throw notEditable("inventory", id, head.status);
      if (head.form === "reported-totals" && input.lines.length === 0)
        throw validationFailed([
          {
            path: "lines",
            message:
              "this inventory holds reported totals and no lines; send its lines to replace the totals with a " +
              "calculated inventory, or import the source file again to change the totals",
          },
        ]);
      const result = calculateOrRefuse(input);
      const jurisdiction = await resolveJurisdiction(tx, input);
      if (jurisdiction.id !== head.jurisdictionId) {
        throw validationFailed([
          { path: "jurisdictionId", message: "an inventory cannot move to another jurisdiction" },
        ]);
      }
      if (head.publishedRevision !== null && (input.year !== head.year || input.kind !== head.kind)) {
        throw validationFailed([
          { path: "year", message: "year and kind of a published inventory cannot change" },
        ]);
      }
      const key = { jurisdictionId: head.jurisdictionId, kind: input.kind, year: input.year };
      const outcome = await uniquely("inventory", key, () =>
        updateInventory(
          tx,
          id,
          version,
          // Lines replace a reported-totals working copy: from here on it is calculated from them.
          { ...headValues(input, head.jurisdictionId, result, head.status), form: "lines" },
          actor.id,
        ),
      );
      const row = updatedOrThrow(outcome, "inventory", id, version);
      await appendAuditEvent(tx, {
        actor: actor.id,
        entity: "inventory",
        entityId: id,
        action: "update",
        state: headState(row),
      });
      return workingView(row, undefined);
    });
  }

  /** Lists published versions (anyone), or working copies of the jurisdictions `actor` may see. */
  list(query: InventoryQuery, actor: Actor): Promise<Page<InventoryView>> {
    const { view, cursor, ...filter } = query;
    if (view === "working") authorize(actor, "record.read_private");
    const scope = privateReadScope(actor);
    return this.db.transaction(async (tx) => {
      const after = cursorKey(cursor);
      if (view === "working") {
        const page = await listInventories(tx, {
          ...filter,
          after,
          visibleTo: scope === "all" ? "all" : [...scope],
        });
        const totals = await reportedTotalsOf(
          tx,
          page.items.filter((r) => r.form !== "lines").map((r) => r.id),
        );
        const items = page.items.map((row) =>
          workingView(row, undefined, totals.get(`${row.id}:${row.revision}`)?.record ?? null),
        );
        return { ...page, items };
      }
      const page = await listPublished(tx, { ...filter, after });
      const ids = page.items.filter((r) => r.version.form !== "lines").map((r) => r.version.inventoryId);
      const totals = await reportedTotalsOf(tx, ids);
      const items = page.items.map((r) =>
        publishedView(
          r.version,
          r.head,
          totals.get(`${r.version.inventoryId}:${r.version.number}`)?.record ?? null,
        ),
      );
      return { ...page, items };
    });
  }
}
