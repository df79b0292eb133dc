/**
 * The four routes of a resource (create, list, read, replace), built from its schemas, service and presenter.
 * Every handler passes the request's principal to the service, which authorises before it reads. A cached read
 * is served only after the same access check, made on the jurisdiction and visibility cached with it.
 */
import { createRoute, type OpenAPIHono, type z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { Page } from "../../db/cursor.ts";
import { privateReadScope } from "../../policies/policy.ts";
import type { Principal } from "../../policies/principal.ts";
import type { Actor } from "../../services/service-helpers.ts";
import { principalOf } from "./auth-context.ts";
import { versionFromIfMatch } from "./etag.ts";
import type { CacheMeta, ReadCache } from "./read-cache.ts";
import { json, jsonText, valid } from "./route-helpers.ts";
import { newRouter } from "./router.ts";
import { ETAG_HEADER, IdParam, IfMatchHeader, PAGE_OF, READ_ERRORS, WRITE_ERRORS } from "./schema.ts";

/** The use cases a resource's routes call. */
export interface ResourceService<Input, Query, Row> {
  create(input: Input, actor: Actor): Promise<Row>;
  get(id: string, actor: Actor): Promise<Row>;
  update(id: string, expectedVersion: number | undefined, input: Input, actor: Actor): Promise<Row>;
  list(query: Query, actor: Actor): Promise<Page<Row>>;
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
  /** Who may see a presented row: its jurisdiction and whether it is public. */
  visibility(row: Row): CacheMeta;
  /**
   * True when those who may read the jurisdiction's private work get a different presentation (inventories'
   * working copies); false when the public presentation is everyone's once it is public.
   */
  separateWorkingView: boolean;
  /** Presented reads by id, kept per version (see ReadCache), under `table` (default `plural`). */
  cache: ReadCache;
  /** The database table whose change notifications invalidate the cache, when it is not `plural`. */
  table?: string;
}

/** Whether `principal` may read the unpublished work of `jurisdictionId`. */
export function mayReadPrivate(principal: Principal, jurisdictionId: string | null): boolean {
  const scope = privateReadScope(principal);
  return scope === "all" || (jurisdictionId !== null && scope.has(jurisdictionId));
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
  const respond = (c: Context, row: Row, status: 200 | 201) => respondWith(c, def, row, status);

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
    async (c) => respond(c, await def.service.create(valid<z.output<I>>(c, "json"), principalOf(c)), 201),
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
        200: json(PAGE_OF(def.output), `a page of ${def.plural}; nextCursor is null on the last page`),
        ...READ_ERRORS,
      },
    }),
    async (c) => {
      const page = await def.service.list(valid<z.output<Q>>(c, "query"), principalOf(c));
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
      const principal = principalOf(c);
      const cached = cachedFor(def, id, principal);
      if (cached) return jsonText(c, cached.body, 200, cached.version);
      return respond(c, await def.service.get(id, principal), 200);
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
      const { id } = valid<z.output<typeof IdParam>>(c, "param");
      const row = await def.service.update(id, version, valid<z.output<I>>(c, "json"), principalOf(c));
      return respond(c, row, 200);
    },
  );

  return app;
}

/** Presents a row as JSON text, remembers it for reads with its visibility, and answers with its ETag. */
export function respondWith<Row extends { id: string; version: number }>(
  c: Context,
  def: Pick<
    ResourceDefinition<z.ZodType, z.ZodObject, z.ZodObject, Row>,
    "present" | "visibility" | "cache" | "plural" | "table"
  >,
  row: Row,
  status: 200 | 201,
): Response {
  const body = JSON.stringify(def.present(row));
  def.cache.put(def.table ?? def.plural, row.id, row.version, body, def.visibility(row));
  return jsonText(c, body, status, row.version);
}

/** The cached presentation `principal` may be served, if any; the access check runs before anything is served. */
function cachedFor<Row extends { id: string; version: number }>(
  def: ResourceDefinition<z.ZodType, z.ZodObject, z.ZodObject, Row>,
  id: string,
  principal: Principal,
) {
  const scope = privateReadScope(principal);
  if (scope === "all" || scope.size > 0) {
    const own = def.cache.get(def.table ?? def.plural, id, "private");
    if (own && mayReadPrivate(principal, own.meta.jurisdictionId)) return own;
  }
  const shared = def.cache.get(def.table ?? def.plural, id, "public");
  if (!shared) return undefined;
  if (def.separateWorkingView && mayReadPrivate(principal, shared.meta.jurisdictionId)) return undefined;
  return shared;
}
