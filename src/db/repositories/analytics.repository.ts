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
  return (await readPublicInputsOf(db, [jurisdictionId])).get(jurisdictionId);
}

function groupBy<T>(ids: readonly string[], rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const grouped = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const row of rows) grouped.get(keyOf(row))?.push(row);
  return grouped;
}

/**
 * Reads the inputs of several jurisdictions with the same handful of indexed queries as one (each `in (…)` of
 * their ids), so refreshing a batch costs a few round trips, not a few per jurisdiction. Absent ids are left out.
 */
export async function readPublicInputsOf(
  db: Db,
  jurisdictionIds: readonly string[],
): Promise<Map<string, PublicInputs>> {
  const out = new Map<string, PublicInputs>();
  const ids = [...new Set(jurisdictionIds)];
  if (ids.length === 0) return out;
  const rows = await db.select().from(jurisdictions).where(inArray(jurisdictions.id, ids));
  if (rows.length === 0) return out;
  const present = rows.map((r) => r.id);
  const versions = await db
    .select({
      jurisdictionId: inventories.jurisdictionId,
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
    .where(inArray(inventories.jurisdictionId, present))
    .orderBy(asc(inventoryVersions.year), asc(inventoryVersions.kind));
  const targetRows = await db
    .select()
    .from(targets)
    .where(inArray(targets.jurisdictionId, present))
    .orderBy(asc(targets.createdAt), asc(targets.id));
  const actionRows = await db
    .select()
    .from(actions)
    .where(and(inArray(actions.jurisdictionId, present), eq(actions.reviewStatus, "published")))
    .orderBy(asc(actions.createdAt), asc(actions.id));
  const hazardRows = await db
    .selectDistinct({ jurisdictionId: risks.jurisdictionId, hazard: risks.hazard })
    .from(risks)
    .where(inArray(risks.jurisdictionId, present))
    .orderBy(asc(risks.hazard), asc(risks.jurisdictionId));
  const series = await seriesOf(db, present);
  const versionsOf = groupBy(present, versions, (r) => r.jurisdictionId);
  const targetsOf = groupBy(present, targetRows, (r) => r.jurisdictionId);
  const actionsOf = groupBy(present, actionRows, (r) => r.jurisdictionId);
  const hazardsOf = groupBy(present, hazardRows, (r) => r.jurisdictionId);
  for (const jurisdiction of rows) {
    const id = jurisdiction.id;
    out.set(id, {
      jurisdiction,
      series: series.get(id) ?? [],
      inventories: (versionsOf.get(id) ?? []).map(({ jurisdictionId: _j, ...facts }) => facts),
      targets: targetsOf.get(id) ?? [],
      publishedActions: actionsOf.get(id) ?? [],
      hazards: (hazardsOf.get(id) ?? []).map((r) => r.hazard),
    });
  }
  return out;
}

/** A jurisdiction's summary and profile, to store. */
export interface SummaryValues {
  jurisdictionId: string;
  summary: JurisdictionSummary;
  profile: JurisdictionProfile;
}

/** Stores a summary; its version (and the change announcement) moves only when summary or profile changed. */
export async function upsertSummary(
  db: Db,
  jurisdictionId: string,
  summary: JurisdictionSummary,
  profile: JurisdictionProfile,
): Promise<void> {
  await upsertSummaries(db, [{ jurisdictionId, summary, profile }]);
}

/** Rows per multi-row statement of the batch writers below. */
const CHUNK = 500;

/** Stores several summaries in multi-row upserts; each one's version moves only when it changed. */
export async function upsertSummaries(db: Db, rows: readonly SummaryValues[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db
      .insert(jurisdictionSummaries)
      .values(rows.slice(i, i + CHUNK))
      .onConflictDoUpdate({
        target: jurisdictionSummaries.jurisdictionId,
        set: {
          summary: sql`excluded.summary`,
          profile: sql`excluded.profile`,
          updatedAt: sql`now()`,
          version: sql`${jurisdictionSummaries.version} + 1`,
        },
        setWhere: sql`(${jurisdictionSummaries.summary}, ${jurisdictionSummaries.profile}) is distinct from (excluded.summary, excluded.profile)`,
      });
  }
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
  await replaceTargetProgressOf(
    db,
    [jurisdictionId],
    rows.map((r) => ({ ...r, jurisdictionId })),
  );
}

/** Replaces the stored progress of the targets of several jurisdictions (`rows` name their jurisdiction). */
export async function replaceTargetProgressOf(
  db: Db,
  jurisdictionIds: readonly string[],
  rows: ReadonlyArray<ProgressValues & { jurisdictionId: string }>,
): Promise<void> {
  if (jurisdictionIds.length === 0) return;
  await db.delete(targetProgress).where(inArray(targetProgress.jurisdictionId, [...jurisdictionIds]));
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db
      .insert(targetProgress)
      .values(rows.slice(i, i + CHUNK))
      .onConflictDoUpdate({
        target: targetProgress.targetId,
        set: {
          jurisdictionId: sql`excluded.jurisdiction_id`,
          status: sql`excluded.status`,
          progress: sql`excluded.progress`,
          updatedAt: sql`now()`,
        },
      });
  }
}

/** A stored summary with its profile. */
export interface StoredSummary {
  summary: JurisdictionSummary;
  profile: JurisdictionProfile;
  version: number;
}

/** The columns of a stored summary, as read. */
const STORED_SUMMARY = {
  summary: jurisdictionSummaries.summary,
  profile: jurisdictionSummaries.profile,
  version: jurisdictionSummaries.version,
};

/** Reads every stored summary (the whole network; only memoised callers should do this). */
export async function readAllSummaries(db: Db): Promise<StoredSummary[]> {
  return db
    .select(STORED_SUMMARY)
    .from(jurisdictionSummaries)
    .orderBy(asc(jurisdictionSummaries.jurisdictionId));
}

/** Reads the stored summaries of some jurisdictions (those that have one), in jurisdiction id order. */
export async function readSummariesOf(db: Db, jurisdictionIds: readonly string[]): Promise<StoredSummary[]> {
  if (jurisdictionIds.length === 0) return [];
  return db
    .select(STORED_SUMMARY)
    .from(jurisdictionSummaries)
    .where(inArray(jurisdictionSummaries.jurisdictionId, [...jurisdictionIds]))
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
