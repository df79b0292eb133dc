/**
 * Writes a jurisdiction's targets from a file: a target is known by a digest of its fields, so a target already
 * stored is unchanged and any other is created (files carry no target ids); checked by the service's rules.
 */
import { randomUUID } from "node:crypto";
import { digestOf } from "../../core/record/hash.ts";
import type { Db } from "../../db/database.ts";
import { targetsOf } from "../../db/repositories/import.repository.ts";
import type { TargetRecord } from "../../io/records.ts";
import type { Actor } from "../service-helpers.ts";
import { type TargetInput, targetProblems } from "../target.service.ts";
import type { KindCounts } from "./import-types.ts";
import type { WriteBuffer } from "./write-buffer.ts";

type Fields = Omit<TargetInput, "jurisdictionId" | "status" | "gases" | "theme" | "indicator"> & {
  unit: string;
};

function fieldsOf(t: TargetRecord & { targetYear: number }): Fields {
  const intensity = t.type === "base-year-intensity" && t.baseIntensity;
  return {
    type: t.type,
    scope: t.scope,
    sectors: t.sectors,
    unit: intensity ? `tCO2e per ${t.baseIntensity?.unit ?? "unit"}` : "tCO2e",
    baseYear: t.baseYear,
    baseValue: intensity ? (t.baseIntensity?.value ?? null) : t.baseValue,
    targetYear: t.targetYear,
    targetValue: t.targetValue,
    reductionPercent: t.reductionPercent,
    bauValue: t.bauValue,
    description: t.description,
  };
}

function digestOfFields(f: Fields): string {
  return digestOf([
    f.type,
    f.scope,
    f.sectors,
    f.unit,
    f.baseYear,
    f.baseValue,
    f.targetYear,
    f.targetValue,
    f.reductionPercent,
    f.bauValue,
    f.description,
  ]);
}

/** A problem with one target of a unit: the file line and why. */
export interface TargetProblem {
  line: number;
  message: string;
}

/** Checks a unit's targets with the service's rules; the problems name each line. */
export function targetUnitProblems(records: readonly TargetRecord[]): TargetProblem[] {
  const problems: TargetProblem[] = [];
  for (const t of records) {
    const line = t.provenance.line;
    if (t.targetYear === null) {
      problems.push({ line, message: "the target has no target year" });
      continue;
    }
    const f = fieldsOf({ ...t, targetYear: t.targetYear });
    for (const p of targetProblems({ ...f, jurisdictionId: "" }))
      problems.push({ line, message: `${p.path} ${p.message}` });
  }
  return problems;
}

/** Writes targets for one import; knows the stored targets of the jurisdictions it has seen. */
export class TargetWriter {
  private readonly known = new Map<string, Set<string>>();

  constructor(
    private readonly actor: Actor,
    private readonly publish: boolean,
  ) {}

  /** Writes the (already checked) targets of one jurisdiction. */
  async write(
    tx: Db,
    jurisdictionId: string,
    records: readonly TargetRecord[],
    out: WriteBuffer,
    counts: KindCounts,
  ) {
    let known = this.known.get(jurisdictionId);
    if (!known) {
      const stored = await targetsOf(tx, [jurisdictionId]);
      known = new Set(stored.map((r) => digestOfFields({ ...r, sectors: r.sectors })));
      this.known.set(jurisdictionId, known);
    }
    for (const t of records) {
      if (t.targetYear === null) continue;
      const f = fieldsOf({ ...t, targetYear: t.targetYear });
      const digest = digestOfFields(f);
      if (known.has(digest)) {
        counts.unchanged += 1;
        continue;
      }
      known.add(digest);
      const id = randomUUID();
      const reviewStatus = this.publish ? "published" : "draft";
      const values = {
        ...f,
        id,
        jurisdictionId,
        sectors: f.sectors ?? [],
        reviewStatus,
        createdBy: this.actor.id,
        updatedBy: this.actor.id,
      };
      out.targets.push(values);
      out.audit.push({
        actor: this.actor.id,
        entity: "target",
        entityId: id,
        action: "create",
        state: values,
      });
      if (this.publish) {
        out.transitions.push({
          entity: "target",
          entityId: id,
          revision: 0,
          fromStatus: "draft",
          toStatus: "published",
          actor: this.actor.id,
          comment: "imported as published",
        });
        out.audit.push({
          actor: this.actor.id,
          entity: "target",
          entityId: id,
          action: "publish",
          state: values,
        });
      }
      counts.created += 1;
    }
  }
}
