/** Routes of /api/v1/actions: the resource routes and the light review workflow. */
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Services } from "../../services/services.ts";
import type { ReadCache } from "../common/read-cache.ts";
import { reviewedRoutes } from "../common/reviewed-routes.ts";
import { presentAction } from "./presenter.ts";
import { Action, ActionInput, ActionQuery } from "./schema.ts";

/** The action routes over `services`. */
export function actionRoutes(services: Services, cache: ReadCache): OpenAPIHono {
  return reviewedRoutes({
    plural: "actions",
    singular: "action",
    input: ActionInput,
    query: ActionQuery,
    output: Action,
    service: services.actions,
    present: presentAction,
    cache,
  });
}
