/** The one mapping from domain error codes to HTTP statuses. */
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ErrorCode } from "../../services/errors.ts";

/** HTTP status of each domain error code; exhaustive, so a new code cannot be forgotten. */
export function statusOf(code: ErrorCode): ContentfulStatusCode {
  switch (code) {
    case "not_found":
    case "route_not_found":
      return 404;
    case "already_exists":
    case "invalid_transition":
    case "not_editable":
      return 409;
    case "unauthenticated":
    case "invalid_credentials":
      return 401;
    case "forbidden":
    case "csrf_failed":
      return 403;
    case "too_many_requests":
      return 429;
    case "version_conflict":
      return 412;
    case "precondition_required":
      return 428;
    case "validation_failed":
    case "invalid_inventory":
    case "checks_failed":
    case "invalid_file":
      return 422;
    case "malformed_json":
    case "bad_request":
      return 400;
    case "payload_too_large":
      return 413;
    case "unsupported_media_type":
      return 415;
    case "internal_error":
      return 500;
  }
}
