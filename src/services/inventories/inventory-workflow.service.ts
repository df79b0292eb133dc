/**
 * The MRV workflow of inventories: submit (with automated checks that must pass and warnings that need an
 * answer), approve, take into review, verify, return, publish (freezing the version under a content hash), and
 * correct (start the next version from the published one). Each transition is one transaction that records
 * who, when and why, and appends an audit event.
 */
import { contentHashOf } from "../../core/record/hash.ts";
import { reviewChecks, unresolved } from "../../core/review/review-checks.ts";
import {
  type InventoryStatus,
  type InventoryTransition,
  statusAfter,
  transitionProblem,
} from "../../core/workflow/inventory-workflow.ts";
import type { Db } from "../../db/database.ts";
import { appendAuditEvent } from "../../db/repositories/audit.repository.ts";
import {
  findInventory,
  type HeadChange,
  type InventoryRow,
  transitionInventory,
} from "../../db/repositories/inventory.repository.ts";
import {
  findPreviousVerified,
  findVersion,
  publishVersion,
  saveSubmittedVersion,
  setVersionStatus,
  type VersionRow,
} from "../../db/repositories/inventory-version.repository.ts";
import { findJurisdiction } from "../../db/repositories/jurisdiction.repository.ts";
import { seriesOf } from "../../db/repositories/jurisdiction-series.repository.ts";
import { findReportedTotals, saveReportedTotals } from "../../db/repositories/reported-totals.repository.ts";
import { insertTransition } from "../../db/repositories/workflow.repository.ts";
import type { Permission } from "../../policies/permissions.ts";
import { authorize } from "../../policies/policy.ts";
import { refreshJurisdictionSummary } from "../analytics/refresh.ts";
import { DomainError, invalidTransition, versionConflict } from "../errors.ts";
import { type Actor, foundOrThrow } from "../service-helpers.ts";
import { hashedDocumentOf, versionDocumentOf } from "./inventory-document.ts";
import { type InventoryView, workingView } from "./inventory-view.ts";

/** What a transition request carries: why, and for submit the answers to warnings by check id. */
export interface TransitionInput {
  comment?: string | null | undefined;
  answers?: Record<string, string> | undefined;
}

/** The permission each transition needs (a return before approval may also be made by the city's approver). */
function permissionOf(transition: InventoryTransition, from: InventoryStatus | undefined): Permission {
  switch (transition) {
    case "submit":
    case "correct":
      return "record.submit";
    case "approve":
      return "inventory.approve";
    case "review":
      return "inventory.review";
    case "verify":
      return "inventory.verify";
    case "return":
      return from === undefined || from === "submitted" ? "inventory.return_submission" : "inventory.return";
    case "publish":
      return "inventory.publish";
  }
}

/** Inventory workflow use cases over one database. */
export class InventoryWorkflowService {
  constructor(private readonly db: Db) {}

  /** Makes `transition` on inventory `id`; `expectedVersion` (If-Match) is checked when given. */
  transition(
    id: string,
    transition: InventoryTransition,
    input: TransitionInput,
    actor: Actor,
    expectedVersion?: number,
  ): Promise<InventoryView> {
    authorize(actor, permissionOf(transition, undefined));
    return this.db.transaction(async (tx) => {
      const head = foundOrThrow(await findInventory(tx, id), "inventory", id);
      const from = head.status as InventoryStatus;
      authorize(actor, permissionOf(transition, from), head.jurisdictionId);
      if (expectedVersion !== undefined && expectedVersion !== head.version) {
        throw versionConflict(expectedVersion, head.version);
      }
      const jurisdiction = foundOrThrow(
        await findJurisdiction(tx, head.jurisdictionId),
        "jurisdiction",
        head.jurisdictionId,
      );
      const problem = transitionProblem(transition, from, jurisdiction.requiresApprover);
      if (problem) throw invalidTransition(problem, { status: from, transition });
      const to = statusAfter(transition);
      let current: VersionRow | undefined;
      const change: HeadChange = { status: to };
      if (transition === "submit") {
        current = await this.submitVersion(tx, head, input.answers ?? {}, actor);
      } else if (transition === "correct") {
        change.revision = head.revision + 1;
        // The next version of a reported-totals inventory starts from the published totals, as lines do.
        const reported = await this.reportedOf(tx, head.form, id, head.revision);
        if (reported)
          await saveReportedTotals(tx, [{ inventoryId: id, number: change.revision, record: reported }]);
      } else {
        const version = foundOrThrow(
          await findVersion(tx, id, head.revision),
          "inventory version",
          `${id}/${head.revision}`,
        );
        if (transition === "publish") {
          const reported = await this.reportedOf(tx, version.form, id, version.number);
          const hash = contentHashOf(hashedDocumentOf(version, reported), version.result);
          current = await publishVersion(tx, version.id, hash, actor.id);
          change.publishedRevision = head.revision;
          await appendAuditEvent(tx, {
            actor: actor.id,
            entity: "inventory_version",
            entityId: version.id,
            action: "publish",
            digest: hash,
          });
        } else {
          await setVersionStatus(tx, version.id, to);
          current = { ...version, status: to };
        }
      }
      const row = await transitionInventory(
        tx,
        id,
        { status: from, revision: head.revision },
        change,
        actor.id,
      );
      if (!row)
        throw invalidTransition(`inventory ${id} changed while this ${transition} was made; reload it`);
      const comment = input.comment?.trim() || null;
      await insertTransition(tx, {
        entity: "inventory",
        entityId: id,
        revision: head.revision,
        fromStatus: from,
        toStatus: to,
        actor: actor.id,
        comment,
      });
      await appendAuditEvent(tx, {
        actor: actor.id,
        entity: "inventory",
        entityId: id,
        action: transition,
        state: {
          id,
          revision: row.revision,
          status: row.status,
          publishedRevision: row.publishedRevision,
          comment,
        },
      });
      await refreshJurisdictionSummary(tx, head.jurisdictionId);
      const reported = await this.reportedOf(tx, row.form, id, row.revision);
      return workingView(row, transition === "correct" ? undefined : current, reported ?? null);
    });
  }

  /** The reported totals of a reported-totals version; a missing record is a broken inventory, never skipped. */
  private async reportedOf(tx: Db, form: string, id: string, number: number) {
    if (form !== "reported-totals") return undefined;
    const reported = await findReportedTotals(tx, id, number);
    if (!reported)
      throw new DomainError(
        "invalid_inventory",
        `inventory ${id} is a reported-totals inventory without totals for version ${number}`,
      );
    return reported;
  }

  /** Runs the automated checks and writes the submitted version; `checks_failed` names what blocks it. */
  private async submitVersion(tx: Db, head: InventoryRow, answers: Record<string, string>, actor: Actor) {
    const previous = await findPreviousVerified(tx, head);
    const reported = await this.reportedOf(tx, head.form, head.id, head.revision);
    const population = (await seriesOf(tx, [head.jurisdictionId])).get(head.jurisdictionId) ?? [];
    const match = population.find((p) => p.indicator === "population" && p.value === head.population);
    const checks = reviewChecks({
      year: head.year,
      result: head.result,
      rows: head.lines.map((l) => l.gpc),
      previous: previous ? { year: previous.year, result: previous.result } : null,
      populationYear: reported?.populationYear ?? match?.year ?? null,
      reported: reported?.totals,
    });
    const { errors, unanswered } = unresolved(checks, answers);
    if (errors.length > 0 || unanswered.length > 0) {
      const parts = [
        errors.length > 0 ? `${errors.length} error(s) must be fixed` : "",
        unanswered.length > 0
          ? `${unanswered.length} warning(s) need an answer in \`answers\` by check id`
          : "",
      ].filter(Boolean);
      throw new DomainError("checks_failed", `the inventory cannot be submitted: ${parts.join("; ")}`, {
        errors,
        unanswered,
      });
    }
    const known = new Set(checks.map((c) => c.id));
    const kept = Object.fromEntries(Object.entries(answers).filter(([id]) => known.has(id)));
    return saveSubmittedVersion(tx, {
      inventoryId: head.id,
      number: head.revision,
      ...versionDocumentOf(head),
      status: "submitted",
      checks,
      answers: kept,
      createdBy: actor.id,
    });
  }
}
