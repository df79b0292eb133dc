/**
 * Writes a jurisdiction's actions from an import (the synthetic network's; no file format carries actions yet):
 * checked by the action service's field rules, known by a digest of their fields (re-importing changes
 * nothing), created and, when publishing, published with the transition and audit events the service makes.
 */
import { randomUUID } from "node:crypto";
import { digestOf } from "../../core/record/hash.ts";
import type { Db } from "../../db/database.ts";
import { actionsOf } from "../../db/repositories/import.repository.ts";
import { type ActionInput, actionFieldProblems, actionValuesOf } from "../action.service.ts";
import type { Actor } from "../service-helpers.ts";
import type { KindCounts } from "./import-types.ts";
import type { WriteBuffer } from "./write-buffer.ts";

/** An action as an import gives it: everything but its jurisdiction. */
export type ImportedAction = Omit<ActionInput, "jurisdictionId" | "targetIds">;

/** The problems of a unit's actions, by the service's rules. */
export function actionUnitProblems(records: readonly ImportedAction[]): string[] {
  return records.flatMap((a) =>
    actionFieldProblems({ ...a, jurisdictionId: "" }).map((p) => `${a.title}: ${p.path} ${p.message}`),
  );
}

function digestOfValues(v: ReturnType<typeof actionValuesOf>): string {
  const { jurisdictionId: _j, ...fields } = v;
  return digestOf(fields);
}

/** Writes actions for one import; knows the stored actions of the jurisdictions it has seen. */
export class ActionWriter {
  private readonly known = new Map<string, Set<string>>();

  constructor(
    private readonly actor: Actor,
    private readonly publish: boolean,
  ) {}

  /** Writes the (already checked) actions of one jurisdiction. */
  async write(
    tx: Db,
    jurisdictionId: string,
    records: readonly ImportedAction[],
    out: WriteBuffer,
    counts: KindCounts,
  ): Promise<void> {
    let known = this.known.get(jurisdictionId);
    if (!known) {
      const stored = await actionsOf(tx, [jurisdictionId]);
      known = new Set(stored.map((r) => digestOfValues(actionValuesOf(r))));
      this.known.set(jurisdictionId, known);
    }
    for (const a of records) {
      const values = actionValuesOf({ ...a, jurisdictionId });
      const digest = digestOfValues(values);
      if (known.has(digest)) {
        counts.unchanged += 1;
        continue;
      }
      known.add(digest);
      const id = randomUUID();
      const row = {
        ...values,
        id,
        reviewStatus: this.publish ? "published" : "draft",
        createdBy: this.actor.id,
        updatedBy: this.actor.id,
      };
      out.actions.push(row);
      out.audit.push({ actor: this.actor.id, entity: "action", entityId: id, action: "create", state: row });
      if (this.publish) {
        out.transitions.push({
          entity: "action",
          entityId: id,
          revision: 0,
          fromStatus: "draft",
          toStatus: "published",
          actor: this.actor.id,
          comment: "imported as published",
        });
        out.audit.push({
          actor: this.actor.id,
          entity: "action",
          entityId: id,
          action: "publish",
          state: row,
        });
      }
      counts.created += 1;
    }
  }
}
