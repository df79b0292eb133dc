/**
 * Routes of the themes beyond climate: the declarations (/themes), their figures across members and one member's
 * benchmark against its peers, the 10% programme (/programmes/efficiency), and theme reports (/theme-reports) with
 * the same resource routes and light review workflow as targets and actions.
 */
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { Services } from "../../services/services.ts";
import type { ReadCache } from "../common/read-cache.ts";
import { reviewedRoutes } from "../common/reviewed-routes.ts";
import { json, valid } from "../common/route-helpers.ts";
import { newRouter } from "../common/router.ts";
import { READ_ERRORS } from "../common/schema.ts";
import { presentThemeReport } from "./presenter.ts";
import {
  BenchmarkQuery,
  EfficiencyProgrammeView,
  ResilienceGoalView,
  Theme,
  ThemeBenchmark,
  ThemeFigures,
  ThemeParam,
  ThemeReport,
  ThemeReportInput,
  ThemeReportQuery,
} from "./schema.ts";

const tags = ["themes"];

/** GET /themes, /themes/{theme}, /themes/{theme}/figures, /themes/{theme}/benchmark, /programmes/efficiency. */
export function themeRoutes(services: Services): OpenAPIHono {
  const app = newRouter();
  const t = services.themes;
  app.openapi(
    createRoute({
      method: "get",
      path: "/themes",
      tags,
      summary:
        "Every declared theme: indicators (units, direction, formulas), target types, action categories, checks",
      operationId: "list-themes",
      responses: { 200: json(z.object({ items: z.array(Theme) }), "the themes") },
    }),
    (c) => c.json({ items: t.list() as unknown as z.input<typeof Theme>[] }, 200),
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/themes/{theme}",
      tags,
      summary: "One declared theme",
      operationId: "get-theme",
      request: { params: ThemeParam },
      responses: { 200: json(Theme, "the theme"), ...READ_ERRORS },
    }),
    (c) => {
      const theme = t.get(valid<z.output<typeof ThemeParam>>(c, "param").theme);
      return c.json(theme as unknown as z.input<typeof Theme>, 200);
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/themes/{theme}/figures",
      tags,
      summary: "Each indicator's spread over members' latest published reports",
      operationId: "theme-figures",
      request: { params: ThemeParam },
      responses: { 200: json(ThemeFigures, "the figures"), ...READ_ERRORS },
    }),
    async (c) => c.json(await t.figures(valid<z.output<typeof ThemeParam>>(c, "param").theme), 200),
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/themes/{theme}/benchmark",
      tags,
      summary: "A member's latest published indicators ranked among its peers'",
      operationId: "theme-benchmark",
      request: { params: ThemeParam, query: BenchmarkQuery },
      responses: { 200: json(ThemeBenchmark, "the benchmark"), ...READ_ERRORS },
    }),
    async (c) => {
      const { theme } = valid<z.output<typeof ThemeParam>>(c, "param");
      const { jurisdictionId } = valid<z.output<typeof BenchmarkQuery>>(c, "query");
      return c.json(await t.benchmark(theme, jurisdictionId), 200);
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/programmes/efficiency",
      tags,
      summary: "The 10% efficiency-gain programme: every published commitment's progress and the totals",
      operationId: "efficiency-programme",
      responses: { 200: json(EfficiencyProgrammeView, "the programme") },
    }),
    async (c) => {
      const programme = await t.efficiencyProgramme();
      return c.json(programme as unknown as z.input<typeof EfficiencyProgrammeView>, 200);
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/programmes/resilience",
      tags,
      summary:
        "The plan's goal of 25% of members reporting risks, resilience policy, adaptation commitments, plans and actions",
      operationId: "resilience-goal",
      responses: { 200: json(ResilienceGoalView, "each element's share of members") },
    }),
    async (c) => c.json(await t.resilienceGoal(), 200),
  );
  return app;
}

/** /theme-reports: create, list, read, replace, submit, publish, return, reopen. */
export function themeReportRoutes(services: Services, cache: ReadCache): OpenAPIHono {
  return reviewedRoutes({
    plural: "theme-reports",
    singular: "theme-report",
    table: "theme_reports",
    input: ThemeReportInput,
    query: ThemeReportQuery,
    output: ThemeReport,
    service: services.themeReports,
    present: presentThemeReport,
    cache,
  });
}
