/** The route × role matrix's cases of the public analytics routes: everyone may read them. */
import type { Services } from "../../services/services.ts";
import { reviewedIn } from "../testing/workflow-fixtures.ts";
import type { RouteCase } from "./route-cases.ts";

/** What the cases need from the matrix: the app's services and city A, read when a case runs. */
export interface AnalyticsCaseContext {
  services(): Services;
  cityA(): string;
}

/** One case per analytics route, each allowed to `everyone`. */
export function analyticsCases(
  everyone: RouteCase["allow"],
  ctx: AnalyticsCaseContext,
): Record<string, RouteCase> {
  const open = (path: () => Promise<string> | string): RouteCase => ({
    allow: everyone,
    prepare: async () => ({ path: await path() }),
  });
  const publishedTarget = () => reviewedIn(ctx.services(), "targets", ctx.cityA(), "published");
  return {
    "GET /api/v1/analytics/network": open(() => "/api/v1/analytics/network?region=Europe"),
    "GET /api/v1/analytics/trends": open(() => "/api/v1/analytics/trends"),
    "GET /api/v1/analytics/commitments": open(() => "/api/v1/analytics/commitments?country=BR"),
    "GET /api/v1/analytics/leaders": open(() => "/api/v1/analytics/leaders?metric=perCapita"),
    "GET /api/v1/jurisdictions/{id}/peers": open(() => `/api/v1/jurisdictions/${ctx.cityA()}/peers`),
    "GET /api/v1/targets/{id}/progress": open(
      async () => `/api/v1/targets/${await publishedTarget()}/progress`,
    ),
  };
}
