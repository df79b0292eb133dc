/**
 * Domain errors: each has a stable snake_case `code` that clients match on. The HTTP edge maps codes to
 * statuses in one place; services and the CLI know nothing of HTTP.
 */

/** Every domain error code. */
export type ErrorCode =
  | "not_found"
  | "already_exists"
  | "version_conflict"
  | "precondition_required"
  | "validation_failed"
  | "invalid_inventory"
  | "malformed_json"
  | "payload_too_large"
  | "bad_request"
  | "unsupported_media_type"
  | "route_not_found"
  | "unauthenticated"
  | "invalid_credentials"
  | "forbidden"
  | "csrf_failed"
  | "too_many_requests"
  | "invalid_transition"
  | "not_editable"
  | "checks_failed"
  | "invalid_file"
  | "internal_error";

/** An error with a stable code, a human message and optional structured details. */
export class DomainError extends Error {
  override name = "DomainError";

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: unknown = null,
  ) {
    super(message);
  }
}

/** The entity `kind` with this `id` does not exist. */
export const notFound = (kind: string, id: string): DomainError =>
  new DomainError("not_found", `${kind} ${id} does not exist`, { kind, id });

/** A unique natural key (e.g. a UN/LOCODE) is taken. */
export const alreadyExists = (kind: string, key: Record<string, unknown>): DomainError =>
  new DomainError("already_exists", `${kind} with ${JSON.stringify(key)} already exists`, key);

/** The client wrote against a version that is no longer current. */
export const versionConflict = (expected: number, current: number): DomainError =>
  new DomainError("version_conflict", `version ${expected} is stale; the current version is ${current}`, {
    expected,
    current,
  });

/** The `If-Match` header is not an ETag this API issued. */
export const unreadableIfMatch = (value: string): DomainError =>
  new DomainError("version_conflict", `If-Match ${JSON.stringify(value)} does not match the current ETag`, {
    ifMatch: value,
  });

/** A write to an existing resource came without the version it was based on. */
export const preconditionRequired = (): DomainError =>
  new DomainError("precondition_required", "updates need an If-Match header with the resource's ETag");

/** One problem with an input field, named by its path (`lines.3.gpc`). */
export interface FieldProblem {
  path: string;
  message: string;
}

/** The input is malformed; `problems` name each field. */
export const validationFailed = (problems: FieldProblem[]): DomainError =>
  new DomainError(
    "validation_failed",
    problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join("; "),
    problems,
  );

/** The shape of a calculation issue that makes an inventory unacceptable. */
export interface BlockingIssue {
  code: string;
  line: number | null;
  gpc: string | null;
  message: string;
}

/** The inventory document has lines that cannot be calculated; `issues` name each line and GPC row. */
export const invalidInventory = (issues: BlockingIssue[]): DomainError => {
  const first = issues
    .slice(0, 3)
    .map((i) => `line ${i.line ?? "-"} (${i.gpc ?? "document"}): ${i.code}: ${i.message}`)
    .join("; ");
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : "";
  return new DomainError("invalid_inventory", `the inventory cannot be calculated: ${first}${more}`, issues);
};

/** The transition cannot be made from the version's current status (out of order, or already made). */
export const invalidTransition = (message: string, details: unknown = null): DomainError =>
  new DomainError("invalid_transition", message, details);

/** The record is not in an editable status (only draft and returned are). */
export const notEditable = (kind: string, id: string, status: string): DomainError =>
  new DomainError(
    "not_editable",
    `${kind} ${id} is ${status}; only draft and returned versions can be changed`,
    {
      kind,
      id,
      status,
    },
  );

/** An imported file has errors (each named by file, line and column in `details`); nothing was written. */
export const invalidFile = (message: string, details: unknown): DomainError =>
  new DomainError("invalid_file", message, details);
