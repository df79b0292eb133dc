/** Helpers every service uses: version preconditions, update outcomes, references and unique keys. */
import { type CursorKey, decodeCursor } from "../db/cursor.ts";
import { isUniqueViolation } from "../db/errors.ts";
import type { UpdateOutcome } from "../db/repositories/query-helpers.ts";
import { type Principal, SYSTEM_PRINCIPAL } from "../policies/principal.ts";
import {
  alreadyExists,
  notFound,
  preconditionRequired,
  validationFailed,
  versionConflict,
} from "./errors.ts";

/** Who is acting: a principal, whose id is recorded as created_by/updated_by and as the audit actor. */
export type Actor = Principal;

/** The system actor: seeding and bootstrap, allowed everything. */
export const SYSTEM: Actor = SYSTEM_PRINCIPAL;

/** Throws `precondition_required` when an update of an existing resource names no version. */
export function requireVersion(expectedVersion: number | undefined): number {
  if (expectedVersion === undefined) throw preconditionRequired();
  return expectedVersion;
}

/** Returns the updated row or throws `not_found` / `version_conflict`. */
export function updatedOrThrow<T>(outcome: UpdateOutcome<T>, kind: string, id: string, expected: number): T {
  if (outcome.ok) return outcome.row;
  if (outcome.reason === "not_found") throw notFound(kind, id);
  throw versionConflict(expected, outcome.current);
}

/** Returns `row` or throws `not_found`. */
export function foundOrThrow<T>(row: T | undefined, kind: string, id: string): T {
  if (row === undefined) throw notFound(kind, id);
  return row;
}

/** Throws `validation_failed` on `path` when a referenced row does not exist. */
export function referenceOrThrow<T>(row: T | undefined, path: string, what: string, id: string): T {
  if (row === undefined) throw validationFailed([{ path, message: `${what} ${id} does not exist` }]);
  return row;
}

/** Runs a write, turning a unique-key violation into `already_exists`. */
export async function uniquely<T>(
  kind: string,
  key: Record<string, unknown>,
  write: () => Promise<T>,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw alreadyExists(kind, key);
    throw error;
  }
}

/** Turns an absent optional value into SQL null, so that a replacing write clears it. */
export function orNull<T>(value: T | undefined): T | null {
  return value === undefined ? null : value;
}

/** Decodes a list cursor or throws `validation_failed` naming `cursor`. */
export function cursorKey(cursor: string | undefined): CursorKey | undefined {
  if (cursor === undefined) return undefined;
  const key = decodeCursor(cursor);
  if (!key) throw validationFailed([{ path: "cursor", message: "is not a cursor this API returned" }]);
  return key;
}
