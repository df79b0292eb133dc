/**
 * The shared use cases of jurisdiction-scoped records (targets, actions, risks): create, read, replace and
 * list, each authorised first and audited in its transaction. Records with a review workflow (targets and
 * actions) are written as drafts, edited only while draft or returned, and seen by the public once published.
 */
import {
  LIGHT_EDITABLE,
  type LightTransition,
  lightStatusAfter,
  lightTransitionProblem,
  type ReviewStatus,
} from "../core/workflow/light-workflow.ts";
import type { CursorKey, Page } from "../db/cursor.ts";
import type { Db } from "../db/database.ts";
import { appendAuditEvent } from "../db/repositories/audit.repository.ts";
import { findJurisdiction } from "../db/repositories/jurisdiction.repository.ts";
import type { PrivateScope, UpdateOutcome } from "../db/repositories/query-helpers.ts";
import { insertTransition } from "../db/repositories/workflow.repository.ts";
import type { Permission } from "../policies/permissions.ts";
import { authorize, privateReadScope } from "../policies/policy.ts";
import { refreshJurisdictionSummaries, refreshJurisdictionSummary } from "./analytics/refresh.ts";
import { invalidTransition, notEditable, notFound, versionConflict } from "./errors.ts";
import {
  type Actor,
  cursorKey,
  foundOrThrow,
  referenceOrThrow,
  requireVersion,
  updatedOrThrow,
} from "./service-helpers.ts";

/** A stored record: its id, jurisdiction and version, and its review status when it has a workflow. */
export interface ScopedRow {
  id: string;
  jurisdictionId: string;
  version: number;
  reviewStatus?: string;
}

/** The SQL one scoped entity needs; `setReviewStatus` when it has the review workflow. */
export interface ScopedRepository<Row, Values, Filter> {
  insert(db: Db, values: Values, actor: string): Promise<Row>;
  find(db: Db, id: string): Promise<Row | undefined>;
  update(
    db: Db,
    id: string,
    expectedVersion: number,
    values: Values,
    actor: string,
  ): Promise<UpdateOutcome<Row>>;
  list(
    db: Db,
    filter: Filter & { after?: CursorKey | undefined; visibleTo?: PrivateScope | undefined },
  ): Promise<Page<Row>>;
  setReviewStatus?(db: Db, id: string, from: string, to: string, actor: string): Promise<Row | undefined>;
}

/** How one entity's input becomes stored values, and the rules it must meet beyond its schema. */
export interface ScopedRules<Input, Values, Row = unknown> {
  kind: string;
  valuesOf(input: Input): Values;
  /** Throws `validation_failed` when the input breaks a rule that needs the database or several fields. */
  check?(tx: Db, input: Input): Promise<void>;
  /** Throws when the record may not make `transition` (e.g. a theme report's blocking check findings). */
  beforeTransition?(row: Row, transition: LightTransition): void;
}

const TRANSITION_PERMISSION: Record<LightTransition, Permission> = {
  submit: "record.submit",
  reopen: "record.reopen",
  publish: "record.publish",
  return: "record.return",
};

/** Create, read, replace, list and (with a workflow) transitions for one jurisdiction-scoped entity. */
export class ScopedService<Input extends { jurisdictionId: string }, Row extends ScopedRow, Values, Filter> {
  constructor(
    private readonly db: Db,
    private readonly repository: ScopedRepository<Row, Values, Filter>,
    private readonly rules: ScopedRules<Input, Values, Row>,
  ) {}

  /** Creates a record (a draft, when it has a workflow) after checking access, its jurisdiction and rules. */
  create(input: Input, actor: Actor): Promise<Row> {
    authorize(actor, "record.write", input.jurisdictionId);
    return this.db.transaction(async (tx) => {
      await this.checkInput(tx, input);
      const row = await this.repository.insert(tx, this.rules.valuesOf(input), actor.id);
      await this.audit(tx, actor, row, "create");
      await refreshJurisdictionSummary(tx, row.jurisdictionId);
      return row;
    });
  }

  /** Reads one record; unpublished ones only for those who may read the jurisdiction's unpublished work. */
  get(id: string, actor: Actor): Promise<Row> {
    const scope = privateReadScope(actor);
    return this.db.transaction(async (tx) => {
      const row = foundOrThrow(await this.repository.find(tx, id), this.rules.kind, id);
      const hidden = row.reviewStatus !== undefined && row.reviewStatus !== "published";
      if (hidden && scope !== "all" && !scope.has(row.jurisdictionId)) throw notFound(this.rules.kind, id);
      return row;
    });
  }

  /** Replaces a record at `expectedVersion`; with a workflow, only while draft or returned. */
  update(id: string, expectedVersion: number | undefined, input: Input, actor: Actor): Promise<Row> {
    authorize(actor, "record.write");
    return this.db.transaction(async (tx) => {
      const current = foundOrThrow(await this.repository.find(tx, id), this.rules.kind, id);
      authorize(actor, "record.write", current.jurisdictionId);
      authorize(actor, "record.write", input.jurisdictionId);
      const version = requireVersion(expectedVersion);
      const status = current.reviewStatus;
      if (status !== undefined && !LIGHT_EDITABLE.has(status as ReviewStatus)) {
        throw notEditable(this.rules.kind, id, status);
      }
      await this.checkInput(tx, input);
      const outcome = await this.repository.update(tx, id, version, this.rules.valuesOf(input), actor.id);
      const row = updatedOrThrow(outcome, this.rules.kind, id, version);
      await this.audit(tx, actor, row, "update");
      await refreshJurisdictionSummaries(tx, [current.jurisdictionId, row.jurisdictionId]);
      return row;
    });
  }

  /** Lists records: published ones for everyone, plus unpublished ones of the jurisdictions `actor` may see. */
  list(query: Filter & { cursor?: string | undefined }, actor: Actor): Promise<Page<Row>> {
    const scope = privateReadScope(actor);
    const visibleTo: PrivateScope = scope === "all" ? "all" : [...scope];
    return this.db.transaction((tx) =>
      this.repository.list(tx, { ...query, after: cursorKey(query.cursor), visibleTo }),
    );
  }

  /** Makes a review transition (submit, publish, return, reopen), recording who and why. */
  transition(
    id: string,
    transition: LightTransition,
    comment: string | null,
    actor: Actor,
    expectedVersion?: number,
  ) {
    const permission = TRANSITION_PERMISSION[transition];
    authorize(actor, permission);
    return this.db.transaction(async (tx): Promise<Row> => {
      const setStatus = this.repository.setReviewStatus;
      const current = foundOrThrow(await this.repository.find(tx, id), this.rules.kind, id);
      authorize(actor, permission, current.jurisdictionId);
      if (!setStatus || current.reviewStatus === undefined) throw notFound(`${this.rules.kind} workflow`, id);
      if (expectedVersion !== undefined && expectedVersion !== current.version) {
        throw versionConflict(expectedVersion, current.version);
      }
      const from = current.reviewStatus as ReviewStatus;
      const problem = lightTransitionProblem(transition, from);
      if (problem) throw invalidTransition(problem, { status: from, transition });
      this.rules.beforeTransition?.(current, transition);
      const to = lightStatusAfter(transition);
      const row = await setStatus(tx, id, from, to, actor.id);
      if (!row) throw invalidTransition(`${this.rules.kind} ${id} changed while this ${transition} was made`);
      const why = comment?.trim() || null;
      await insertTransition(tx, {
        entity: this.rules.kind,
        entityId: id,
        revision: 0,
        fromStatus: from,
        toStatus: to,
        actor: actor.id,
        comment: why,
      });
      await this.audit(tx, actor, row, transition);
      await refreshJurisdictionSummary(tx, row.jurisdictionId);
      return row;
    });
  }

  private audit(tx: Db, actor: Actor, row: Row, action: string) {
    return appendAuditEvent(tx, {
      actor: actor.id,
      entity: this.rules.kind,
      entityId: row.id,
      action,
      state: auditState(row),
    });
  }

  private async checkInput(tx: Db, input: Input): Promise<void> {
    const jurisdiction = await findJurisdiction(tx, input.jurisdictionId);
    referenceOrThrow(jurisdiction, "jurisdictionId", "jurisdiction", input.jurisdictionId);
    await this.rules.check?.(tx, input);
  }
}

/** The audited state of a record: every field except the bookkeeping timestamps (its digest is the event's). */
export function auditState(row: ScopedRow): unknown {
  const {
    createdAt: _c,
    updatedAt: _u,
    ...state
  } = row as ScopedRow & { createdAt?: unknown; updatedAt?: unknown };
  return state;
}
