/** SQL for theme reports. */
import { and, asc, desc, eq, gt, type SQL } from "drizzle-orm";
import { digestOf } from "../../core/record/hash.ts";
import { type CursorKey, type Page, toPage } from "../cursor.ts";
import type { Db } from "../database.ts";
import { themeReports } from "../schema/index.ts";
import {
  afterTimestamp,
  bump,
  clampLimit,
  inCountry,
  missedUpdate,
  type PrivateScope,
  type UpdateOutcome,
  visibleRows,
} from "./query-helpers.ts";

/** A theme report row. */
export type ThemeReportRow = typeof themeReports.$inferSelect;

/** The writable fields of a theme report. */
export type ThemeReportValues = Omit<
  typeof themeReports.$inferInsert,
  "id" | "createdAt" | "updatedAt" | "createdBy" | "updatedBy" | "version" | "reviewStatus" | "contentHash"
>;

/** Filters of a theme report list; every one optional. */
export interface ThemeReportFilter {
  jurisdictionId?: string | undefined;
  country?: string | undefined;
  theme?: string | undefined;
  year?: number | undefined;
  reviewStatus?: string | undefined;
  visibleTo?: PrivateScope | undefined;
  limit?: number | undefined;
  after?: CursorKey | undefined;
}

/** Inserts a theme report. */
export async function insertThemeReport(db: Db, values: ThemeReportValues, actor: string) {
  const [row] = await db
    .insert(themeReports)
    .values({ ...values, createdBy: actor, updatedBy: actor })
    .returning();
  return row as ThemeReportRow;
}

/** Reads one theme report by id. */
export async function findThemeReport(db: Db, id: string): Promise<ThemeReportRow | undefined> {
  const [row] = await db.select().from(themeReports).where(eq(themeReports.id, id));
  return row;
}

/** Replaces a theme report's fields if its version is still `expectedVersion`. */
export async function updateThemeReport(
  db: Db,
  id: string,
  expectedVersion: number,
  values: ThemeReportValues,
  actor: string,
): Promise<UpdateOutcome<ThemeReportRow>> {
  const [row] = await db
    .update(themeReports)
    .set({ ...values, ...bump(themeReports.version, actor) })
    .where(and(eq(themeReports.id, id), eq(themeReports.version, expectedVersion)))
    .returning();
  if (row) return { ok: true, row };
  const [current] = await db
    .select({ version: themeReports.version })
    .from(themeReports)
    .where(eq(themeReports.id, id));
  return missedUpdate(current);
}

/** Lists theme reports in (created_at, id) order, filtered, one page at a time. */
export async function listThemeReports(db: Db, filter: ThemeReportFilter): Promise<Page<ThemeReportRow>> {
  const limit = clampLimit(filter.limit);
  const where: SQL[] = [];
  if (filter.jurisdictionId) where.push(eq(themeReports.jurisdictionId, filter.jurisdictionId));
  if (filter.country) where.push(inCountry(themeReports.jurisdictionId, filter.country));
  if (filter.theme) where.push(eq(themeReports.theme, filter.theme));
  if (filter.year !== undefined) where.push(eq(themeReports.year, filter.year));
  if (filter.reviewStatus) where.push(eq(themeReports.reviewStatus, filter.reviewStatus));
  const visible = visibleRows(
    themeReports.reviewStatus,
    themeReports.jurisdictionId,
    filter.visibleTo ?? "all",
  );
  if (visible) where.push(visible);
  if (filter.after) where.push(afterTimestamp(themeReports.createdAt, themeReports.id, filter.after));
  const rows = await db
    .select()
    .from(themeReports)
    .where(and(...where))
    .orderBy(asc(themeReports.createdAt), asc(themeReports.id))
    .limit(limit + 1);
  return toPage(rows, limit, (r) => [r.createdAt.toISOString(), r.id]);
}

/** The published content a theme report's hash covers. */
export function publishedThemeContent(row: ThemeReportRow) {
  return {
    jurisdictionId: row.jurisdictionId,
    theme: row.theme,
    year: row.year,
    values: row.values,
    indicators: row.indicators,
  };
}

/**
 * Moves a theme report between review statuses if it is still in `from`; publishing stores the SHA-256 of its
 * canonical content (jurisdiction, theme, year, values, indicators), reopening clears it.
 */
export async function setThemeReportReviewStatus(
  db: Db,
  id: string,
  from: string,
  to: string,
  actor: string,
): Promise<ThemeReportRow | undefined> {
  const current = await findThemeReport(db, id);
  if (!current) return undefined;
  const contentHash = to === "published" ? digestOf(publishedThemeContent(current)) : null;
  const [row] = await db
    .update(themeReports)
    .set({ reviewStatus: to, contentHash, ...bump(themeReports.version, actor) })
    .where(
      and(
        eq(themeReports.id, id),
        eq(themeReports.reviewStatus, from),
        eq(themeReports.version, current.version),
      ),
    )
    .returning();
  return row;
}

/** Every published report of a theme, newest year first within each jurisdiction. */
export async function listPublishedThemeReports(db: Db, theme: string): Promise<ThemeReportRow[]> {
  return db
    .select()
    .from(themeReports)
    .where(and(eq(themeReports.theme, theme), eq(themeReports.reviewStatus, "published")))
    .orderBy(asc(themeReports.jurisdictionId), desc(themeReports.year));
}

/** Published theme reports of every theme in id order, `limit` after `afterId` (verify walks them in batches). */
export async function readPublishedThemeReports(
  db: Db,
  afterId: string | null,
  limit: number,
): Promise<ThemeReportRow[]> {
  const published = eq(themeReports.reviewStatus, "published");
  return db
    .select()
    .from(themeReports)
    .where(afterId === null ? published : and(published, gt(themeReports.id, afterId)))
    .orderBy(asc(themeReports.id))
    .limit(limit);
}
