/**
 * Public analytics routes, all from published data: /analytics/network, /analytics/trends,
 * /analytics/commitments, /analytics/leaders, /jurisdictions/{id}/peers and /targets/{id}/progress.
 */
import { createRoute, type OpenAPIHono, type z } from "@hono/zod-openapi";
import type { Services } from "../../services/services.ts";
import { principalOf } from "../common/auth-context.ts";
import { json, valid } from "../common/route-helpers.ts";
import { newRouter } from "../common/router.ts";
import { IdParam, READ_ERRORS } from "../common/schema.ts";
import {
  CommitmentsView,
  LeadersQuery,
  LeadersView,
  NetworkQuery,
  NetworkSummary,
  PeersQuery,
  PeersView,
  ProgressView,
  Trends,
} from "./schema.ts";

const tags = ["analytics"];
type Filter = z.output<typeof NetworkQuery>;

/** The analytics routes over `services`, mounted at /api/v1. */
export function analyticsRoutes(services: Services): OpenAPIHono {
  const app = newRouter();
  const a = services.analytics;
  const network = (path: string, summary: string, operationId: string, schema: z.ZodType) =>
    createRoute({
      method: "get",
      path,
      tags,
      summary,
      operationId,
      request: { query: NetworkQuery },
      responses: { 200: json(schema, summary), 422: READ_ERRORS[422] },
    });

  app.openapi(
    network(
      "/analytics/network",
      "Network summary: counts, groups, emissions without overlaps, per-capita distributions, commitments",
      "analytics-network",
      NetworkSummary,
    ),
    async (c) => c.json(await a.network(valid<Filter>(c, "query")), 200),
  );
  app.openapi(
    network(
      "/analytics/trends",
      "Verified emissions and per-capita medians by year; emissions by GPC sector by year",
      "analytics-trends",
      Trends,
    ),
    async (c) => c.json(await a.trends(valid<Filter>(c, "query")), 200),
  );
  app.openapi(
    network(
      "/analytics/commitments",
      "Committed reductions by 2030 and 2050, expected reductions of actions, target progress counts",
      "analytics-commitments",
      CommitmentsView,
    ),
    async (c) => c.json(await a.commitments(valid<Filter>(c, "query")), 200),
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/analytics/leaders",
      tags,
      summary: "Top performers by verified reduction since base year, with performance-partner candidates",
      operationId: "analytics-leaders",
      request: { query: LeadersQuery },
      responses: { 200: json(LeadersView, "leaders of the peer group"), 422: READ_ERRORS[422] },
    }),
    async (c) => {
      const { metric, limit, ...filter } = valid<z.output<typeof LeadersQuery>>(c, "query");
      return c.json(await a.leaders(filter, metric ?? "absolute", limit ?? 10), 200);
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/jurisdictions/{id}/peers",
      tags,
      summary: "Jurisdictions like this one, with the features that matched",
      operationId: "jurisdiction-peers",
      request: { params: IdParam, query: PeersQuery },
      responses: { 200: json(PeersView, "the most similar jurisdictions, best first"), ...READ_ERRORS },
    }),
    async (c) => {
      const { id } = valid<z.output<typeof IdParam>>(c, "param");
      const { limit } = valid<z.output<typeof PeersQuery>>(c, "query");
      return c.json(await a.peers(id, limit ?? 10), 200);
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/targets/{id}/progress",
      tags,
      summary: "A target's stored progress against its jurisdiction's published inventories",
      operationId: "target-progress",
      request: { params: IdParam },
      responses: { 200: json(ProgressView, "status, pathway, achievement and why"), ...READ_ERRORS },
    }),
    async (c) => {
      const { id } = valid<z.output<typeof IdParam>>(c, "param");
      const view: z.input<typeof ProgressView> = await a.targetProgress(id, principalOf(c));
      return c.json(view, 200);
    },
  );
  return app;
}
