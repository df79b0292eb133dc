/** Routes of the Solutions Gateway. */
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { ProviderRow, SolutionRow } from "../../db/repositories/gateway.repository.ts";
import type { Services } from "../../services/services.ts";
import { principalOf } from "../common/auth-context.ts";
import { etagOf, versionFromIfMatch } from "../common/etag.ts";
import { json, valid } from "../common/route-helpers.ts";
import { newRouter } from "../common/router.ts";
import {
  ETAG_HEADER,
  IdParam,
  IfMatchHeader,
  presentAudit,
  READ_ERRORS,
  WRITE_ERRORS,
} from "../common/schema.ts";
import {
  DecisionInput,
  Provider,
  ProviderInput,
  ProviderQuery,
  ProviderWithSolutions,
  Solution,
  SolutionMatches,
  SolutionQuery,
} from "./schema.ts";

const tags = ["gateway"];

function presentProvider(row: ProviderRow): z.input<typeof Provider> {
  return {
    ...presentAudit(row),
    name: row.name,
    kind: row.kind,
    country: row.country,
    website: row.website,
    description: row.description,
    reviewStatus: row.reviewStatus as "submitted" | "approved" | "rejected",
    reviewComment: row.reviewComment,
  };
}

function presentSolution(s: SolutionRow, provider: ProviderRow): z.input<typeof Solution> {
  return {
    id: s.id,
    providerId: provider.id,
    providerName: provider.name,
    providerKind: provider.kind,
    title: s.title,
    description: s.description,
    agendas: s.agendas,
    sectors: s.sectors,
    hazards: s.hazards,
    problems: s.problems,
  };
}

/** The Gateway routes over `services`, mounted at /api/v1. */
export function gatewayRoutes(services: Services): OpenAPIHono {
  const app = newRouter();
  const g = services.gateway;
  app.openapi(
    createRoute({
      method: "post",
      path: "/solution-providers",
      tags,
      summary:
        "Propose a provider with its solutions (any signed-in user); listed once a reviewer approves it",
      operationId: "propose-solution-provider",
      request: { body: { required: true, content: { "application/json": { schema: ProviderInput } } } },
      responses: { 201: json(Provider, "the submitted provider"), ...WRITE_ERRORS },
    }),
    async (c) => c.json(presentProvider(await g.propose(valid(c, "json"), principalOf(c))), 201),
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/solution-providers",
      tags,
      summary: "Providers: approved ones for everyone; reviewers see submitted and rejected ones too",
      operationId: "list-solution-providers",
      request: { query: ProviderQuery },
      responses: { 200: json(z.object({ items: z.array(Provider) }), "providers"), ...WRITE_ERRORS },
    }),
    async (c) => {
      const { reviewStatus, mine } = valid<z.output<typeof ProviderQuery>>(c, "query");
      const rows = await g.providers(reviewStatus, principalOf(c), mine === "true");
      return c.json({ items: rows.map(presentProvider) }, 200);
    },
  );
  const withSolutions = (found: { provider: ProviderRow; solutions: SolutionRow[] }) => ({
    ...presentProvider(found.provider),
    solutions: found.solutions.map((s) => presentSolution(s, found.provider)),
  });
  app.openapi(
    createRoute({
      method: "get",
      path: "/solution-providers/{id}",
      tags,
      summary: "One provider with its solutions (approved: everyone; otherwise its proposer and reviewers)",
      operationId: "get-solution-provider",
      request: { params: IdParam },
      responses: {
        200: { ...json(ProviderWithSolutions, "the provider"), headers: ETAG_HEADER },
        ...READ_ERRORS,
      },
    }),
    async (c) => {
      const { id } = valid<z.output<typeof IdParam>>(c, "param");
      const found = await g.get(id, principalOf(c));
      c.header("ETag", etagOf(found.provider.version));
      return c.json(withSolutions(found), 200);
    },
  );
  app.openapi(
    createRoute({
      method: "put",
      path: "/solution-providers/{id}",
      tags,
      summary:
        "Replace a provider and its solutions (its proposer, If-Match); it goes back to review until approved again",
      operationId: "update-solution-provider",
      request: {
        params: IdParam,
        headers: IfMatchHeader,
        body: { required: true, content: { "application/json": { schema: ProviderInput } } },
      },
      responses: {
        200: { ...json(ProviderWithSolutions, "the provider, submitted for review"), headers: ETAG_HEADER },
        ...WRITE_ERRORS,
      },
    }),
    async (c) => {
      const { id } = valid<z.output<typeof IdParam>>(c, "param");
      const version = versionFromIfMatch(valid<z.output<typeof IfMatchHeader>>(c, "header")["if-match"]);
      const actor = principalOf(c);
      await g.update(id, version, valid(c, "json"), actor);
      const found = await g.get(id, actor);
      c.header("ETag", etagOf(found.provider.version));
      return c.json(withSolutions(found), 200);
    },
  );
  for (const [name, decision] of [
    ["approve", "approved"],
    ["reject", "rejected"],
  ] as const) {
    app.openapi(
      createRoute({
        method: "post",
        path: `/solution-providers/{id}/${name}`,
        tags,
        summary: `${name === "approve" ? "Approve" : "Reject"} a submitted provider (reviewer)`,
        operationId: `${name}-solution-provider`,
        request: {
          params: IdParam,
          body: { required: true, content: { "application/json": { schema: DecisionInput } } },
        },
        responses: { 200: json(Provider, "the decided provider"), ...WRITE_ERRORS },
      }),
      async (c) => {
        const { id } = valid<z.output<typeof IdParam>>(c, "param");
        const { comment } = valid<z.output<typeof DecisionInput>>(c, "json");
        return c.json(presentProvider(await g.decide(id, decision, comment ?? null, principalOf(c))), 200);
      },
    );
  }
  app.openapi(
    createRoute({
      method: "get",
      path: "/solutions",
      tags,
      summary: "Solutions of approved providers, by agenda, sector, hazard, problem or title",
      operationId: "list-solutions",
      request: { query: SolutionQuery },
      responses: { 200: json(z.object({ items: z.array(Solution) }), "solutions"), 422: READ_ERRORS[422] },
    }),
    async (c) => {
      const rows = await g.solutions(valid<z.output<typeof SolutionQuery>>(c, "query"));
      return c.json({ items: rows.map((r) => presentSolution(r.solution, r.provider)) }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/jurisdictions/{id}/solution-matches",
      tags,
      summary:
        "Approved solutions matched to a member's published actions, assessed hazards and emission gaps",
      operationId: "solution-matches",
      request: { params: IdParam },
      responses: { 200: json(SolutionMatches, "matches with reasons"), ...READ_ERRORS },
    }),
    async (c) => {
      const { id } = valid<z.output<typeof IdParam>>(c, "param");
      const result = await g.matches(id);
      const matches = result.matches.map((m) => ({
        score: m.score,
        reasons: m.reasons.map((r) => ({ ...r })),
        solution: presentSolution(m.solution, m.solution.provider),
      }));
      return c.json(
        {
          jurisdictionId: id,
          rule: result.rule,
          facts: { ...result.facts, hazards: [...result.facts.hazards] },
          matches,
        },
        200,
      );
    },
  );
  return app;
}
