/**
 * The route × role matrix: every route of the OpenAPI document, called by each role (anonymous, a reporter of
 * city A, a reporter of city B, an approver of A, a reviewer, an admin) on a fresh fixture, must be allowed or
 * denied exactly as the table says. A route missing from the table fails the test, so none can be forgotten.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SAMPLE_LINES } from "../../db/testing/factories.ts";
import { userPrincipal } from "../../policies/principal.ts";
import { SYSTEM } from "../../services/service-helpers.ts";
import { createTestApp, type TestApp, type TestUser } from "../testing/test-app.ts";
import { freshYear, inventoryIn, pendingWarnings, reviewedIn } from "../testing/workflow-fixtures.ts";

const ROLES = ["anonymous", "reporterA", "reporterB", "approverA", "reviewer", "admin"] as const;
type Role = (typeof ROLES)[number];

/** A request made for one role on a fresh fixture. */
interface Call {
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
}

const V1 = { "if-match": '"1"' };

interface RouteCase {
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

let app: TestApp;
let cityA: string;
let cityB: string;
const users = {} as Record<Exclude<Role, "anonymous">, TestUser>;

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
const jurisdiction = () => ({ name: `Town ${freshYear()}`, type: "town", country: "PT" });

const CASES: Record<string, RouteCase> = {
  "POST /api/v1/auth/sign-in": {
    allow: EVERYONE,
    prepare: async () => ({
      path: "/api/v1/auth/sign-in",
      body: { email: users.reviewer.email, password: users.reviewer.password },
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
      const owner = role === "anonymous" ? users.reviewer : users[role];
      const { row } = await app.services.tokens.create(userPrincipal(owner.id, []), "to revoke", null);
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
    prepare: async () => ({ path: `/api/v1/users/${users.reviewer.id}` }),
  },
  "POST /api/v1/users/{id}/roles": {
    allow: ADMIN,
    prepare: async () => ({
      path: `/api/v1/users/${users.reporterB.id}/roles`,
      body: { role: "reporter", jurisdictionId: cityB },
    }),
  },
  "DELETE /api/v1/users/{id}/roles/{roleId}": {
    allow: ADMIN,
    async prepare() {
      const u = await app.services.users.create(
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
      const u = await app.services.users.create(
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
    prepare: async () => ({ path: `/api/v1/jurisdictions/${cityA}` }),
  },
  "PUT /api/v1/jurisdictions/{id}": {
    allow: ADMIN,
    async prepare() {
      const j = await app.services.jurisdictions.create(jurisdiction(), SYSTEM);
      return {
        path: `/api/v1/jurisdictions/${j.id}`,
        body: { ...jurisdiction(), name: j.name },
        headers: V1,
      };
    },
  },
  "POST /api/v1/inventories": {
    allow: A_WRITERS,
    prepare: async () => ({ path: "/api/v1/inventories", body: inventory(cityA) }),
  },
  "GET /api/v1/inventories": { allow: EVERYONE, prepare: async () => ({ path: "/api/v1/inventories" }) },
  "GET /api/v1/inventories/{id}": {
    allow: A_READERS,
    hidden: true,
    prepare: async () => ({ path: `/api/v1/inventories/${await inventoryIn(app.services, cityA, "draft")}` }),
  },
  "PUT /api/v1/inventories/{id}": {
    allow: A_WRITERS,
    async prepare() {
      const id = await inventoryIn(app.services, cityA, "draft");
      const current = await app.services.inventories.get(id, SYSTEM);
      return {
        path: `/api/v1/inventories/${id}`,
        body: {
          jurisdictionId: cityA,
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
      path: `/api/v1/inventories/${await inventoryIn(app.services, cityA, "in_review")}/versions`,
    }),
  },
  "GET /api/v1/inventories/{id}/versions/{number}": {
    allow: A_READERS,
    hidden: true,
    prepare: async () => ({
      path: `/api/v1/inventories/${await inventoryIn(app.services, cityA, "in_review")}/versions/1`,
    }),
  },
  "GET /api/v1/inventories/{id}/comments": {
    allow: A_READERS,
    prepare: async () => ({
      path: `/api/v1/inventories/${await inventoryIn(app.services, cityA, "in_review")}/comments`,
    }),
  },
  "POST /api/v1/inventories/{id}/comments": {
    allow: A_READERS,
    prepare: async () => ({
      path: `/api/v1/inventories/${await inventoryIn(app.services, cityA, "in_review")}/comments`,
      body: { anchor: "line", line: 1, body: "Source?" },
    }),
  },
  ...reviewedCases("targets", target),
  ...reviewedCases("actions", action),
  "POST /api/v1/risks": {
    allow: A_WRITERS,
    prepare: async () => ({ path: "/api/v1/risks", body: { jurisdictionId: cityA, hazard: "flood" } }),
  },
  "GET /api/v1/risks": { allow: EVERYONE, prepare: async () => ({ path: "/api/v1/risks" }) },
  "GET /api/v1/risks/{id}": {
    allow: EVERYONE,
    prepare: async () => ({
      path: `/api/v1/risks/${(await app.services.risks.create({ jurisdictionId: cityA, hazard: "drought" }, SYSTEM)).id}`,
    }),
  },
  "PUT /api/v1/risks/{id}": {
    allow: A_WRITERS,
    async prepare() {
      const r = await app.services.risks.create({ jurisdictionId: cityA, hazard: "drought" }, SYSTEM);
      return { path: `/api/v1/risks/${r.id}`, body: { jurisdictionId: cityA, hazard: "storm" }, headers: V1 };
    },
  },
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
        const id = await inventoryIn(app.services, cityA, from);
        const body = name === "submit" ? { answers: await answersFor(id) } : { comment: `matrix ${name}` };
        return { path: `/api/v1/inventories/${id}/${name}`, body };
      },
    },
  };
}

async function answersFor(id: string): Promise<Record<string, string>> {
  return Object.fromEntries((await pendingWarnings(app.services, id)).map((c) => [c, "explained"]));
}

function reviewedCases(
  kind: "targets" | "actions",
  body: (j: string) => Record<string, unknown>,
): Record<string, RouteCase> {
  const base = `/api/v1/${kind}`;
  const fixture = (status: Parameters<typeof reviewedIn>[3]) => reviewedIn(app.services, kind, cityA, status);
  const step = (name: string, from: Parameters<typeof reviewedIn>[3], allow: readonly Role[]): RouteCase => ({
    allow,
    prepare: async () => ({ path: `${base}/${await fixture(from)}/${name}`, body: { comment: "matrix" } }),
  });
  return {
    [`POST ${base}`]: { allow: A_WRITERS, prepare: async () => ({ path: base, body: body(cityA) }) },
    [`GET ${base}`]: { allow: EVERYONE, prepare: async () => ({ path: base }) },
    [`GET ${base}/{id}`]: {
      allow: A_READERS,
      hidden: true,
      prepare: async () => ({ path: `${base}/${await fixture("draft")}` }),
    },
    [`PUT ${base}/{id}`]: {
      allow: A_WRITERS,
      prepare: async () => ({ path: `${base}/${await fixture("draft")}`, body: body(cityA), headers: V1 }),
    },
    [`POST ${base}/{id}/submit`]: step("submit", "draft", A_WRITERS),
    [`POST ${base}/{id}/publish`]: step("publish", "submitted", REVIEWERS),
    [`POST ${base}/{id}/return`]: step("return", "submitted", REVIEWERS),
    [`POST ${base}/{id}/reopen`]: step("reopen", "published", A_WRITERS),
  };
}

/** Every route of the OpenAPI document, as "METHOD /path". */
async function documentedRoutes(): Promise<string[]> {
  const document = (await app.anonymous.request("GET", "/api/v1/openapi.json")).body as {
    paths: Record<string, Record<string, unknown>>;
  };
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.keys(item)
      .filter((m) => ["get", "post", "put", "delete", "patch"].includes(m))
      .map((m) => `${m.toUpperCase()} ${path}`),
  );
}

beforeAll(async () => {
  app = await createTestApp();
  cityA = (
    await app.services.jurisdictions.create(
      { name: "City A", type: "city", country: "BR", requiresApprover: true },
      SYSTEM,
    )
  ).id;
  cityB = (await app.services.jurisdictions.create({ name: "City B", type: "city", country: "BR" }, SYSTEM))
    .id;
  users.reporterA = await app.createUser([{ role: "reporter", jurisdictionId: cityA }]);
  users.reporterB = await app.createUser([{ role: "reporter", jurisdictionId: cityB }]);
  users.approverA = await app.createUser([{ role: "approver", jurisdictionId: cityA }]);
  users.reviewer = await app.createUser([{ role: "reviewer" }]);
  users.admin = await app.createUser([{ role: "admin" }]);
});
afterAll(() => app.close());

describe("route × role matrix", () => {
  it("has an expectation for every documented route, and no stale ones", async () => {
    const routes = (await documentedRoutes()).sort();
    expect(routes.filter((r) => !(r in CASES))).toEqual([]);
    expect(Object.keys(CASES).filter((r) => !routes.includes(r))).toEqual([]);
    expect(routes.length).toBeGreaterThan(40);
  });

  it.each(Object.keys(CASES))("%s allows exactly its roles", async (route) => {
    const spec = CASES[route] as RouteCase;
    const method = route.split(" ")[0] as string;
    const outcomes: Record<string, number> = {};
    const expected: Record<string, number | string> = {};
    for (const role of ROLES) {
      const call = await spec.prepare(role);
      const client = role === "anonymous" ? app.anonymous : users[role].client;
      const res = await client.request(method, call.path, call.body, call.headers);
      outcomes[role] = res.status;
      const allowed = spec.allow.includes(role);
      if (allowed)
        expected[role] =
          res.status >= 200 && res.status < 300 ? res.status : `2xx (${JSON.stringify(res.body)})`;
      else if (spec.hidden) expected[role] = 404;
      else expected[role] = role === "anonymous" ? 401 : 403;
    }
    expect(outcomes).toEqual(expected);
  });
});
