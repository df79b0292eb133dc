/** The record of an inventory: GET versions, one version, comments (threads) and POST a comment. */
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { InventoryStatus } from "../../core/workflow/inventory-workflow.ts";
import type { CommentRow, TransitionRow } from "../../db/repositories/workflow.repository.ts";
import type {
  CommentInput as CommentInputValue,
  VersionEntry,
} from "../../services/inventories/inventory-history.service.ts";
import type { Services } from "../../services/services.ts";
import { principalOf } from "../common/auth-context.ts";
import { json, valid } from "../common/route-helpers.ts";
import { AUTH_ERRORS, IdParam, READ_ERRORS, WRITE_ERRORS } from "../common/schema.ts";
import {
  Comment,
  CommentInput,
  CommentQuery,
  Thread,
  VersionDetail,
  VersionParams,
  VersionSummary,
} from "./record-schema.ts";

const tags = ["inventories"];

function presentTransition(t: TransitionRow) {
  return { from: t.fromStatus, to: t.toStatus, actor: t.actor, at: t.at.toISOString(), comment: t.comment };
}

function presentSummary(e: VersionEntry): z.input<typeof VersionSummary> {
  const { row } = e;
  return {
    inventoryId: row.inventoryId,
    version: row.number,
    status: row.status as InventoryStatus,
    contentHash: row.contentHash,
    createdAt: row.createdAt.toISOString(),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    totals: {
      basic: row.result.totals.basic,
      basicPlus: row.result.totals.basicPlus,
      territorial: row.result.totals.territorial,
    },
    changes: e.diff,
    history: e.history?.map(presentTransition) ?? null,
  };
}

function presentDetail(e: VersionEntry): z.input<typeof VersionDetail> {
  const { issues: _issues, ...results } = e.row.result;
  return {
    ...presentSummary(e),
    jurisdictionId: e.row.jurisdictionId,
    year: e.row.year,
    kind: e.row.kind,
    boundary: e.row.boundary,
    gwp: e.row.gwp,
    population: e.row.population,
    form: e.row.form === "reported-totals" ? "reported-totals" : "lines",
    reportedTotals: e.reported,
    lines: e.row.lines,
    results,
    checks: e.checks,
    answers: e.answers,
  };
}

function presentComment(c: CommentRow): z.input<typeof Comment> {
  return {
    id: c.id,
    revision: c.revision,
    parentId: c.parentId,
    anchor: c.anchor as "inventory",
    line: c.line,
    gpc: c.gpc,
    body: c.body,
    authorId: c.authorId,
    createdAt: c.createdAt.toISOString(),
  };
}

/** Groups comments into threads: each top-level comment with its replies. */
function threads(rows: CommentRow[]): Array<z.input<typeof Thread>> {
  const top = rows.filter((r) => r.parentId === null);
  return top.map((t) => ({
    ...presentComment(t),
    replies: rows.filter((r) => r.parentId === t.id).map(presentComment),
  }));
}

/** Adds the record routes to the inventory router. */
export function addRecordRoutes(app: OpenAPIHono, services: Services): void {
  const history = services.inventoryHistory;
  app.openapi(
    createRoute({
      method: "get",
      path: "/{id}/versions",
      tags,
      summary: "List versions with content hashes and what changed (the public: published versions only)",
      operationId: "list-inventory-versions",
      request: { params: IdParam },
      responses: {
        200: json(z.object({ items: z.array(VersionSummary) }), "the versions, oldest first"),
        ...READ_ERRORS,
      },
    }),
    async (c) => {
      const { id } = valid<{ id: string }>(c, "param");
      const entries = await history.versions(id, principalOf(c));
      return c.json({ items: entries.map(presentSummary) }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/{id}/versions/{number}",
      tags,
      summary: "Read one version in full (the public: published versions only)",
      operationId: "get-inventory-version",
      request: { params: VersionParams },
      responses: { 200: json(VersionDetail, "the version"), ...READ_ERRORS },
    }),
    async (c) => {
      const { id, number } = valid<z.output<typeof VersionParams>>(c, "param");
      return c.json(presentDetail(await history.version(id, number, principalOf(c))), 200);
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/{id}/comments",
      tags,
      summary: "List comment threads (the jurisdiction's users, reviewers and admins)",
      operationId: "list-inventory-comments",
      request: { params: IdParam, query: CommentQuery },
      responses: {
        200: json(z.object({ items: z.array(Thread) }), "threads, oldest first"),
        ...READ_ERRORS,
        ...AUTH_ERRORS,
      },
    }),
    async (c) => {
      const { id } = valid<{ id: string }>(c, "param");
      const { revision } = valid<z.output<typeof CommentQuery>>(c, "query");
      return c.json({ items: threads(await history.comments(id, principalOf(c), revision)) }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: "post",
      path: "/{id}/comments",
      tags,
      summary: "Comment on the inventory, a line or a GPC row, or reply to a comment",
      operationId: "create-inventory-comment",
      request: {
        params: IdParam,
        body: { required: true, content: { "application/json": { schema: CommentInput } } },
      },
      responses: { 201: json(Comment, "the comment"), ...WRITE_ERRORS },
    }),
    async (c) => {
      const { id } = valid<{ id: string }>(c, "param");
      const input = valid<z.output<typeof CommentInput>>(c, "json");
      const row = await history.comment(id, input as CommentInputValue, principalOf(c));
      return c.json(presentComment(row), 201);
    },
  );
}
