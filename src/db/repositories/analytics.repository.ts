/** SQL of maintained analytics: one jurisdiction's public inputs, its stored summary and its targets' progress. */
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { JurisdictionProfile } from "../../core/analytics/profile.ts";
import type { JurisdictionSummary } from "../../core/analytics/types.ts";
import type { CalcResult } from "../../core/result.ts";
import type { TargetProgress } from "../../core/targets/types.ts";
import type { Db } from "../database.ts";
import {
  actions,
  inventories,
  inventoryVersions,
  jurisdictionSummaries,
  jurisdictions,
  risks,
  targetProgress,
  targets,
} from "../schema/index.ts";
import { type SeriesPoint, seriesOf } from "./jurisdiction-series.repository.ts";

/** A published inventory version's fields that analytics needs (its result without the lines). */
export interface PublishedInventoryFacts {
  year: number;
  kind: string;
  population: number | null;
  result: Pick<CalcResult, "totals" | "bySector" | "bySubsector">;
}

/** Everything one jurisdiction's summary and target progress are built from. */
export interface PublicInputs {
  jurisdiction: typeof jurisdictions.$inferSelect;
  series: SeriesPoint[];
  /** The latest published version of each of its inventories. */
  inventories: PublishedInventoryFacts[];
  /** Every target (progress is stored for all; only published ones enter the summary). */
  targets: Array<typeof targets.$inferSelect>;
  publishedActions: Array<typeof actions.$inferSelect>;
  hazards: string[];
}

/** Reads one jurisdiction's inputs (a handful of indexed queries on its rows only); undefined when absent. */
export async function readPublicInputs(db: Db, jurisdictionId: string): Promise<PublicInputs | undefined> {
  const [jurisdiction] = await db.select().from(jurisdictions).where(eq(jurisdictions.id, jurisdictionId));
  if (!jurisdiction) return undefined;
  const versions = await db
    .select({
      year: inventoryVersions.year,
      kind: inventoryVersions.kind,
      population: inventoryVersions.population,
      result: sql<PublishedInventoryFacts["result"]>`jsonb_build_object(
        'totals', ${inventoryVersions.result}->'totals',
        'bySector', ${inventoryVersions.result}->'bySector',
        'bySubsector', ${inventoryVersions.result}->'bySubsector')`,
    })
    .from(inventoryVersions)
    .innerJoin(
      inventories,
      and(
        eq(inventories.id, inventoryVersions.inventoryId),
        eq(inventories.publishedRevision, inventoryVersions.number),
      ),
    )
    .where(eq(inventories.jurisdictionId, jurisdictionId))
    .orderBy(asc(inventoryVersions.year), asc(inventoryVersions.kind));
  const targetRows = await db
    .select()
    .from(targets)
    .where(eq(targets.jurisdictionId, jurisdictionId))
    .orderBy(asc(targets.createdAt), asc(targets.id));
  const actionRows = await db
    .select()
    .from(actions)
    .where(and(eq(actions.jurisdictionId, jurisdictionId), eq(actions.reviewStatus, "published")))
    .orderBy(asc(actions.createdAt), asc(actions.id));
  const hazardRows = await db
    .selectDistinct({ hazard: risks.hazard })
    .from(risks)
    .where(eq(risks.jurisdictionId, jurisdictionId))
    .orderBy(asc(risks.hazard));
  return {
    jurisdiction,
    series: (await seriesOf(db, [jurisdictionId])).get(jurisdictionId) ?? [],
    inventories: versions,
    targets: targetRows,
    publishedActions: actionRows,
    hazards: hazardRows.map((r) => r.hazard),
  };
}

/** Stores a summary; its version (and the change announcement) moves only when summary or profile changed. */
export async function upsertSummary(
  db: Db,
  jurisdictionId: string,
  summary: JurisdictionSummary,
  profile: JurisdictionProfile,
): Promise<void> {
  await db
    .insert(jurisdictionSummaries)
    .values({ jurisdictionId, summary, profile })
    .onConflictDoUpdate({
      target: jurisdictionSummaries.jurisdictionId,
      set: {
        summary,
        profile,
        updatedAt: sql`now()`,
        version: sql`${jurisdictionSummaries.version} + 1`,
      },
      setWhere: sql`(${jurisdictionSummaries.summary}, ${jurisdictionSummaries.profile}) is distinct from (excluded.summary, excluded.profile)`,
    });
}

/** One target's stored progress. */
export interface ProgressValues {
  targetId: string;
  status: string;
  progress: TargetProgress;
}

/** Replaces the stored progress of a jurisdiction's targets. */
export async function replaceTargetProgress(
  db: Db,
  jurisdictionId: string,
  rows: ProgressValues[],
): Promise<void> {
  await db.delete(targetProgress).where(eq(targetProgress.jurisdictionId, jurisdictionId));
  if (rows.length === 0) return;
  await db
    .insert(targetProgress)
    .values(rows.map((r) => ({ ...r, jurisdictionId })))
    .onConflictDoUpdate({
      target: targetProgress.targetId,
      set: {
        jurisdictionId,
        status: sql`excluded.status`,
        progress: sql`excluded.progress`,
        updatedAt: sql`now()`,
      },
    });
}

/** A stored summary with its profile. */
export interface StoredSummary {
  summary: JurisdictionSummary;
  profile: JurisdictionProfile;
  version: number;
}

/** Reads every stored summary (the whole network; only memoised callers should do this). */
export async function readAllSummaries(db: Db): Promise<StoredSummary[]> {
  return db
    .select({
      summary: jurisdictionSummaries.summary,
      profile: jurisdictionSummaries.profile,
      version: jurisdictionSummaries.version,
    })
    .from(jurisdictionSummaries)
    .orderBy(asc(jurisdictionSummaries.jurisdictionId));
}

/**
 * A token that changes whenever any summary changes: their count and the sum of their versions (a version only
 * grows, and rows are removed only with their jurisdiction), so no committed change can leave it as it was.
 */
export async function summariesDataVersion(db: Db): Promise<string> {
  const [row] = await db
    .select({
      n: sql<string>`count(*)::text`,
      v: sql<string>`coalesce(sum(${jurisdictionSummaries.version}), 0)::text`,
    })
    .from(jurisdictionSummaries);
  return `${row?.n ?? 0}:${row?.v ?? 0}`;
}

/** Ids of jurisdictions that have no stored summary yet (a database from before migration 0004). */
export async function jurisdictionsWithoutSummary(db: Db): Promise<string[]> {
  const rows = await db
    .select({ id: jurisdictions.id })
    .from(jurisdictions)
    .where(
      sql`not exists (select 1 from ${jurisdictionSummaries} s where s.jurisdiction_id = ${jurisdictions.id})`,
    );
  return rows.map((r) => r.id);
}

/** Reads the stored progress of some targets. */
export async function readTargetProgress(
  db: Db,
  targetIds: string[],
): Promise<Map<string, { status: string; progress: TargetProgress; updatedAt: Date }>> {
  if (targetIds.length === 0) return new Map();
  const rows = await db.select().from(targetProgress).where(inArray(targetProgress.targetId, targetIds));
  return new Map(rows.map((r) => [r.targetId, r]));
}
