/** The four routes of a resource (create, list, read, replace), built from its schemas, service and presenter. */
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { Page } from "../../db/cursor.ts";
import { type Actor, SYSTEM } from "../../services/service-helpers.ts";
import { etagOf, versionFromIfMatch } from "./etag.ts";
import type { ReadCache } from "./read-cache.ts";
import { newRouter } from "./router.ts";
import { ETAG_HEADER, IdParam, IfMatchHeader, READ_ERRORS, WRITE_ERRORS } from "./schema.ts";

/** The use cases a resource's routes call. */
export interface ResourceService<Input, Query, Row> {
  create(input: Input, actor: Actor): Promise<Row>;
  get(id: string): Promise<Row>;
  update(id: string, expectedVersion: number | undefined, input: Input, actor: Actor): Promise<Row>;
  list(query: Query): Promise<Page<Row>>;
}

/** What a resource's routes are made of. */
export interface ResourceDefinition<
  I extends z.ZodType,
  Q extends z.ZodObject,
  O extends z.ZodObject,
  Row extends { id: string; version: number },
> {
  /** Plural, as in the path and the OpenAPI tag (e.g. "jurisdictions"). */
  plural: string;
  singular: string;
  input: I;
  query: Q;
  output: O;
  service: ResourceService<z.output<I>, z.output<Q>, Row>;
  present(row: Row): z.input<O>;
  /** Presented reads by id, kept per version (see ReadCache); the table name is `plural`. */
  cache: ReadCache;
}

/** Validated input of a request; the generic route types are too deep for TypeScript to follow. */
function valid<T>(c: { req: object }, target: "json" | "query" | "param" | "header"): T {
  return (c.req as { valid(target: string): unknown }).valid(target) as T;
}

function json<S extends z.ZodType>(schema: S, description: string) {
  return { description, content: { "application/json": { schema } } };
}

/** Answers with JSON text already serialised, and its ETag; `If-None-Match` on the same version gets 304. */
function jsonText(c: Context, body: string, status: 200 | 201, version: number): Response {
  const etag = etagOf(version);
  if (status === 200 && c.req.header("if-none-match") === etag) return c.body(null, 304, { ETag: etag });
  return c.body(body, status, { ETag: etag, "Content-Type": "application/json; charset=UTF-8" });
}

/** Builds the router of one resource: POST /, GET /, GET /{id}, PUT /{id}. */
export function resourceRoutes<
  I extends z.ZodType,
  Q extends z.ZodObject,
  O extends z.ZodObject,
  Row extends { id: string; version: number },
>(def: ResourceDefinition<I, Q, O, Row>): OpenAPIHono {
  const app = newRouter();
  const tags = [def.plural];
  const body = { required: true, content: { "application/json": { schema: def.input } } };
  const withEtag = (description: string) => ({ ...json(def.output, description), headers: ETAG_HEADER });
  const list = def.output.array();
  /** Presents a row as JSON text, remembers it for reads, and answers with its ETag. */
  const respond = (c: Context, row: Row & { id: string }, status: 200 | 201) => {
    const body = JSON.stringify(def.present(row));
    def.cache.put(def.plural, row.id, row.version, body);
    return jsonText(c, body, status, row.version);
  };

  app.openapi(
    createRoute({
      method: "post",
      path: "/",
      tags,
      summary: `Create a ${def.singular}`,
      operationId: `create-${def.singular}`,
      request: { body },
      responses: { 201: withEtag(`the created ${def.singular}`), ...WRITE_ERRORS },
    }),
    async (c) => {
      const row = await def.service.create(valid<z.output<I>>(c, "json"), SYSTEM);
      return respond(c, row, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/",
      tags,
      summary: `List ${def.plural}`,
      operationId: `list-${def.plural}`,
      request: { query: def.query },
      responses: {
        200: json(
          z.object({ items: list, nextCursor: z.string().nullable() }),
          `a page of ${def.plural}; nextCursor is null on the last page`,
        ),
        ...READ_ERRORS,
      },
    }),
    async (c) => {
      const page = await def.service.list(valid<z.output<Q>>(c, "query"));
      return c.json({ items: page.items.map(def.present), nextCursor: page.nextCursor }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/{id}",
      tags,
      summary: `Read a ${def.singular}`,
      operationId: `get-${def.singular}`,
      request: { params: IdParam },
      responses: { 200: withEtag(`the ${def.singular}`), ...READ_ERRORS },
    }),
    async (c) => {
      const { id } = valid<z.output<typeof IdParam>>(c, "param");
      const cached = def.cache.get(def.plural, id);
      if (cached) return jsonText(c, cached.body, 200, cached.version);
      return respond(c, await def.service.get(id), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "put",
      path: "/{id}",
      tags,
      summary: `Replace a ${def.singular} (If-Match required)`,
      operationId: `update-${def.singular}`,
      request: { params: IdParam, headers: IfMatchHeader, body },
      responses: { 200: withEtag(`the updated ${def.singular}`), ...WRITE_ERRORS },
    }),
    async (c) => {
      const version = versionFromIfMatch(valid<z.output<typeof IfMatchHeader>>(c, "header")["if-match"]);
      const row = await def.service.update(
        valid<z.output<typeof IdParam>>(c, "param").id,
        version,
        valid<z.output<I>>(c, "json"),
        SYSTEM,
      );
      return respond(c, row, 200);
    },
  );

  return app;
}
