/** Recognises database errors both drivers raise, by SQLSTATE. */

function sqlState(error: unknown): unknown {
  if (typeof error !== "object" || error === null) return undefined;
  if ("code" in error && typeof error.code === "string") return error.code;
  // Drizzle wraps driver errors in DrizzleQueryError, with the driver's error as `cause`.
  return "cause" in error ? sqlState(error.cause) : undefined;
}

/** True when `error` is a unique-constraint violation (SQLSTATE 23505), from pg or PGlite. */
export function isUniqueViolation(error: unknown): boolean {
  return sqlState(error) === "23505";
}

/**
 * True when the database refused a text value it cannot store: a NUL character (SQLSTATE 22021, "invalid byte
 * sequence", or 22P05, "unsupported Unicode escape" in JSON). PostgreSQL text and jsonb cannot hold U+0000.
 */
export function isUnstorableText(error: unknown): boolean {
  const state = sqlState(error);
  return state === "22021" || state === "22P05";
}
