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
