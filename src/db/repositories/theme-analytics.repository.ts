/** SQL the theme analytics read: published theme reports and targets, with their jurisdictions' names. */
import { and, asc, eq, inArray, or } from "drizzle-orm";
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

/**
 * What the resilience goal counts: every jurisdiction with its region, and the ids of those with an assessed
 * risk, a published resilience target, a published adaptation action (kind adaptation or both, or theme resilience).
 */
export async function resilienceHolders(db: Db) {
  const ids = (rows: Array<{ id: string }>) => new Set(rows.map((r) => r.id));
  return {
    members: await db
      .select({ id: jurisdictions.id, region: jurisdictions.region })
      .from(jurisdictions)
      .orderBy(asc(jurisdictions.id)),
    risks: ids(await db.selectDistinct({ id: risks.jurisdictionId }).from(risks)),
    commitments: ids(
      await db
        .selectDistinct({ id: targets.jurisdictionId })
        .from(targets)
        .where(and(eq(targets.theme, "resilience"), eq(targets.reviewStatus, "published"))),
    ),
    actions: ids(
      await db
        .selectDistinct({ id: actions.jurisdictionId })
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
