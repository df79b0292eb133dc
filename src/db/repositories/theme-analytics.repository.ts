/** SQL the theme analytics read: published theme reports and targets, with their jurisdictions' names. */
import { and, asc, count, countDistinct, eq, inArray, or } from "drizzle-orm";
import type { Db } from "../database.ts";
import { actions, jurisdictions, risks, targets } from "../schema/index.ts";

/** Published targets of a theme (and of one type, when given), oldest first. */
export async function listPublishedThemeTargets(db: Db, theme: string, type?: string) {
  const where = [eq(targets.theme, theme), eq(targets.reviewStatus, "published")];
  if (type) where.push(eq(targets.type, type));
  return db
    .select()
    .from(targets)
    .where(and(...where))
    .orderBy(asc(targets.createdAt), asc(targets.id));
}

/** Name and country of each jurisdiction in `ids`. */
export async function jurisdictionLabels(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, { name: string; country: string }>();
  const rows = await db
    .select({ id: jurisdictions.id, name: jurisdictions.name, country: jurisdictions.country })
    .from(jurisdictions)
    .where(inArray(jurisdictions.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, { name: r.name, country: r.country }]));
}

/** Members counted by the resilience goal: all jurisdictions, and those with risks, resilience targets, adaptation actions. */
export async function resilienceCounts(db: Db) {
  const first = (rows: Array<{ n: number }>) => Number(rows[0]?.n ?? 0);
  return {
    members: first(await db.select({ n: count() }).from(jurisdictions)),
    risks: first(await db.select({ n: countDistinct(risks.jurisdictionId) }).from(risks)),
    commitments: first(
      await db
        .select({ n: countDistinct(targets.jurisdictionId) })
        .from(targets)
        .where(and(eq(targets.theme, "resilience"), eq(targets.reviewStatus, "published"))),
    ),
    actions: first(
      await db
        .select({ n: countDistinct(actions.jurisdictionId) })
        .from(actions)
        .where(
          and(
            eq(actions.reviewStatus, "published"),
            or(inArray(actions.kind, ["adaptation", "both"]), eq(actions.theme, "resilience")),
          ),
        ),
    ),
  };
}
