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

function message(error: unknown): string {
  if (typeof error !== "object" || error === null) return "";
  const own = "message" in error && typeof error.message === "string" ? error.message : "";
  return "cause" in error ? `${own}\n${message(error.cause)}` : own;
}

/**
 * True when the database refused a text value it cannot store: a NUL character (SQLSTATE 22021, "invalid byte
 * sequence", or 22P05, "unsupported Unicode escape" in JSON), or half of a surrogate pair in JSON (22P02, "invalid
 * input syntax for type json": the app only sends JSON it serialised itself, so nothing else makes it invalid).
 * PostgreSQL text and jsonb cannot hold U+0000, and jsonb no unpaired U+D800–U+DFFF.
 */
export function isUnstorableText(error: unknown): boolean {
  const state = sqlState(error);
  if (state === "22021" || state === "22P05") return true;
  return state === "22P02" && /type json/.test(message(error));
}
