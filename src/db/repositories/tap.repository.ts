/** SQL for Transformative Actions Program projects and funders' interest in them. */
import { and, arrayContains, asc, eq, gte, lte, type SQL, sql } from "drizzle-orm";
import { type CursorKey, type Page, toPage } from "../cursor.ts";
import type { Db } from "../database.ts";
import { tapInterests, tapProjects, users } from "../schema/index.ts";
import {
  afterTimestamp,
  bump,
  clampLimit,
  containsText,
  inCountry,
  missedUpdate,
  type PrivateScope,
  type UpdateOutcome,
  visibleRows,
} from "./query-helpers.ts";

/** A TAP project row. */
export type TapProjectRow = typeof tapProjects.$inferSelect;

/** The writable fields of a TAP project. */
export type TapProjectValues = Omit<
  typeof tapProjects.$inferInsert,
  "id" | "createdAt" | "updatedAt" | "createdBy" | "updatedBy" | "version" | "reviewStatus"
>;

/** Filters of the project list (what funders browse by); every one optional. */
export interface TapProjectFilter {
  jurisdictionId?: string | undefined;
  country?: string | undefined;
  stage?: string | undefined;
  sector?: string | undefined;
  agenda?: string | undefined;
  minFinance?: number | undefined;
  maxFinance?: number | undefined;
  q?: string | undefined;
  reviewStatus?: string | undefined;
  visibleTo?: PrivateScope | undefined;
  limit?: number | undefined;
  after?: CursorKey | undefined;
}

/** Inserts a project. */
export async function insertTapProject(db: Db, values: TapProjectValues, actor: string) {
  const [row] = await db
    .insert(tapProjects)
    .values({ ...values, createdBy: actor, updatedBy: actor })
    .returning();
  return row as TapProjectRow;
}

/** Reads one project. */
export async function findTapProject(db: Db, id: string): Promise<TapProjectRow | undefined> {
  const [row] = await db.select().from(tapProjects).where(eq(tapProjects.id, id));
  return row;
}

/** Replaces a project's fields if its version is still `expectedVersion`. */
export async function updateTapProject(
  db: Db,
  id: string,
  expectedVersion: number,
  values: TapProjectValues,
  actor: string,
): Promise<UpdateOutcome<TapProjectRow>> {
  const [row] = await db
    .update(tapProjects)
    .set({ ...values, ...bump(tapProjects.version, actor) })
    .where(and(eq(tapProjects.id, id), eq(tapProjects.version, expectedVersion)))
    .returning();
  if (row) return { ok: true, row };
  const [current] = await db
    .select({ version: tapProjects.version })
    .from(tapProjects)
    .where(eq(tapProjects.id, id));
  return missedUpdate(current);
}

/** Lists projects in (created_at, id) order, filtered, one page at a time. */
export async function listTapProjects(db: Db, filter: TapProjectFilter): Promise<Page<TapProjectRow>> {
  const limit = clampLimit(filter.limit);
  const where: SQL[] = [];
  if (filter.jurisdictionId) where.push(eq(tapProjects.jurisdictionId, filter.jurisdictionId));
  if (filter.country) where.push(inCountry(tapProjects.jurisdictionId, filter.country));
  if (filter.stage) where.push(eq(tapProjects.stage, filter.stage));
  if (filter.sector) where.push(arrayContains(tapProjects.sectors, [filter.sector]));
  if (filter.agenda) where.push(arrayContains(tapProjects.agendas, [filter.agenda]));
  if (filter.minFinance !== undefined) where.push(gte(tapProjects.financeSought, filter.minFinance));
  if (filter.maxFinance !== undefined) where.push(lte(tapProjects.financeSought, filter.maxFinance));
  if (filter.q) where.push(containsText(tapProjects.title, filter.q));
  if (filter.reviewStatus) where.push(eq(tapProjects.reviewStatus, filter.reviewStatus));
  const visible = visibleRows(
    tapProjects.reviewStatus,
    tapProjects.jurisdictionId,
    filter.visibleTo ?? "all",
  );
  if (visible) where.push(visible);
  if (filter.after) where.push(afterTimestamp(tapProjects.createdAt, tapProjects.id, filter.after));
  const rows = await db
    .select()
    .from(tapProjects)
    .where(and(...where))
    .orderBy(asc(tapProjects.createdAt), asc(tapProjects.id))
    .limit(limit + 1);
  return toPage(rows, limit, (r) => [r.createdAt.toISOString(), r.id]);
}

/** Moves a project between review statuses if it is still in `from`. */
export async function setTapProjectReviewStatus(db: Db, id: string, from: string, to: string, actor: string) {
  const [row] = await db
    .update(tapProjects)
    .set({ reviewStatus: to, ...bump(tapProjects.version, actor) })
    .where(and(eq(tapProjects.id, id), eq(tapProjects.reviewStatus, from)))
    .returning();
  return row;
}

/** A funder's interest row. */
export type TapInterestRow = typeof tapInterests.$inferSelect;

/** Saves a funder's interest in a project (one row per funder and project). */
export async function upsertTapInterest(
  db: Db,
  values: {
    projectId: string;
    funderId: string;
    saved: boolean;
    interested: boolean;
    message: string | null;
  },
): Promise<TapInterestRow> {
  const [row] = await db
    .insert(tapInterests)
    .values(values)
    .onConflictDoUpdate({
      target: [tapInterests.projectId, tapInterests.funderId],
      set: {
        saved: values.saved,
        interested: values.interested,
        message: values.message,
        updatedAt: sql`now()`,
      },
    })
    .returning();
  return row as TapInterestRow;
}

/** A funder's saved or interesting projects, with the projects. */
export async function listFunderInterests(db: Db, funderId: string) {
  return db
    .select({ interest: tapInterests, project: tapProjects })
    .from(tapInterests)
    .innerJoin(tapProjects, eq(tapProjects.id, tapInterests.projectId))
    .where(
      and(eq(tapInterests.funderId, funderId), sql`(${tapInterests.saved} or ${tapInterests.interested})`),
    )
    .orderBy(asc(tapInterests.createdAt));
}

/** The funders who expressed interest in a project, with who they are. */
export async function listProjectInterests(db: Db, projectId: string) {
  return db
    .select({
      funderId: tapInterests.funderId,
      name: users.name,
      email: users.email,
      message: tapInterests.message,
      updatedAt: tapInterests.updatedAt,
    })
    .from(tapInterests)
    .innerJoin(users, eq(users.id, tapInterests.funderId))
    .where(and(eq(tapInterests.projectId, projectId), eq(tapInterests.interested, true)))
    .orderBy(asc(tapInterests.updatedAt));
}
