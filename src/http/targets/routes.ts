/** Routes of /api/v1/targets: the resource routes and the light review workflow. */
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Services } from "../../services/services.ts";
import type { ReadCache } from "../common/read-cache.ts";
import { reviewedRoutes } from "../common/reviewed-routes.ts";
import { presentTarget } from "./presenter.ts";
import { Target, TargetInput, TargetQuery } from "./schema.ts";

/** The target routes over `services`. */
export function targetRoutes(services: Services, cache: ReadCache): OpenAPIHono {
  return reviewedRoutes({
    plural: "targets",
    singular: "target",
    input: TargetInput,
    query: TargetQuery,
    output: Target,
    service: services.targets,
    present: presentTarget,
    cache,
  });
}
