/**
 * The route × role matrix's cases of the Transformative Actions Program's funder routes and the Solutions
 * Gateway. The matrix has no funder among its roles: of them, only the admin (who may act in every role) may save
 * projects or express interest; the funder role itself is tested in src/http/tap.
 */
import { SYSTEM } from "../../services/service-helpers.ts";
import { reviewedIn } from "../testing/workflow-fixtures.ts";
import type { AnalyticsCaseContext } from "./analytics-cases.ts";
import type { RouteCase } from "./route-cases.ts";

type Allow = RouteCase["allow"];

/** One case per TAP funder route and Gateway route. */
export function tapGatewayCases(
  roles: { everyone: Allow; signedIn: Allow; aReaders: Allow; reviewers: Allow; admin: Allow },
  ctx: AnalyticsCaseContext,
): Record<string, RouteCase> {
  const published = () => reviewedIn(ctx.services(), "tapProjects", ctx.cityA(), "published");
  const provider = {
    name: "Matrix Mobility",
    kind: "business",
    solutions: [
      { title: "E-bus leasing", description: "Leases electric buses", sectors: ["transportation"] },
    ],
  };
  const submitted = async () => (await ctx.services().gateway.propose(provider, SYSTEM)).id;
  const decide = (name: string): RouteCase => ({
    allow: roles.reviewers,
    prepare: async () => ({
      path: `/api/v1/solution-providers/${await submitted()}/${name}`,
      body: { comment: "ok" },
    }),
  });
  return {
    "PUT /api/v1/tap-projects/{id}/interest": {
      allow: roles.admin,
      prepare: async () => ({
        path: `/api/v1/tap-projects/${await published()}/interest`,
        body: { saved: true, interested: true, message: "matrix" },
      }),
    },
    "GET /api/v1/tap-projects/{id}/interests": {
      allow: roles.aReaders,
      prepare: async () => ({ path: `/api/v1/tap-projects/${await published()}/interests` }),
    },
    "GET /api/v1/tap-interests": {
      allow: roles.admin,
      prepare: async () => ({ path: "/api/v1/tap-interests" }),
    },
    "POST /api/v1/solution-providers": {
      allow: roles.signedIn,
      prepare: async () => ({ path: "/api/v1/solution-providers", body: provider }),
    },
    "GET /api/v1/solution-providers": {
      allow: roles.everyone,
      prepare: async () => ({ path: "/api/v1/solution-providers" }),
    },
    "GET /api/v1/solution-providers/{id}": {
      allow: roles.reviewers,
      hidden: true,
      prepare: async () => ({ path: `/api/v1/solution-providers/${await submitted()}` }),
    },
    "PUT /api/v1/solution-providers/{id}": {
      allow: roles.admin,
      prepare: async () => ({
        path: `/api/v1/solution-providers/${await submitted()}`,
        body: provider,
        headers: { "if-match": '"1"' },
      }),
    },
    "POST /api/v1/solution-providers/{id}/approve": decide("approve"),
    "POST /api/v1/solution-providers/{id}/reject": decide("reject"),
    "GET /api/v1/solutions": {
      allow: roles.everyone,
      prepare: async () => ({ path: "/api/v1/solutions?sector=waste" }),
    },
    "GET /api/v1/jurisdictions/{id}/solution-matches": {
      allow: roles.everyone,
      prepare: async () => ({ path: `/api/v1/jurisdictions/${ctx.cityA()}/solution-matches` }),
    },
  };
}
