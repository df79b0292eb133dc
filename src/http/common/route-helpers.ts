/** Small helpers every router uses: validated input, JSON response specs, and pre-serialised JSON answers. */
import type { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { etagOf } from "./etag.ts";

/** Validated input of a request; the generic route types are too deep for TypeScript to follow. */
export function valid<T>(c: { req: object }, target: "json" | "query" | "param" | "header"): T {
  return (c.req as { valid(target: string): unknown }).valid(target) as T;
}

/** An OpenAPI response with a JSON body. */
export function json<S extends z.ZodType>(schema: S, description: string) {
  return { description, content: { "application/json": { schema } } };
}

/** Answers with JSON text already serialised, and its ETag; `If-None-Match` on the same version gets 304. */
export function jsonText(c: Context, body: string, status: 200 | 201, version: number): Response {
  const etag = etagOf(version);
  if (status === 200 && c.req.header("if-none-match") === etag) return c.body(null, 304, { ETag: etag });
  return c.body(body, status, { ETag: etag, "Content-Type": "application/json; charset=UTF-8" });
}
