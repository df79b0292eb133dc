/** The route × role matrix's table: for every route, the roles allowed and how to make a fresh request. */
import { SAMPLE_LINES } from "../../db/testing/factories.ts";
import { userPrincipal } from "../../policies/principal.ts";
import { SYSTEM } from "../../services/service-helpers.ts";
import type { TestApp, TestUser } from "../testing/test-app.ts";
import {
  freshYear,
  inventoryIn,
  pendingWarnings,
  reviewedIn,
  tapProjectBody,
  themeReportBody,
} from "../testing/workflow-fixtures.ts";
import { analyticsCases } from "./analytics-cases.ts";
import { ioCases } from "./io-cases.ts";
import { memberCases } from "./member-cases.ts";
import { tapGatewayCases } from "./tap-gateway-cases.ts";
import { themeCases } from "./theme-cases.ts";

export const ROLES = ["anonymous", "reporterA", "reporterB", "approverA", "reviewer", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** A request made for one role on a fresh fixture. */
interface Call {
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
}

const V1 = { "if-match": '"1"' };

export interface RouteCase {
  /** Roles that must get a 2xx. */
  allow: readonly Role[];
  /** Denied reads of unpublished data answer 404 (they do not exist for this reader); others 401/403. */
  hidden?: boolean;
  prepare(role: Role): Promise<Call>;
}

const EVERYONE = ROLES;
const SIGNED_IN: readonly Role[] = ["reporterA", "reporterB", "approverA", "reviewer", "admin"];
const A_WRITERS: readonly Role[] = ["reporterA", "admin"];
const A_READERS: readonly Role[] = ["reporterA", "approverA", "reviewer", "admin"];
const REVIEWERS: readonly Role[] = ["reviewer", "admin"];
const ADMIN: readonly Role[] = ["admin"];

/** The app, the two cities and one user per role that the cases run against (filled in by the test). */
export const matrix = {
  app: undefined as unknown as TestApp,
  cityA: "",
  cityB: "",
  users: {} as Record<Exclude<Role, "anonymous">, TestUser>,
};

const target = (id: string) => ({
  jurisdictionId: id,
  type: "base-year-absolute",
  scope: "community",
  baseYear: 2015,
  targetYear: 2030,
  reductionPercent: 40,
});
const action = (id: string) => ({
  jurisdictionId: id,
  kind: "mitigation",
  title: "Bike lanes",
  status: "planned",
});
const inventory = (id: string) => ({
  jurisdictionId: id,
  year: freshYear(),
  kind: "community",
  lines: SAMPLE_LINES,
});
const themeReport = (id: string) => ({
  jurisdictionId: id,
  ...themeReportBody(),
  values: { population: 5000, "water-supplied": 1000, "water-billed": 900 },
});
const jurisdiction = () => ({ name: `Town ${freshYear()}`, type: "town", country: "PT" });

/** The expected outcome of every route, keyed "METHOD /path" as in the OpenAPI document. */
export const CASES: Record<string, RouteCase> = {
  "POST /api/v1/auth/sign-in": {
    allow: EVERYONE,
    prepare: async () => ({
      path: "/api/v1/auth/sign-in",
      body: { email: matrix.users.reviewer.email, password: matrix.users.reviewer.password },
    }),
  },
  "POST /api/v1/auth/sign-out": {
    allow: SIGNED_IN,
    prepare: async () => ({ path: "/api/v1/auth/sign-out" }),
  },
  "GET /api/v1/auth/me": { allow: SIGNED_IN, prepare: async () => ({ path: "/api/v1/auth/me" }) },
  "GET /api/v1/auth/tokens": { allow: SIGNED_IN, prepare: async () => ({ path: "/api/v1/auth/tokens" }) },
  "POST /api/v1/auth/tokens": {
    allow: SIGNED_IN,
    prepare: async () => ({ path: "/api/v1/auth/tokens", body: { name: "matrix" } }),
  },
  "DELETE /api/v1/auth/tokens/{id}": {
    allow: SIGNED_IN,
    async prepare(role) {
      const owner = role === "anonymous" ? matrix.users.reviewer : matrix.users[role];
      const { row } = await matrix.app.services.tokens.create(userPrincipal(owner.id, []), "to revoke", null);
      return { path: `/api/v1/auth/tokens/${row.id}` };
    },
  },
  "POST /api/v1/users": {
    allow: ADMIN,
    prepare: async () => ({
      path: "/api/v1/users",
      body: { email: `u${freshYear()}${Math.random()}@x.org`, name: "U", password: "long enough password" },
    }),
  },
  "GET /api/v1/users": { allow: ADMIN, prepare: async () => ({ path: "/api/v1/users" }) },
  "GET /api/v1/users/{id}": {
    allow: ADMIN,
    prepare: async () => ({ path: `/api/v1/users/${matrix.users.reviewer.id}` }),
  },
  "POST /api/v1/users/{id}/roles": {
    allow: ADMIN,
    prepare: async () => ({
      path: `/api/v1/users/${matrix.users.reporterB.id}/roles`,
      body: { role: "reporter", jurisdictionId: matrix.cityB },
    }),
  },
  "DELETE /api/v1/users/{id}/roles/{roleId}": {
    allow: ADMIN,
    async prepare() {
      const u = await matrix.app.services.users.create(
        {
          email: `r${Math.random()}@x.org`,
          name: "R",
          password: "long enough password",
          roles: [{ role: "reviewer" }],
        },
        SYSTEM,
      );
      return { path: `/api/v1/users/${u.id}/roles/${u.roles[0]?.id}` };
    },
  },
  "POST /api/v1/users/{id}/disabled": {
    allow: ADMIN,
    async prepare() {
      const u = await matrix.app.services.users.create(
        { email: `d${Math.random()}@x.org`, name: "D", password: "long enough password" },
        SYSTEM,
      );
      return { path: `/api/v1/users/${u.id}/disabled`, body: { disabled: true } };
    },
  },
  "GET /api/v1/audit/verify": { allow: EVERYONE, prepare: async () => ({ path: "/api/v1/audit/verify" }) },
  "GET /api/v1/audit/events": {
    allow: REVIEWERS,
    prepare: async () => ({ path: "/api/v1/audit/events?limit=5" }),
  },
  "POST /api/v1/jurisdictions": {
    allow: ADMIN,
    prepare: async () => ({ path: "/api/v1/jurisdictions", body: jurisdiction() }),
  },
  "GET /api/v1/jurisdictions": { allow: EVERYONE, prepare: async () => ({ path: "/api/v1/jurisdictions" }) },
  "GET /api/v1/jurisdictions/{id}": {
    allow: EVERYONE,
    prepare: async () => ({ path: `/api/v1/jurisdictions/${matrix.cityA}` }),
  },
  "PUT /api/v1/jurisdictions/{id}": {
    allow: ADMIN,
    async prepare() {
      const j = await matrix.app.services.jurisdictions.create(jurisdiction(), SYSTEM);
      return {
        path: `/api/v1/jurisdictions/${j.id}`,
        body: { ...jurisdiction(), name: j.name },
        headers: V1,
      };
    },
  },
  "POST /api/v1/inventories": {
    allow: A_WRITERS,
    prepare: async () => ({ path: "/api/v1/inventories", body: inventory(matrix.cityA) }),
  },
  "GET /api/v1/inventories": { allow: EVERYONE, prepare: async () => ({ path: "/api/v1/inventories" }) },
  "GET /api/v1/inventories/{id}": {
    allow: A_READERS,
    hidden: true,
    prepare: async () => ({
      path: `/api/v1/inventories/${await inventoryIn(matrix.app.services, matrix.cityA, "draft")}`,
    }),
  },
  "PUT /api/v1/inventories/{id}": {
    allow: A_WRITERS,
    async prepare() {
      const id = await inventoryIn(matrix.app.services, matrix.cityA, "draft");
      const current = await matrix.app.services.inventories.get(id, SYSTEM);
      return {
        path: `/api/v1/inventories/${id}`,
        body: {
          jurisdictionId: matrix.cityA,
          year: current.year,
          kind: "community",
          lines: SAMPLE_LINES,
          boundary: "changed",
        },
        headers: V1,
      };
    },
  },
  ...transitionCase("submit", "draft", A_WRITERS),
  ...transitionCase("approve", "submitted", ["approverA", "admin"]),
  ...transitionCase("review", "approved", REVIEWERS),
  ...transitionCase("verify", "in_review", REVIEWERS),
  ...transitionCase("return", "in_review", REVIEWERS),
  ...transitionCase("publish", "verified", REVIEWERS),
  ...transitionCase("correct", "published", A_WRITERS),
  "GET /api/v1/inventories/{id}/versions": {
    allow: A_READERS,
    hidden: true,
    prepare: async () => ({
      path: `/api/v1/inventories/${await inventoryIn(matrix.app.services, matrix.cityA, "in_review")}/versions`,
    }),
  },
  "GET /api/v1/inventories/{id}/versions/{number}": {
    allow: A_READERS,
    hidden: true,
    prepare: async () => ({
      path: `/api/v1/inventories/${await inventoryIn(matrix.app.services, matrix.cityA, "in_review")}/versions/1`,
    }),
  },
  "GET /api/v1/inventories/{id}/comments": {
    allow: A_READERS,
    prepare: async () => ({
      path: `/api/v1/inventories/${await inventoryIn(matrix.app.services, matrix.cityA, "in_review")}/comments`,
    }),
  },
  "POST /api/v1/inventories/{id}/comments": {
    allow: A_READERS,
    prepare: async () => ({
      path: `/api/v1/inventories/${await inventoryIn(matrix.app.services, matrix.cityA, "in_review")}/comments`,
      body: { anchor: "line", line: 1, body: "Source?" },
    }),
  },
  ...reviewedCases("targets", target),
  ...reviewedCases("actions", action),
  ...reviewedCases("themeReports", themeReport),
  ...reviewedCases("tapProjects", tapProjectBody),
  ...themeCases(EVERYONE, { services: () => matrix.app.services, cityA: () => matrix.cityA }),
  ...tapGatewayCases(
    { everyone: EVERYONE, signedIn: SIGNED_IN, aReaders: A_READERS, reviewers: REVIEWERS, admin: ADMIN },
    { services: () => matrix.app.services, cityA: () => matrix.cityA },
  ),
  "POST /api/v1/risks": {
    allow: A_WRITERS,
    prepare: async () => ({ path: "/api/v1/risks", body: { jurisdictionId: matrix.cityA, hazard: "flood" } }),
  },
  "GET /api/v1/risks": { allow: EVERYONE, prepare: async () => ({ path: "/api/v1/risks" }) },
  "GET /api/v1/risks/{id}": {
    allow: EVERYONE,
    prepare: async () => ({
      path: `/api/v1/risks/${(await matrix.app.services.risks.create({ jurisdictionId: matrix.cityA, hazard: "drought" }, SYSTEM)).id}`,
    }),
  },
  "PUT /api/v1/risks/{id}": {
    allow: A_WRITERS,
    async prepare() {
      const r = await matrix.app.services.risks.create(
        { jurisdictionId: matrix.cityA, hazard: "drought" },
        SYSTEM,
      );
      return {
        path: `/api/v1/risks/${r.id}`,
        body: { jurisdictionId: matrix.cityA, hazard: "storm" },
        headers: V1,
      };
    },
  },
  ...analyticsCases(EVERYONE, { services: () => matrix.app.services, cityA: () => matrix.cityA }),
  ...ioCases(EVERYONE, A_WRITERS, { services: () => matrix.app.services, cityA: () => matrix.cityA }),
  ...memberCases(
    { everyone: EVERYONE, signedIn: SIGNED_IN, admin: ADMIN },
    { app: () => matrix.app, cityA: () => matrix.cityA },
  ),
};

function transitionCase(
  name: string,
  from: Parameters<typeof inventoryIn>[2],
  allow: readonly Role[],
): Record<string, RouteCase> {
  return {
    [`POST /api/v1/inventories/{id}/${name}`]: {
      allow,
      async prepare() {
        const id = await inventoryIn(matrix.app.services, matrix.cityA, from);
        const body = name === "submit" ? { answers: await answersFor(id) } : { comment: `matrix ${name}` };
        return { path: `/api/v1/inventories/${id}/${name}`, body };
      },
    },
  };
}

async function answersFor(id: string): Promise<Record<string, string>> {
  return Object.fromEntries((await pendingWarnings(matrix.app.services, id)).map((c) => [c, "explained"]));
}

function reviewedCases(
  kind: "targets" | "actions" | "themeReports" | "tapProjects",
  body: (j: string) => Record<string, unknown>,
): Record<string, RouteCase> {
  const paths = { themeReports: "theme-reports", tapProjects: "tap-projects" } as const;
  const base = `/api/v1/${kind === "themeReports" || kind === "tapProjects" ? paths[kind] : kind}`;
  const fixture = (status: Parameters<typeof reviewedIn>[3]) =>
    reviewedIn(matrix.app.services, kind, matrix.cityA, status);
  const step = (name: string, from: Parameters<typeof reviewedIn>[3], allow: readonly Role[]): RouteCase => ({
    allow,
    prepare: async () => ({ path: `${base}/${await fixture(from)}/${name}`, body: { comment: "matrix" } }),
  });
  return {
    [`POST ${base}`]: { allow: A_WRITERS, prepare: async () => ({ path: base, body: body(matrix.cityA) }) },
    [`GET ${base}`]: { allow: EVERYONE, prepare: async () => ({ path: base }) },
    [`GET ${base}/{id}`]: {
      allow: A_READERS,
      hidden: true,
      prepare: async () => ({ path: `${base}/${await fixture("draft")}` }),
    },
    [`PUT ${base}/{id}`]: {
      allow: A_WRITERS,
      prepare: async () => ({
        path: `${base}/${await fixture("draft")}`,
        body: body(matrix.cityA),
        headers: V1,
      }),
    },
    [`POST ${base}/{id}/submit`]: step("submit", "draft", A_WRITERS),
    [`POST ${base}/{id}/publish`]: step("publish", "submitted", REVIEWERS),
    [`POST ${base}/{id}/return`]: step("return", "submitted", REVIEWERS),
    [`POST ${base}/{id}/reopen`]: step("reopen", "published", A_WRITERS),
  };
}
