/** SQL for sessions, API tokens and failed sign-ins; tokens are looked up by their SHA-256 only. */
import { and, count, desc, eq, gt, inArray, isNull, lt, or, sql } from "drizzle-orm";
import type { Db } from "../database.ts";
import { apiTokens, sessions, signInFailures, users } from "../schema/index.ts";

/** An API token row. */
export type ApiTokenRow = typeof apiTokens.$inferSelect;

/** The user behind a valid credential. */
export interface CredentialOwner {
  userId: string;
  csrfHash: string | null;
}

/** Stores a session. */
export async function insertSession(
  db: Db,
  values: { tokenHash: string; userId: string; csrfHash: string; expiresAt: Date },
): Promise<void> {
  await db.insert(sessions).values(values);
}

/** The owner of an unexpired session of an enabled user, or undefined. */
export async function findLiveSession(db: Db, tokenHash: string): Promise<CredentialOwner | undefined> {
  const [row] = await db
    .select({ userId: sessions.userId, csrfHash: sessions.csrfHash })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, sql`now()`), isNull(users.disabledAt)),
    );
  return row;
}

/** Deletes a session (sign-out) and any expired ones. */
export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(or(eq(sessions.tokenHash, tokenHash), lt(sessions.expiresAt, sql`now()`)));
}

/** Stores an API token. */
export async function insertApiToken(
  db: Db,
  values: { userId: string; name: string; tokenHash: string; prefix: string; expiresAt: Date | null },
): Promise<ApiTokenRow> {
  const [row] = await db.insert(apiTokens).values(values).returning();
  return row as ApiTokenRow;
}

/** The owner of an unrevoked, unexpired token of an enabled user, or undefined. */
export async function findLiveApiToken(db: Db, tokenHash: string): Promise<CredentialOwner | undefined> {
  const [row] = await db
    .select({ userId: apiTokens.userId })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(
      and(
        eq(apiTokens.tokenHash, tokenHash),
        isNull(apiTokens.revokedAt),
        or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, sql`now()`)),
        isNull(users.disabledAt),
      ),
    );
  return row ? { userId: row.userId, csrfHash: null } : undefined;
}

/** A user's tokens, newest first. */
export async function listApiTokens(db: Db, userId: string): Promise<ApiTokenRow[]> {
  return db.select().from(apiTokens).where(eq(apiTokens.userId, userId)).orderBy(desc(apiTokens.createdAt));
}

/** Revokes a token of a user; returns it, or undefined when the user has no such token. */
export async function revokeApiToken(db: Db, userId: string, id: string): Promise<ApiTokenRow | undefined> {
  const [row] = await db
    .update(apiTokens)
    .set({ revokedAt: sql`coalesce(${apiTokens.revokedAt}, now())` })
    .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, userId)))
    .returning();
  return row;
}

/** How many failures each key has had since `since`, and when the oldest of them was (for Retry-After). */
export async function signInFailureCounts(
  db: Db,
  keyHashes: string[],
  since: Date,
): Promise<Map<string, { n: number; oldest: Date }>> {
  const rows = await db
    .select({ key: signInFailures.keyHash, n: count(), oldest: sql<string>`min(${signInFailures.at})` })
    .from(signInFailures)
    .where(and(inArray(signInFailures.keyHash, keyHashes), gt(signInFailures.at, since)))
    .groupBy(signInFailures.keyHash);
  return new Map(rows.map((r) => [r.key, { n: r.n, oldest: new Date(r.oldest) }]));
}

/** Records a failed sign-in under each of its keys. */
export async function insertSignInFailure(db: Db, keyHash: string | string[]): Promise<void> {
  const keys = Array.isArray(keyHash) ? keyHash : [keyHash];
  await db.insert(signInFailures).values(keys.map((k) => ({ keyHash: k })));
}

/** Forgets a key's failures (after a successful sign-in) and everyone's older than `before`. */
export async function clearSignInFailures(db: Db, keyHash: string, before: Date): Promise<void> {
  await db
    .delete(signInFailures)
    .where(or(eq(signInFailures.keyHash, keyHash), lt(signInFailures.at, before)));
}
