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
      return 409;
    case "version_conflict":
      return 412;
    case "precondition_required":
      return 428;
    case "validation_failed":
    case "invalid_inventory":
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
