/** Schemas of an inventory's record: versions with content hashes and what changed, transitions and comments. */
import { z } from "@hono/zod-openapi";
import { INVENTORY_STATUSES } from "../../core/workflow/inventory-workflow.ts";
import { IdParam } from "../common/schema.ts";
import { InventoryLine, InventoryResults, ReportedTotals, ReviewCheck } from "./schema.ts";

const TotalChange = z.object({ from: z.number(), to: z.number(), delta: z.number() });

/** What changed from the version before. */
export const VersionDiff = z
  .object({
    linesAdded: z.number().int(),
    linesRemoved: z.number().int(),
    rowsChanged: z.array(z.string()),
    totals: z.object({ basic: TotalChange, basicPlus: TotalChange, territorial: TotalChange }),
  })
  .openapi("VersionDiff");

/** One recorded transition: who, when, from, to and why. */
export const Transition = z
  .object({
    from: z.string(),
    to: z.string(),
    actor: z.string(),
    at: z.string(),
    comment: z.string().nullable(),
  })
  .openapi("Transition");

/** A version in the history list. */
export const VersionSummary = z
  .object({
    inventoryId: z.uuid(),
    version: z.number().int(),
    status: z.enum(INVENTORY_STATUSES),
    contentHash: z.string().nullable(),
    createdAt: z.string(),
    publishedAt: z.string().nullable(),
    totals: z.object({ basic: z.number(), basicPlus: z.number(), territorial: z.number() }),
    changes: VersionDiff.nullable().openapi({ description: "what changed from the version listed before" }),
    history: z
      .array(Transition)
      .nullable()
      .openapi({ description: "transitions (jurisdiction users and reviewers)" }),
  })
  .openapi("VersionSummary");

/** One version in full. */
export const VersionDetail = VersionSummary.extend({
  jurisdictionId: z.uuid(),
  year: z.number(),
  kind: z.string(),
  boundary: z.string().nullable(),
  gwp: z.string(),
  population: z.number().nullable(),
  form: z.enum(["lines", "reported-totals"]),
  reportedTotals: ReportedTotals.nullable().openapi({
    description: "the totals of this version (reported-totals only)",
  }),
  lines: z.array(InventoryLine),
  results: InventoryResults,
  checks: z.array(ReviewCheck).nullable(),
  answers: z.record(z.string(), z.string()).nullable(),
}).openapi("InventoryVersion");

/** The path of one version. */
export const VersionParams = IdParam.extend({
  number: z.coerce
    .number()
    .int()
    .min(1)
    .openapi({ param: { name: "number", in: "path" }, example: 1 }),
});

/** A comment as presented, with its replies. */
export const Comment = z
  .object({
    id: z.uuid(),
    revision: z.number().int(),
    parentId: z.uuid().nullable(),
    anchor: z.enum(["inventory", "line", "row"]),
    line: z.number().int().nullable(),
    gpc: z.string().nullable(),
    body: z.string(),
    authorId: z.string(),
    createdAt: z.string(),
  })
  .openapi("Comment");

/** A thread: a comment and its replies, oldest first. */
export const Thread = Comment.extend({ replies: z.array(Comment) }).openapi("CommentThread");

/** What a client writes: a comment on the inventory, a line (1-based) or a GPC row, or a reply. */
export const CommentInput = z
  .strictObject({
    anchor: z.enum(["inventory", "line", "row"]).default("inventory"),
    line: z.number().int().min(1).optional(),
    gpc: z.string().max(20).optional(),
    body: z.string().trim().min(1).max(8000),
    parentId: z.uuid().optional().openapi({ description: "reply to this comment (its anchor is kept)" }),
    revision: z
      .number()
      .int()
      .min(1)
      .optional()
      .openapi({ description: "the version; the current one by default" }),
  })
  .refine((c) => c.anchor !== "line" || c.line !== undefined, {
    path: ["line"],
    message: "a line comment needs line",
  })
  .refine((c) => c.anchor !== "row" || c.gpc !== undefined, {
    path: ["gpc"],
    message: "a row comment needs gpc",
  })
  .openapi("CommentInput");

/** Which comments to list. */
export const CommentQuery = z.object({ revision: z.coerce.number().int().min(1).optional() });

/** The body of an inventory transition: why, and for submit the answers to warnings by check id. */
export const InventoryTransitionBody = z
  .strictObject({
    comment: z.string().max(4000).nullable().optional(),
    answers: z
      .record(z.string().max(200), z.string().max(4000))
      .optional()
      .openapi({ description: "submit: an answer to each warning, keyed by the check's id" }),
  })
  .openapi("InventoryTransition");
