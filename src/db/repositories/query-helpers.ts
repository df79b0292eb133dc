/** Small SQL building blocks the repositories share: keyset conditions, text search, version bumps. */
import { type Column, inArray, or, type SQL, sql } from "drizzle-orm";
import type { CursorKey } from "../cursor.ts";
import { jurisdictions } from "../schema/index.ts";

/** The largest page any list returns. */
export const MAX_LIMIT = 200;

/** Rows strictly after `(text key, id)` in `(textColumn, id)` order. */
export function afterText(textColumn: Column, idColumn: Column, key: CursorKey): SQL {
  return sql`(${textColumn}, ${idColumn}) > (${key[0]}, ${key[1]}::uuid)`;
}

/** Rows strictly after `(timestamp, id)` in `(created_at, id)` order. */
export function afterTimestamp(tsColumn: Column, idColumn: Column, key: CursorKey): SQL {
  return sql`(${tsColumn}, ${idColumn}) > (${key[0]}::timestamptz, ${key[1]}::uuid)`;
}

/** Case-insensitive substring match, with LIKE wildcards in the search text taken literally. */
export function containsText(column: Column, q: string): SQL {
  const escaped = q.replace(/[\\%_]/g, (c) => `\\${c}`);
  return sql`${column} ilike ${`%${escaped}%`}`;
}

/** The `set` values that record an update: next version, timestamp and author. */
export function bump(versionColumn: Column, actor: string) {
  return { version: sql`${versionColumn} + 1`, updatedAt: sql`now()`, updatedBy: actor };
}

/** Result of a versioned update: the new row, or why there is none. */
export type UpdateOutcome<T> =
  | { ok: true; row: T }
  | { ok: false; reason: "not_found" }
  | { ok: false; reason: "conflict"; current: number };

/** The outcome when a versioned update matched no row: the row is absent, or its version has moved on. */
export function missedUpdate<T>(current: { version: number } | undefined): UpdateOutcome<T> {
  return current
    ? { ok: false, reason: "conflict", current: current.version }
    : { ok: false, reason: "not_found" };
}

/** Clamps a requested page size to 1..MAX_LIMIT (default 50). */
export function clampLimit(limit: number | undefined): number {
  return Math.min(Math.max(limit ?? 50, 1), MAX_LIMIT);
}

/** Rows whose jurisdiction is in `country` (ISO 3166 alpha-2). */
export function inCountry(jurisdictionIdColumn: Column, country: string): SQL {
  return sql`${jurisdictionIdColumn} in (select ${jurisdictions.id} from ${jurisdictions} where ${jurisdictions.country} = ${country})`;
}

/** Rows whose jurisdiction's name contains `q`. */
export function inJurisdictionNamed(jurisdictionIdColumn: Column, q: string): SQL {
  return sql`${jurisdictionIdColumn} in (select ${jurisdictions.id} from ${jurisdictions} where ${containsText(jurisdictions.name, q)})`;
}

/** Which unpublished rows a reader may see besides published ones: all, or those of some jurisdictions. */
export type PrivateScope = "all" | readonly string[];

/** Rows that are published, or unpublished in a jurisdiction of `scope`; undefined when everything is visible. */
export function visibleRows(
  statusColumn: Column,
  jurisdictionIdColumn: Column,
  scope: PrivateScope,
): SQL | undefined {
  if (scope === "all") return undefined;
  const published = sql`${statusColumn} = 'published'`;
  return scope.length === 0 ? published : or(published, inArray(jurisdictionIdColumn, [...scope]));
}
