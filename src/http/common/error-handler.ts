/** Turns every failure into the JSON error shape of DESIGN.md: one `onError`, one validation hook. */
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ZodError } from "zod";
import { isUnstorableText } from "../../db/errors.ts";
import { DomainError, type FieldProblem, validationFailed } from "../../services/errors.ts";
import { statusOf } from "./error-status.ts";

/** Where an input problem was found. */
type Target = "json" | "query" | "param" | "header" | "form" | "cookie";

const PREFIX: Record<Target, string> = {
  json: "",
  query: "query.",
  param: "path.",
  header: "header.",
  form: "",
  cookie: "cookie.",
};

/** Names every field a zod error is about; an unknown field is named itself, not its parent. */
export function problemsOf(error: ZodError, target: Target): FieldProblem[] {
  return error.issues.flatMap((issue) => {
    const base = issue.path.map(String).join(".");
    const join = (key: string) => PREFIX[target] + (base ? `${base}.${key}` : key);
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({ path: join(key), message: "is not a known field" }));
    }
    return [{ path: PREFIX[target] + (base || "(body)"), message: issue.message }];
  });
}

/** The `defaultHook` of every router: a failed validation becomes a `validation_failed` error. */
export function validationHook(result: { target: string; success: boolean; error?: ZodError }): void {
  if (!result.success && result.error) {
    throw validationFailed(problemsOf(result.error, result.target as Target));
  }
}

/** Writes an error response in the API's shape (a 429 says in Retry-After when to try again). */
export function errorResponse(c: Context, error: DomainError): Response {
  const retry = (error.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
  const headers: Record<string, string> =
    error.code === "too_many_requests" && typeof retry === "number" ? { "Retry-After": String(retry) } : {};
  return c.json(
    { error: { code: error.code, message: error.message, details: error.details } },
    statusOf(error.code),
    headers,
  );
}

function fromHttpException(error: HTTPException): DomainError {
  if (error.status === 413) return new DomainError("payload_too_large", "the request body is too large");
  if (error.status === 415) {
    return new DomainError("unsupported_media_type", "send the request body as application/json");
  }
  if (error.status === 400 && /json/i.test(error.message)) {
    return new DomainError("malformed_json", "the request body is not valid JSON");
  }
  return new DomainError(
    error.status === 404 ? "route_not_found" : "bad_request",
    error.message || "bad request",
  );
}

/** The app's `onError`: domain errors keep their code; anything unexpected is a logged, generic 500. */
export function onError(log: (error: unknown) => void) {
  return (error: Error, c: Context): Response => {
    if (error instanceof DomainError) return errorResponse(c, error);
    if (error instanceof HTTPException) return errorResponse(c, fromHttpException(error));
    // A safety net behind validation: text the database cannot store is the client's input, not our fault.
    if (isUnstorableText(error)) {
      return errorResponse(
        c,
        new DomainError(
          "bad_request",
          "text must not contain NUL characters (U+0000) or half of a surrogate pair (U+D800–U+DFFF alone)",
        ),
      );
    }
    log(error);
    return errorResponse(c, new DomainError("internal_error", "internal error"));
  };
}
