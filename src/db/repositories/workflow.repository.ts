/** SQL for workflow transitions and comment threads. */
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../database.ts";
import { comments, workflowTransitions } from "../schema/index.ts";

/** A recorded transition. */
export type TransitionRow = typeof workflowTransitions.$inferSelect;

/** A comment row. */
export type CommentRow = typeof comments.$inferSelect;

/** Records a transition: who moved what from which status to which, and why. */
export async function insertTransition(
  db: Db,
  values: Omit<typeof workflowTransitions.$inferInsert, "id" | "at">,
): Promise<TransitionRow> {
  const [row] = await db.insert(workflowTransitions).values(values).returning();
  return row as TransitionRow;
}

/** The transitions of an entity, oldest first; of some revisions only when `revisions` is given. */
export async function transitionsOf(
  db: Db,
  entityId: string,
  revisions?: number[],
): Promise<TransitionRow[]> {
  return db
    .select()
    .from(workflowTransitions)
    .where(
      and(
        eq(workflowTransitions.entityId, entityId),
        revisions ? inArray(workflowTransitions.revision, revisions.length ? revisions : [-1]) : undefined,
      ),
    )
    .orderBy(asc(workflowTransitions.at), asc(workflowTransitions.id));
}

/** Inserts a comment. */
export async function insertComment(
  db: Db,
  values: Omit<typeof comments.$inferInsert, "id" | "createdAt">,
): Promise<CommentRow> {
  const [row] = await db.insert(comments).values(values).returning();
  return row as CommentRow;
}

/** Reads one comment. */
export async function findComment(db: Db, id: string): Promise<CommentRow | undefined> {
  const [row] = await db.select().from(comments).where(eq(comments.id, id));
  return row;
}

/** The comments on an inventory, oldest first; of one version when `revision` is given. */
export async function commentsOf(db: Db, inventoryId: string, revision?: number): Promise<CommentRow[]> {
  return db
    .select()
    .from(comments)
    .where(
      and(
        eq(comments.inventoryId, inventoryId),
        revision === undefined ? undefined : eq(comments.revision, revision),
      ),
    )
    .orderBy(asc(comments.createdAt), asc(comments.id));
}
