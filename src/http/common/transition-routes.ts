/**
 * Workflow transition routes: `POST /{id}/{transition}` for each named transition, each with a body that says
 * why, and an optional If-Match. The answer is the record after the transition.
 */
import { createRoute, type OpenAPIHono, type z } from "@hono/zod-openapi";
import type { Principal } from "../../policies/principal.ts";
import { principalOf } from "./auth-context.ts";
import { versionFromIfMatch } from "./etag.ts";
import { json, valid } from "./route-helpers.ts";
import { ETAG_HEADER, IdParam, IfMatchHeader, WRITE_ERRORS } from "./schema.ts";

/** One transition endpoint. */
export interface TransitionSpec<B extends z.ZodType> {
  name: string;
  summary: string;
  body: B;
}

/** Adds `POST /{id}/{name}` for each transition to `app`. */
export function addTransitionRoutes<
  B extends z.ZodType,
  O extends z.ZodType,
  Row extends { id: string; version: number },
>(
  app: OpenAPIHono,
  options: {
    singular: string;
    tags: string[];
    output: O;
    transitions: ReadonlyArray<TransitionSpec<B>>;
    run(
      id: string,
      name: string,
      body: z.output<B>,
      principal: Principal,
      version: number | undefined,
    ): Promise<Row>;
    respond(c: Parameters<Parameters<OpenAPIHono["openapi"]>[1]>[0], row: Row): Response;
  },
): void {
  for (const t of options.transitions) {
    app.openapi(
      createRoute({
        method: "post",
        path: `/{id}/${t.name}`,
        tags: options.tags,
        summary: t.summary,
        operationId: `${t.name}-${options.singular}`,
        request: {
          params: IdParam,
          headers: IfMatchHeader,
          body: { required: true, content: { "application/json": { schema: t.body } } },
        },
        responses: {
          200: { ...json(options.output, `the ${options.singular} after ${t.name}`), headers: ETAG_HEADER },
          ...WRITE_ERRORS,
        },
      }),
      async (c) => {
        const version = versionFromIfMatch(valid<z.output<typeof IfMatchHeader>>(c, "header")["if-match"]);
        const { id } = valid<z.output<typeof IdParam>>(c, "param");
        const row = await options.run(id, t.name, valid<z.output<B>>(c, "json"), principalOf(c), version);
        return options.respond(c, row);
      },
    );
  }
}
