/**
 * The route × role matrix: every route of the OpenAPI document, called by each role (anonymous, a reporter of
 * city A, a reporter of city B, an approver of A, a reviewer, an admin) on a fresh fixture, must be allowed or
 * denied exactly as the table says. A route missing from the table fails the test, so none can be forgotten.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SYSTEM } from "../../services/service-helpers.ts";
import { createTestApp } from "../testing/test-app.ts";
import { CASES, matrix, ROLES, type RouteCase } from "./route-cases.ts";

/** Every route of the OpenAPI document, as "METHOD /path". */
async function documentedRoutes(): Promise<string[]> {
  const document = (await matrix.app.anonymous.request("GET", "/api/v1/openapi.json")).body as {
    paths: Record<string, Record<string, unknown>>;
  };
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.keys(item)
      .filter((m) => ["get", "post", "put", "delete", "patch"].includes(m))
      .map((m) => `${m.toUpperCase()} ${path}`),
  );
}

beforeAll(async () => {
  const app = await createTestApp();
  const create = (name: string, requiresApprover: boolean) =>
    app.services.jurisdictions.create({ name, type: "city", country: "BR", requiresApprover }, SYSTEM);
  matrix.app = app;
  matrix.cityA = (await create("City A", true)).id;
  matrix.cityB = (await create("City B", false)).id;
  const users = matrix.users;
  users.reporterA = await app.createUser([{ role: "reporter", jurisdictionId: matrix.cityA }]);
  users.reporterB = await app.createUser([{ role: "reporter", jurisdictionId: matrix.cityB }]);
  users.approverA = await app.createUser([{ role: "approver", jurisdictionId: matrix.cityA }]);
  users.reviewer = await app.createUser([{ role: "reviewer" }]);
  users.admin = await app.createUser([{ role: "admin" }]);
});
afterAll(() => matrix.app.close());

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
      const client = role === "anonymous" ? matrix.app.anonymous : matrix.users[role].client;
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
