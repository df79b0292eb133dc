/**
 * The one hook of maintained analytics: every write that can change a jurisdiction's public picture calls
 * `refreshJurisdictionSummary(tx, id)` in its own transaction, after its writes, so the stored summary and
 * target progress commit (or roll back) with the write. It reads and rewrites that jurisdiction's rows only.
 */
import type { Db } from "../../db/database.ts";
import {
  jurisdictionsWithoutSummary,
  type ProgressValues,
  readPublicInputsOf,
  replaceTargetProgressOf,
  type SummaryValues,
  upsertSummaries,
} from "../../db/repositories/analytics.repository.ts";
import { buildPublicSummary } from "./public-summary.ts";

/** Recomputes and stores one jurisdiction's public summary and its targets' progress, inside `tx`. */
export async function refreshJurisdictionSummary(tx: Db, jurisdictionId: string): Promise<void> {
  await refreshJurisdictionSummaries(tx, [jurisdictionId]);
}

/** Jurisdictions refreshed together: their inputs are read with one query per table. */
const BATCH = 500;

/**
 * Refreshes several jurisdictions (each once), e.g. after a batch import or a record that moved: in batches,
 * each read with a few queries for the whole batch and written with multi-row statements.
 */
export async function refreshJurisdictionSummaries(tx: Db, jurisdictionIds: Iterable<string>): Promise<void> {
  const ids = [...new Set(jurisdictionIds)];
  for (let i = 0; i < ids.length; i += BATCH) {
    const batch = ids.slice(i, i + BATCH);
    const inputs = await readPublicInputsOf(tx, batch);
    const summaries: SummaryValues[] = [];
    const progress: Array<ProgressValues & { jurisdictionId: string }> = [];
    for (const id of batch) {
      const of = inputs.get(id);
      if (!of) continue;
      const built = buildPublicSummary(of);
      summaries.push({ jurisdictionId: id, summary: built.summary, profile: built.profile });
      for (const p of built.progress) progress.push({ ...p, jurisdictionId: id });
    }
    await upsertSummaries(tx, summaries);
    await replaceTargetProgressOf(tx, [...inputs.keys()], progress);
  }
}

/** Builds the summaries a database from before migration 0004 lacks; returns how many were built. */
export async function backfillSummaries(db: Db): Promise<number> {
  const missing = await jurisdictionsWithoutSummary(db);
  if (missing.length > 0) await db.transaction((tx) => refreshJurisdictionSummaries(tx, missing));
  return missing.length;
}
