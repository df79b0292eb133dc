/** Schemas every resource shares: ids, paging, the error body, audit fields and the If-Match header. */
import { z } from "@hono/zod-openapi";

/** Free text up to `max` characters that the database can store (no NUL character). */
export const PlainText = (max: number) =>
  z
    .string()
    .max(max)
    .refine((v) => !v.includes("\u0000"), "must not contain NUL characters (U+0000)");

/** A resource id (UUID). */
export const IdParam = z.object({
  id: z
    .uuid()
    .openapi({ param: { name: "id", in: "path" }, example: "3f0b6c1e-8d6f-4a5e-9a51-0f4a0a8f9b9e" }),
});

/** Paging parameters of every list. */
export const PageQuery = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(200)
    .optional()
    .openapi({ description: "page size, 1–200 (default 50)" }),
  cursor: z.string().max(500).optional().openapi({ description: "the nextCursor of the previous page" }),
});

/** The If-Match header of an update. */
export const IfMatchHeader = z.object({
  "if-match": z
    .string()
    .optional()
    .openapi({ description: "the ETag of the version this update is based on" }),
});

/** The error body of every failure. */
export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: "validation_failed" }),
      message: z.string(),
      details: z
        .unknown()
        .openapi({ type: "object", description: "structured details (e.g. field problems)" }),
    }),
  })
  .openapi("Error");

/** Fields every resource carries. */
export const AuditFields = {
  id: z.uuid(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  createdBy: z.string(),
  updatedBy: z.string(),
};

/** Presents the audit fields of a row. */
export function presentAudit(row: {
  id: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  createdBy: string;
  updatedBy: string;
}) {
  return {
    id: row.id,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    createdBy: row.createdBy,
    updatedBy: row.updatedBy,
  };
}

const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: ErrorBody } },
});

/** Error responses a read can give. */
export const READ_ERRORS = {
  404: errorResponse("no such resource"),
  422: errorResponse("invalid parameters"),
};

/** Error responses a write can give. */
export const WRITE_ERRORS = {
  401: errorResponse("not signed in, or the credential is unknown, expired or revoked"),
  403: errorResponse("signed in, but not allowed (or a cookie request without its CSRF token)"),
  400: errorResponse("malformed JSON"),
  404: errorResponse("no such resource"),
  409: errorResponse(
    "a natural key is taken, or the record's status does not allow this (not editable, out-of-order transition)",
  ),
  412: errorResponse("If-Match does not match the current version"),
  413: errorResponse("request body too large"),
  422: errorResponse("invalid input; details name each field"),
  428: errorResponse("If-Match required"),
};

/** A page of a list: the items and the cursor of the next page. */
export const PAGE_OF = <S extends z.ZodType>(item: S) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

/** Error responses of routes that need a signed-in principal with a role. */
export const AUTH_ERRORS = {
  401: errorResponse("not signed in, or the credential is unknown, expired or revoked"),
  403: errorResponse("signed in, but not allowed (or a cookie request without its CSRF token)"),
};

/** The ETag response header. */
export const ETAG_HEADER = {
  ETag: { schema: { type: "string" as const }, description: "the resource version" },
};
