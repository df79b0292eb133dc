/**
 * Writes one inventory unit (lines or reported totals): calculates it, compares a canonical hash of what would
 * be written with what is stored (unchanged → nothing written), and creates, updates or publishes a new
 * version, buffering inserts and auditing every write as the workflow would.
 */
import { randomUUID } from "node:crypto";
import type { InventoryLine } from "../../core/document.ts";
import type { GwpSet } from "../../core/gases.ts";
import { canonicalJson } from "../../core/record/canonical-json.ts";
import { contentHashOf, digestOf } from "../../core/record/hash.ts";
import { type ReportedTotals, reportedTotalsResult } from "../../core/reported-totals.ts";
import type { CalcResult } from "../../core/result.ts";
import type { Db } from "../../db/database.ts";
import { inventoryHeads } from "../../db/repositories/import.repository.ts";
import {
  findInventory,
  transitionInventory,
  updateInventory,
} from "../../db/repositories/inventory.repository.ts";
import { findReportedTotals, saveReportedTotals } from "../../db/repositories/reported-totals.repository.ts";
import { headState } from "../inventories/inventory.service.ts";
import { calculateOrRefuse, hashedDocumentOf, headValues } from "../inventories/inventory-document.ts";
import type { Actor } from "../service-helpers.ts";
import type { ImportUnit, KindCounts } from "./import-types.ts";
import type { WriteBuffer } from "./write-buffer.ts";

/** What the import knows of a stored head. */
export interface HeadInfo {
  id: string;
  form: string;
  status: string;
  revision: number;
  publishedRevision: number | null;
  version: number;
  contentHash: string | null;
}

/** The inventory parts of a unit, ready to write. */
export interface InventoryPlan {
  jurisdictionId: string;
  year: number;
  form: "lines" | "reported-totals";
  boundary: string | null;
  gwp: GwpSet;
  population: number | null;
  lines: InventoryLine[];
  reported: ReportedTotals | undefined;
  result: CalcResult;
}

const KIND = "community";

/** Builds the plan of an inventory or reported-totals unit; throws the calculation's DomainError. */
export function planInventory(unit: ImportUnit, jurisdictionId: string): InventoryPlan | undefined {
  const p = unit.payload;
  if (p.kind === "reported-totals") {
    const gwp: GwpSet = "AR5";
    return {
      jurisdictionId,
      year: p.year,
      form: "reported-totals",
      boundary: p.record.boundary,
      gwp,
      population: p.record.population,
      lines: [],
      reported: p.record,
      result: reportedTotalsResult(p.record, gwp),
    };
  }
  if (p.kind !== "inventory") return undefined;
  const input = {
    jurisdictionId,
    year: p.year,
    kind: KIND,
    boundary: p.boundary,
    gwp: p.document.gwp,
    population: p.document.population ?? null,
    lines: p.document.lines,
  };
  const result = calculateOrRefuse(input);
  return {
    ...input,
    form: "lines",
    gwp: result.gwp,
    population: input.population,
    reported: undefined,
    result,
  };
}

/** The canonical JSON of a plan's lines and result, written once for its content hash and audit digests. */
const canonical = new WeakMap<InventoryPlan, Map<object, string>>();

function knownOf(plan: InventoryPlan): Map<object, string> {
  let known = canonical.get(plan);
  if (!known) {
    known = new Map<object, string>([
      [plan.lines, canonicalJson(plan.lines)],
      [plan.result, canonicalJson(plan.result)],
    ]);
    canonical.set(plan, known);
  }
  return known;
}

function hashOf(plan: InventoryPlan, inventoryId: string, number: number): string {
  const doc = { ...plan, inventoryId, number, kind: KIND };
  return contentHashOf(hashedDocumentOf(doc, plan.reported), plan.result, knownOf(plan));
}

/**
 * Writes inventory plans for one import; `heads` follows what is stored and what the import wrote. A
 * jurisdiction's stored heads are read the first time the import writes to it (one query), so an import costs
 * the same whatever the size of the registry; a jurisdiction the import created has none.
 */
export class InventoryWriter {
  /** Keys written by this import: a second unit of the same jurisdiction-year is a duplicate in the file. */
  private readonly written = new Set<string>();
  private readonly heads = new Map<string, HeadInfo>();
  /** Jurisdictions whose stored heads are in `heads`. */
  private readonly known = new Set<string>();

  constructor(
    private readonly actor: Actor,
    private readonly publish: boolean,
  ) {}

  /** Marks a jurisdiction created by this import: nothing of it is stored yet. */
  created(jurisdictionId: string): void {
    this.known.add(jurisdictionId);
  }

  private async headOf(tx: Db, jurisdictionId: string, key: string): Promise<HeadInfo | undefined> {
    if (!this.known.has(jurisdictionId)) {
      this.known.add(jurisdictionId);
      for (const h of await inventoryHeads(tx, [jurisdictionId]))
        this.heads.set(`${h.jurisdictionId}|${h.kind}|${h.year}`, h);
    }
    return this.heads.get(key);
  }

  /** The key of a head in `heads`. */
  static key(jurisdictionId: string, year: number): string {
    return `${jurisdictionId}|${KIND}|${year}`;
  }

  /** Writes a plan; returns what happened (or why it was skipped). */
  async write(
    tx: Db,
    plan: InventoryPlan,
    out: WriteBuffer,
    counts: KindCounts,
  ): Promise<string | undefined> {
    const key = InventoryWriter.key(plan.jurisdictionId, plan.year);
    const head = await this.headOf(tx, plan.jurisdictionId, key);
    if (this.written.has(key)) {
      counts.skipped += 1;
      return "the file gives this jurisdiction-year more than once; the first is imported";
    }
    this.written.add(key);
    if (!head) {
      this.create(plan, key, out);
      counts.created += 1;
      return undefined;
    }
    if (head.form === "lines" && plan.form === "reported-totals") {
      counts.skipped += 1;
      return "a line inventory of this year is stored; reported totals do not replace it";
    }
    if (await this.same(tx, head, plan)) {
      counts.unchanged += 1;
      return undefined;
    }
    const published = head.status === "published" && head.publishedRevision === head.revision;
    const editable = head.status === "draft" || head.status === "returned";
    if (this.publish && published) await this.update(tx, plan, head, head.revision + 1, out);
    else if (!this.publish && editable) await this.update(tx, plan, head, null, out);
    else {
      counts.skipped += 1;
      return `the stored inventory is ${head.status}${this.publish ? "" : " (publish, as an admin, to add a version)"}`;
    }
    counts.updated += 1;
    return undefined;
  }

  private async same(tx: Db, head: HeadInfo, plan: InventoryPlan): Promise<boolean> {
    if (head.status === "published" && head.contentHash)
      return head.form === plan.form && hashOf(plan, head.id, head.revision) === head.contentHash;
    const row = await findInventory(tx, head.id);
    if (!row) return false;
    const reported =
      row.form === "reported-totals" ? await findReportedTotals(tx, row.id, row.revision) : undefined;
    const stored = { ...row, number: row.revision, inventoryId: row.id };
    return (
      row.form === plan.form &&
      digestOf([hashedDocumentOf(stored, reported), row.result]) ===
        digestOf([hashedDocumentOf({ ...stored, ...plan }, plan.reported), plan.result])
    );
  }

  private create(plan: InventoryPlan, key: string, out: WriteBuffer): void {
    const id = randomUUID();
    const status = this.publish ? "published" : "draft";
    const values = headValues({ ...plan, kind: KIND }, plan.jurisdictionId, plan.result, status);
    const head = {
      ...values,
      id,
      status,
      form: plan.form,
      revision: 1,
      publishedRevision: this.publish ? 1 : null,
    };
    out.inventories.push({ ...head, createdBy: this.actor.id, updatedBy: this.actor.id });
    out.lines += plan.lines.length;
    out.audit.push({
      actor: this.actor.id,
      entity: "inventory",
      entityId: id,
      action: "create",
      digest: digestOf(headState(head), knownOf(plan)),
    });
    if (plan.reported) out.reported.push({ inventoryId: id, number: 1, record: plan.reported });
    let contentHash: string | null = null;
    if (this.publish) contentHash = this.publishVersion(plan, id, 1, "draft", out);
    this.heads.set(key, {
      id,
      form: plan.form,
      status,
      revision: 1,
      publishedRevision: head.publishedRevision,
      version: 1,
      contentHash,
    });
  }

  private publishVersion(
    plan: InventoryPlan,
    id: string,
    number: number,
    from: string,
    out: WriteBuffer,
  ): string {
    const contentHash = hashOf(plan, id, number);
    const versionId = randomUUID();
    out.versions.push({
      id: versionId,
      inventoryId: id,
      number,
      jurisdictionId: plan.jurisdictionId,
      year: plan.year,
      kind: KIND,
      form: plan.form,
      boundary: plan.boundary,
      gwp: plan.gwp,
      population: plan.population,
      status: "published",
      lines: plan.lines,
      result: plan.result,
      totalBasic: plan.result.totals.basic,
      checks: [],
      answers: {},
      createdBy: this.actor.id,
      contentHash,
      publishedBy: this.actor.id,
    });
    out.transitions.push({
      entity: "inventory",
      entityId: id,
      revision: number,
      fromStatus: from,
      toStatus: "published",
      actor: this.actor.id,
      comment: "imported as published",
    });
    out.audit.push({
      actor: this.actor.id,
      entity: "inventory_version",
      entityId: versionId,
      action: "publish",
      digest: contentHash,
    });
    return contentHash;
  }

  /** Replaces the head's content; with `newRevision`, as that revision, published. */
  private async update(
    tx: Db,
    plan: InventoryPlan,
    head: HeadInfo,
    newRevision: number | null,
    out: WriteBuffer,
  ) {
    const status = newRevision === null ? head.status : "published";
    const values = {
      ...headValues({ ...plan, kind: KIND }, plan.jurisdictionId, plan.result, status),
      form: plan.form,
    };
    const outcome = await updateInventory(tx, head.id, head.version, values, this.actor.id);
    if (!outcome.ok) throw new Error(`inventory ${head.id} changed during the import`);
    let row = outcome.row;
    const revision = newRevision ?? head.revision;
    if (newRevision !== null) {
      const change = { status, revision: newRevision, publishedRevision: newRevision };
      const moved = await transitionInventory(
        tx,
        head.id,
        { status, revision: head.revision },
        change,
        this.actor.id,
      );
      if (!moved) throw new Error(`inventory ${head.id} changed during the import`);
      row = moved;
    }
    if (plan.reported)
      await saveReportedTotals(tx, [{ inventoryId: head.id, number: revision, record: plan.reported }]);
    out.audit.push({
      actor: this.actor.id,
      entity: "inventory",
      entityId: head.id,
      action: "update",
      digest: digestOf(headState({ ...row, revision, status }), knownOf(plan)),
    });
    let contentHash = head.contentHash;
    if (newRevision !== null) contentHash = this.publishVersion(plan, head.id, newRevision, "published", out);
    Object.assign(head, { form: plan.form, status, revision, version: row.version, contentHash });
    if (newRevision !== null) head.publishedRevision = newRevision;
  }
}
