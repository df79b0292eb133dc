/**
 * Routes of the Transformative Actions Program: /tap-projects (resource routes and the light review workflow),
 * PUT /tap-projects/{id}/interest (funders), GET /tap-projects/{id}/interests (the member, reviewers) and
 * GET /tap-interests (the funder's saved and interesting projects).
 */
import { createRoute, type OpenAPIHono, type z } from "@hono/zod-openapi";
import type { Services } from "../../services/services.ts";
import { principalOf } from "../common/auth-context.ts";
import type { ReadCache } from "../common/read-cache.ts";
import { reviewedRoutes } from "../common/reviewed-routes.ts";
import { json, valid } from "../common/route-helpers.ts";
import { newRouter } from "../common/router.ts";
import { AUTH_ERRORS, IdParam, READ_ERRORS, WRITE_ERRORS } from "../common/schema.ts";
import { presentInterest, presentTapProject } from "./presenter.ts";
import {
  FunderProjects,
  Interest,
  InterestedFunders,
  InterestInput,
  TapProject,
  TapProjectInput,
  TapProjectQuery,
} from "./schema.ts";

const tags = ["tap-projects"];

/** /tap-projects with its workflow and the funders' routes. */
export function tapProjectRoutes(services: Services, cache: ReadCache): OpenAPIHono {
  const app = reviewedRoutes({
    plural: "tap-projects",
    singular: "tap-project",
    table: "tap_projects",
    input: TapProjectInput,
    query: TapProjectQuery,
    output: TapProject,
    service: services.tapProjects,
    present: presentTapProject,
    cache,
  });
  app.openapi(
    createRoute({
      method: "put",
      path: "/{id}/interest",
      tags,
      summary: "Save a published project and/or express interest in it (funder)",
      operationId: "set-tap-interest",
      request: {
        params: IdParam,
        body: { required: true, content: { "application/json": { schema: InterestInput } } },
      },
      responses: { 200: json(Interest, "the funder's interest"), ...WRITE_ERRORS },
    }),
    async (c) => {
      const { id } = valid<z.output<typeof IdParam>>(c, "param");
      const body = valid<z.output<typeof InterestInput>>(c, "json");
      return c.json(presentInterest(await services.tapProjects.setInterest(id, body, principalOf(c))), 200);
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/{id}/interests",
      tags,
      summary: "The funders interested in a project (its jurisdiction's reporters and approvers, reviewers)",
      operationId: "list-tap-interests",
      request: { params: IdParam },
      responses: { 200: json(InterestedFunders, "interested funders"), ...AUTH_ERRORS, ...READ_ERRORS },
    }),
    async (c) => {
      const { id } = valid<z.output<typeof IdParam>>(c, "param");
      const rows = await services.tapProjects.interestsIn(id, principalOf(c));
      return c.json({ items: rows.map((r) => ({ ...r, updatedAt: r.updatedAt.toISOString() })) }, 200);
    },
  );
  return app;
}

/** GET /tap-interests: the acting funder's saved and interesting projects. */
export function funderRoutes(services: Services): OpenAPIHono {
  const app = newRouter();
  app.openapi(
    createRoute({
      method: "get",
      path: "/tap-interests",
      tags,
      summary: "The projects the signed-in funder saved or is interested in",
      operationId: "my-tap-interests",
      responses: { 200: json(FunderProjects, "saved and interesting projects"), ...AUTH_ERRORS },
    }),
    async (c) => {
      const rows = await services.tapProjects.funderInterests(principalOf(c));
      const items = rows.map((r) => ({
        interest: presentInterest(r.interest),
        project: presentTapProject(r.project),
      }));
      return c.json({ items }, 200);
    },
  );
  return app;
}
