/**
 * The one hook of maintained analytics: every write that can change a jurisdiction's public picture calls
 * `refreshJurisdictionSummary(tx, id)` in its own transaction, after its writes, so the stored summary and
 * target progress commit (or roll back) with the write. It reads and rewrites that jurisdiction's rows only.
 */
import type { Db } from "../../db/database.ts";
import {
  jurisdictionsWithoutSummary,
  readPublicInputs,
  replaceTargetProgress,
  upsertSummary,
} from "../../db/repositories/analytics.repository.ts";
import { buildPublicSummary } from "./public-summary.ts";

/** Recomputes and stores one jurisdiction's public summary and its targets' progress, inside `tx`. */
export async function refreshJurisdictionSummary(tx: Db, jurisdictionId: string): Promise<void> {
  const inputs = await readPublicInputs(tx, jurisdictionId);
  if (!inputs) return;
  const built = buildPublicSummary(inputs);
  await upsertSummary(tx, jurisdictionId, built.summary, built.profile);
  await replaceTargetProgress(tx, jurisdictionId, built.progress);
}

/** Refreshes several jurisdictions (each once), e.g. after a batch import or a record that moved. */
export async function refreshJurisdictionSummaries(tx: Db, jurisdictionIds: Iterable<string>): Promise<void> {
  for (const id of new Set(jurisdictionIds)) await refreshJurisdictionSummary(tx, id);
}

/** Builds the summaries a database from before migration 0004 lacks; returns how many were built. */
export async function backfillSummaries(db: Db): Promise<number> {
  const missing = await jurisdictionsWithoutSummary(db);
  if (missing.length > 0) await db.transaction((tx) => refreshJurisdictionSummaries(tx, missing));
  return missing.length;
}
