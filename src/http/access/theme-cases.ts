/** The route × role matrix's cases of the public theme routes (declarations, figures, benchmark, 10% programme). */

import { SYSTEM } from "../../services/service-helpers.ts";
import { themeReportBody } from "../testing/workflow-fixtures.ts";
import type { AnalyticsCaseContext } from "./analytics-cases.ts";
import type { RouteCase } from "./route-cases.ts";

/** One case per public theme route, each allowed to `everyone`. */
export function themeCases(
  everyone: RouteCase["allow"],
  ctx: AnalyticsCaseContext,
): Record<string, RouteCase> {
  const open = (path: () => Promise<string> | string): RouteCase => ({
    allow: everyone,
    prepare: async () => ({ path: await path() }),
  });
  const publishedReport = async () => {
    const services = ctx.services();
    const row = await services.themeReports.create(
      { jurisdictionId: ctx.cityA(), ...themeReportBody(), values: { population: 10, "water-supplied": 5 } },
      SYSTEM,
    );
    await services.themeReports.transition(row.id, "submit", null, SYSTEM);
    await services.themeReports.transition(row.id, "publish", null, SYSTEM);
  };
  return {
    "GET /api/v1/themes": open(() => "/api/v1/themes"),
    "GET /api/v1/themes/{theme}": open(() => "/api/v1/themes/iso37120"),
    "GET /api/v1/themes/{theme}/figures": open(() => "/api/v1/themes/water/figures"),
    "GET /api/v1/themes/{theme}/benchmark": open(async () => {
      await publishedReport();
      return `/api/v1/themes/water/benchmark?jurisdictionId=${ctx.cityA()}`;
    }),
    "GET /api/v1/programmes/efficiency": open(() => "/api/v1/programmes/efficiency"),
    "GET /api/v1/programmes/resilience": open(() => "/api/v1/programmes/resilience"),
  };
}
