/** SQL for the Solutions Gateway: providers (reviewed) and their solutions, and the member facts matching reads. */
import { and, arrayContains, asc, eq, type SQL } from "drizzle-orm";
import type { Db } from "../database.ts";
import { actions, jurisdictionSummaries, solutionProviders, solutions } from "../schema/index.ts";
import { bump, containsText } from "./query-helpers.ts";

/** A provider row. */
export type ProviderRow = typeof solutionProviders.$inferSelect;
/** A solution row. */
export type SolutionRow = typeof solutions.$inferSelect;

/** Inserts a provider (submitted for review). */
export async function insertProvider(
  db: Db,
  values: Pick<
    typeof solutionProviders.$inferInsert,
    "name" | "kind" | "country" | "website" | "description"
  >,
  actor: string,
): Promise<ProviderRow> {
  const [row] = await db
    .insert(solutionProviders)
    .values({ ...values, createdBy: actor, updatedBy: actor })
    .returning();
  return row as ProviderRow;
}

/** Inserts a solution of a provider. */
export async function insertSolution(
  db: Db,
  values: Omit<
    typeof solutions.$inferInsert,
    "id" | "createdAt" | "updatedAt" | "createdBy" | "updatedBy" | "version"
  >,
  actor: string,
): Promise<SolutionRow> {
  const [row] = await db
    .insert(solutions)
    .values({ ...values, createdBy: actor, updatedBy: actor })
    .returning();
  return row as SolutionRow;
}

/** Reads one provider. */
export async function findProvider(db: Db, id: string): Promise<ProviderRow | undefined> {
  const [row] = await db.select().from(solutionProviders).where(eq(solutionProviders.id, id));
  return row;
}

/** Filters of the provider list. */
export interface ProviderFilter {
  reviewStatus?: string | undefined;
  /** Only the providers this user proposed. */
  createdBy?: string | undefined;
}

/** Lists providers, all or of one review status (and/or one proposer), by name. */
export async function listProviders(db: Db, filter: ProviderFilter = {}): Promise<ProviderRow[]> {
  const where: SQL[] = [];
  if (filter.reviewStatus) where.push(eq(solutionProviders.reviewStatus, filter.reviewStatus));
  if (filter.createdBy) where.push(eq(solutionProviders.createdBy, filter.createdBy));
  return db
    .select()
    .from(solutionProviders)
    .where(and(...where))
    .orderBy(asc(solutionProviders.name), asc(solutionProviders.id));
}

/**
 * Replaces a provider's fields if its version is still `expectedVersion`; it goes back to review (submitted, the
 * previous decision's comment cleared). Undefined when the version moved on.
 */
export async function replaceProvider(
  db: Db,
  id: string,
  expectedVersion: number,
  values: Pick<
    typeof solutionProviders.$inferInsert,
    "name" | "kind" | "country" | "website" | "description"
  >,
  actor: string,
): Promise<ProviderRow | undefined> {
  const [row] = await db
    .update(solutionProviders)
    .set({
      ...values,
      reviewStatus: "submitted",
      reviewComment: null,
      ...bump(solutionProviders.version, actor),
    })
    .where(and(eq(solutionProviders.id, id), eq(solutionProviders.version, expectedVersion)))
    .returning();
  return row;
}

/** Deletes a provider's solutions and returns them (a replaced provider's solutions are written anew). */
export async function deleteSolutionsOf(db: Db, providerId: string): Promise<SolutionRow[]> {
  return db.delete(solutions).where(eq(solutions.providerId, providerId)).returning();
}

/** Records a reviewer's decision on a submitted provider; undefined when it is no longer submitted. */
export async function decideProvider(
  db: Db,
  id: string,
  status: "approved" | "rejected",
  comment: string | null,
  actor: string,
): Promise<ProviderRow | undefined> {
  const [row] = await db
    .update(solutionProviders)
    .set({ reviewStatus: status, reviewComment: comment, ...bump(solutionProviders.version, actor) })
    .where(and(eq(solutionProviders.id, id), eq(solutionProviders.reviewStatus, "submitted")))
    .returning();
  return row;
}

/** Filters of the solution list. */
export interface SolutionFilter {
  agenda?: string | undefined;
  sector?: string | undefined;
  hazard?: string | undefined;
  problem?: string | undefined;
  q?: string | undefined;
  providerId?: string | undefined;
  /** Only solutions of approved providers (the public catalogue). */
  approvedOnly: boolean;
}

/** Solutions with their provider, by title. */
export async function listSolutions(db: Db, filter: SolutionFilter) {
  const where: SQL[] = [];
  if (filter.approvedOnly) where.push(eq(solutionProviders.reviewStatus, "approved"));
  if (filter.agenda) where.push(arrayContains(solutions.agendas, [filter.agenda]));
  if (filter.sector) where.push(arrayContains(solutions.sectors, [filter.sector]));
  if (filter.hazard) where.push(arrayContains(solutions.hazards, [filter.hazard]));
  if (filter.problem) where.push(arrayContains(solutions.problems, [filter.problem]));
  if (filter.q) where.push(containsText(solutions.title, filter.q));
  if (filter.providerId) where.push(eq(solutions.providerId, filter.providerId));
  return db
    .select({ solution: solutions, provider: solutionProviders })
    .from(solutions)
    .innerJoin(solutionProviders, eq(solutionProviders.id, solutions.providerId))
    .where(and(...where))
    .orderBy(asc(solutions.title), asc(solutions.id));
}

/** The sectors of a jurisdiction's published actions, and its stored analytics profile (hazards, sector years). */
export async function readMemberFacts(db: Db, jurisdictionId: string) {
  const acted = await db
    .select({ sectors: actions.sectors })
    .from(actions)
    .where(and(eq(actions.jurisdictionId, jurisdictionId), eq(actions.reviewStatus, "published")));
  const [stored] = await db
    .select({ profile: jurisdictionSummaries.profile })
    .from(jurisdictionSummaries)
    .where(eq(jurisdictionSummaries.jurisdictionId, jurisdictionId));
  return { actionSectors: [...new Set(acted.flatMap((a) => a.sectors))], profile: stored?.profile };
}
