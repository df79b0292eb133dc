/**
 * Imports inventories that are already published elsewhere (the demonstration network's public data, and
 * benchmarks): each is created and published in the caller's batch transaction with its content hash and the
 * same audit events as the workflow would append. Only admins and the system may do it.
 */
import { contentHashOf } from "../../core/record/hash.ts";
import type { Db } from "../../db/database.ts";
import { appendAuditEvent } from "../../db/repositories/audit.repository.ts";
import { insertInventory } from "../../db/repositories/inventory.repository.ts";
import { insertPublishedVersion } from "../../db/repositories/inventory-version.repository.ts";
import { insertTransition } from "../../db/repositories/workflow.repository.ts";
import { authorize } from "../../policies/policy.ts";
import { refreshJurisdictionSummaries } from "../analytics/refresh.ts";
import { type Actor, uniquely } from "../service-helpers.ts";
import { headState } from "./inventory.service.ts";
import {
  calculateOrRefuse,
  hashedDocumentOf,
  headValues,
  type InventoryInput,
  resolveJurisdiction,
  versionDocumentOf,
} from "./inventory-document.ts";

/** Creates and publishes each inventory of `inputs` in one transaction; returns their ids. */
export async function importPublished(
  db: Db,
  inputs: InventoryInput[],
  actor: Actor,
  why: string,
): Promise<string[]> {
  authorize(actor, "inventory.import_published");
  return db.transaction(async (tx) => {
    const ids: string[] = [];
    const touched = new Set<string>();
    for (const input of inputs) {
      const jurisdiction = await resolveJurisdiction(tx, input);
      const result = calculateOrRefuse(input);
      const key = { jurisdictionId: jurisdiction.id, kind: input.kind, year: input.year };
      const values = { ...headValues(input, jurisdiction.id, result, "published"), publishedRevision: 1 };
      const head = await uniquely("inventory", key, () => insertInventory(tx, values, actor.id));
      await appendAuditEvent(tx, {
        actor: actor.id,
        entity: "inventory",
        entityId: head.id,
        action: "create",
        state: headState(head),
      });
      const document = versionDocumentOf(head);
      const contentHash = contentHashOf(
        hashedDocumentOf({ ...document, inventoryId: head.id, number: 1 }),
        head.result,
      );
      const version = await insertPublishedVersion(tx, {
        inventoryId: head.id,
        number: 1,
        ...document,
        status: "published",
        checks: [],
        answers: {},
        createdBy: actor.id,
        contentHash,
        publishedBy: actor.id,
      });
      await insertTransition(tx, {
        entity: "inventory",
        entityId: head.id,
        revision: 1,
        fromStatus: "draft",
        toStatus: "published",
        actor: actor.id,
        comment: why,
      });
      await appendAuditEvent(tx, {
        actor: actor.id,
        entity: "inventory_version",
        entityId: version.id,
        action: "publish",
        digest: contentHash,
      });
      ids.push(head.id);
      touched.add(jurisdiction.id);
    }
    await refreshJurisdictionSummaries(tx, touched);
    return ids;
  });
}
