/**
 * An inventory's record: its versions with content hashes and what changed, each version in full with its
 * status history, and the comment threads kept with each version. The public sees published versions only;
 * history, checks and comments are for the jurisdiction's users and the network's reviewers and admins.
 */

import { GPC_ROWS } from "../../core/gpc/catalogue.ts";
import type { ReportedTotals } from "../../core/reported-totals.ts";
import type { ReviewCheck } from "../../core/review/review-checks.ts";
import { diffVersions, type VersionDiff } from "../../core/review/version-diff.ts";
import type { Db } from "../../db/database.ts";
import { appendAuditEvent } from "../../db/repositories/audit.repository.ts";
import { findInventory } from "../../db/repositories/inventory.repository.ts";
import {
  findVersion,
  listVersions,
  type VersionRow,
} from "../../db/repositories/inventory-version.repository.ts";
import { reportedTotalsOf } from "../../db/repositories/reported-totals.repository.ts";
import {
  type CommentRow,
  commentsOf,
  findComment,
  insertComment,
  type TransitionRow,
  transitionsOf,
} from "../../db/repositories/workflow.repository.ts";
import { authorize, can } from "../../policies/policy.ts";
import { notFound, validationFailed } from "../errors.ts";
import { type Actor, foundOrThrow } from "../service-helpers.ts";

/** One version in the history: the stored row, what changed from the version before, and its transitions. */
export interface VersionEntry {
  row: VersionRow;
  /** The version's reported totals (reported-totals versions only). */
  reported: ReportedTotals | null;
  diff: VersionDiff | null;
  /** Transitions of this version (null for the public). */
  history: TransitionRow[] | null;
  /** Checks and answers (null for the public). */
  checks: ReviewCheck[] | null;
  answers: Record<string, string> | null;
}

/** Where a comment is anchored. */
export type CommentAnchor =
  | { anchor: "inventory" }
  | { anchor: "line"; line: number }
  | { anchor: "row"; gpc: string };

/** What a client writes to comment or reply. */
export type CommentInput = CommentAnchor & {
  body: string;
  parentId?: string | undefined;
  revision?: number | undefined;
};

const GPC_REFS = new Set(GPC_ROWS.map((r) => r.ref));

/** Inventory history use cases over one database. */
export class InventoryHistoryService {
  constructor(private readonly db: Db) {}

  /** The versions `actor` may see, oldest first, each with what changed from the previous one listed. */
  versions(id: string, actor: Actor): Promise<VersionEntry[]> {
    return this.db.transaction(async (tx) => {
      const head = foundOrThrow(await findInventory(tx, id), "inventory", id);
      const full = can(actor, "record.read_private", head.jurisdictionId);
      const rows = await listVersions(tx, id, !full);
      if (rows.length === 0 && !full) throw notFound("published inventory", id);
      const history = full ? await transitionsOf(tx, id) : [];
      const totalsOnly = rows.some((r) => r.form === "reported-totals");
      const reported = totalsOnly ? await reportedTotalsOf(tx, [id]) : new Map();
      return rows.map((row, i) => {
        const before = rows[i - 1];
        return {
          row,
          reported:
            row.form === "reported-totals" ? (reported.get(`${id}:${row.number}`)?.record ?? null) : null,
          diff: before
            ? diffVersions(
                { lines: before.lines, totals: before.result.totals },
                { lines: row.lines, totals: row.result.totals },
              )
            : null,
          history: full ? history.filter((t) => t.revision === row.number) : null,
          checks: full ? row.checks : null,
          answers: full ? row.answers : null,
        };
      });
    });
  }

  /** One version in full; the public may read published versions only. */
  async version(id: string, number: number, actor: Actor): Promise<VersionEntry> {
    const entries = await this.versions(id, actor);
    const entry = entries.find((e) => e.row.number === number);
    if (!entry) throw notFound("inventory version", `${id}/${number}`);
    return entry;
  }

  /** The comments on an inventory (of one version when `revision` is given), oldest first. */
  comments(id: string, actor: Actor, revision?: number): Promise<CommentRow[]> {
    authorize(actor, "record.read_private");
    return this.db.transaction(async (tx) => {
      const head = foundOrThrow(await findInventory(tx, id), "inventory", id);
      authorize(actor, "record.read_private", head.jurisdictionId);
      return commentsOf(tx, id, revision);
    });
  }

  /** Adds a comment on the current version (a line, a GPC row or the whole inventory), or a reply to one. */
  comment(id: string, input: CommentInput, actor: Actor): Promise<CommentRow> {
    authorize(actor, "inventory.comment");
    return this.db.transaction(async (tx) => {
      const head = foundOrThrow(await findInventory(tx, id), "inventory", id);
      authorize(actor, "inventory.comment", head.jurisdictionId);
      const revision = input.revision ?? head.revision;
      const parent = input.parentId ? await findComment(tx, input.parentId) : undefined;
      if (input.parentId && (!parent || parent.inventoryId !== id)) {
        throw validationFailed([
          { path: "parentId", message: `comment ${input.parentId} is not on this inventory` },
        ]);
      }
      const anchor: CommentAnchor = parent ? anchorOf(parent) : input;
      const lines = revision === head.revision ? head.lines : (await findVersion(tx, id, revision))?.lines;
      if (!lines)
        throw validationFailed([{ path: "revision", message: `inventory ${id} has no version ${revision}` }]);
      if (anchor.anchor === "line" && (anchor.line < 1 || anchor.line > lines.length)) {
        throw validationFailed([
          { path: "line", message: `must be a line of the version, 1–${lines.length}` },
        ]);
      }
      if (anchor.anchor === "row" && !GPC_REFS.has(anchor.gpc)) {
        throw validationFailed([{ path: "gpc", message: `${anchor.gpc} is not a GPC row` }]);
      }
      const row = await insertComment(tx, {
        inventoryId: id,
        revision: parent?.revision ?? revision,
        parentId: parent?.parentId ?? parent?.id ?? null,
        anchor: anchor.anchor,
        line: anchor.anchor === "line" ? anchor.line : null,
        gpc: anchor.anchor === "row" ? anchor.gpc : null,
        body: input.body,
        authorId: actor.id,
      });
      await appendAuditEvent(tx, {
        actor: actor.id,
        entity: "comment",
        entityId: row.id,
        action: "create",
        state: row,
      });
      return row;
    });
  }
}

function anchorOf(c: CommentRow): CommentAnchor {
  if (c.anchor === "line" && c.line !== null) return { anchor: "line", line: c.line };
  if (c.anchor === "row" && c.gpc !== null) return { anchor: "row", gpc: c.gpc };
  return { anchor: "inventory" };
}
