/**
 * Bad and hostile requests: forged and expired session cookies, cookie requests without their CSRF token,
 * revoked tokens and tokens of disabled users, a reporter writing another city's draft, out-of-order
 * transitions, a second verification, and sign-in guessing. Each gets the right 4xx and changes nothing.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countAuditEvents } from "../../db/repositories/audit.repository.ts";
import { SAMPLE_LINES } from "../../db/testing/factories.ts";
import { SYSTEM } from "../../services/service-helpers.ts";
import { createTestApp, type TestApp, type TestResponse, type TestUser } from "../testing/test-app.ts";
import { freshYear, inventoryIn } from "../testing/workflow-fixtures.ts";

let app: TestApp;
let cityA: string;
let cityB: string;
let reporterA: TestUser;
let reporterB: TestUser;
let reviewer: TestUser;
let otherReviewer: TestUser;

beforeAll(async () => {
  app = await createTestApp();
  cityA = (await app.services.jurisdictions.create({ name: "A", type: "city", country: "BR" }, SYSTEM)).id;
  cityB = (await app.services.jurisdictions.create({ name: "B", type: "city", country: "BR" }, SYSTEM)).id;
  reporterA = await app.createUser([{ role: "reporter", jurisdictionId: cityA }]);
  reporterB = await app.createUser([{ role: "reporter", jurisdictionId: cityB }]);
  reviewer = await app.createUser([{ role: "reviewer" }]);
  otherReviewer = await app.createUser([{ role: "reviewer" }]);
});
afterAll(() => app.close());

const newInventory = () => ({
  jurisdictionId: cityA,
  year: freshYear(),
  kind: "community",
  lines: SAMPLE_LINES,
});

/** A fingerprint of everything a write could change: events in the chain and the inventories' heads. */
async function state(): Promise<string> {
  const rows = await app.database.db.execute(
    sql`select id, version, status, revision from inventories order by id`,
  );
  return JSON.stringify({
    events: await countAuditEvents(app.database.db),
    rows: (rows as { rows: unknown[] }).rows,
  });
}

async function refusedWithoutChange(call: () => Promise<TestResponse>, status: number, code: string) {
  const before = await state();
  const res = await call();
  expect([res.status, res.error.code]).toEqual([status, code]);
  expect(await state()).toBe(before);
}

describe("sessions and CSRF", () => {
  it("sets HttpOnly, SameSite=Lax session cookies and a readable CSRF cookie", async () => {
    const { response } = await app.signIn(reporterA.email, reporterA.password);
    const cookies = response.headers.getSetCookie();
    expect(cookies.find((c) => c.startsWith("ll_session="))).toMatch(
      /HttpOnly.*SameSite=Lax|SameSite=Lax.*HttpOnly/,
    );
    expect(cookies.find((c) => c.startsWith("ll_session="))).toMatch(/Path=\//);
    expect(cookies.find((c) => c.startsWith("ll_csrf="))).not.toMatch(/HttpOnly/);
    expect(cookies.join(";")).not.toMatch(/Secure/);
  });

  it("refuses a cookie POST without the CSRF header, or with a wrong one, and accepts it with", async () => {
    const session = await app.signIn(reporterA.email, reporterA.password);
    await refusedWithoutChange(
      () => session.client(false).request("POST", "/api/v1/inventories", newInventory()),
      403,
      "csrf_failed",
    );
    await refusedWithoutChange(
      () =>
        session
          .client(false)
          .request("POST", "/api/v1/inventories", newInventory(), { "x-csrf-token": "guess" }),
      403,
      "csrf_failed",
    );
    expect((await session.client().request("POST", "/api/v1/inventories", newInventory())).status).toBe(201);
  });

  it("treats a forged or expired session cookie as anonymous: writes 401, drafts unseen", async () => {
    const draft = await inventoryIn(app.services, cityA, "draft");
    const forged = app.withToken(null);
    const headers = { cookie: "ll_session=forged-token; ll_csrf=x", "x-csrf-token": "x" };
    await refusedWithoutChange(
      () => forged.request("POST", "/api/v1/inventories", newInventory(), headers),
      401,
      "unauthenticated",
    );
    const session = await app.signIn(reporterA.email, reporterA.password);
    expect((await session.client().request("GET", `/api/v1/inventories/${draft}`)).status).toBe(200);
    await app.database.db.execute(sql`update sessions set expires_at = now() - interval '1 minute'`);
    await refusedWithoutChange(
      () => session.client().request("POST", "/api/v1/inventories", newInventory()),
      401,
      "unauthenticated",
    );
    expect((await session.client().request("GET", `/api/v1/inventories/${draft}`)).status).toBe(404);
  });

  it("ends a session on sign-out", async () => {
    const session = await app.signIn(reporterA.email, reporterA.password);
    expect((await session.client().request("POST", "/api/v1/auth/sign-out")).status).toBe(204);
    expect((await session.client().request("GET", "/api/v1/auth/me")).status).toBe(401);
  });
});

describe("API tokens", () => {
  it("shows a token once, lists it without its secret, and refuses it once revoked", async () => {
    const created = await reporterA.client.request("POST", "/api/v1/auth/tokens", { name: "ci" });
    const { token, id } = created.body as { token: string; id: string };
    expect(token).toMatch(/^ll_/);
    const listed = await reporterA.client.request("GET", "/api/v1/auth/tokens");
    expect(JSON.stringify(listed.body)).not.toContain(token);
    expect((await app.withToken(token).request("GET", "/api/v1/auth/me")).status).toBe(200);
    expect((await reporterB.client.request("DELETE", `/api/v1/auth/tokens/${id}`)).status).toBe(404);
    expect((await reporterA.client.request("DELETE", `/api/v1/auth/tokens/${id}`)).status).toBe(200);
    await refusedWithoutChange(
      () => app.withToken(token).request("POST", "/api/v1/inventories", newInventory()),
      401,
      "unauthenticated",
    );
    await refusedWithoutChange(
      () => app.withToken("ll_made-up").request("GET", "/api/v1/inventories"),
      401,
      "unauthenticated",
    );
  });

  it("refuses the tokens and sessions of a disabled (revoked) user", async () => {
    const user = await app.createUser([{ role: "reporter", jurisdictionId: cityA }]);
    const session = await app.signIn(user.email, user.password);
    expect((await app.request("POST", `/api/v1/users/${user.id}/disabled`, { disabled: true })).status).toBe(
      200,
    );
    await refusedWithoutChange(
      () => user.client.request("POST", "/api/v1/inventories", newInventory()),
      401,
      "unauthenticated",
    );
    await refusedWithoutChange(
      () => session.client().request("POST", "/api/v1/inventories", newInventory()),
      401,
      "unauthenticated",
    );
    expect((await app.signIn(user.email, user.password)).response.status).toBe(401);
  });
});

describe("writes out of scope or out of order", () => {
  it("refuses a reporter writing another city's draft", async () => {
    const draft = await inventoryIn(app.services, cityA, "draft");
    const view = await app.services.inventories.get(draft, SYSTEM);
    const body = { jurisdictionId: cityA, year: view.year, kind: "community", lines: [] };
    await refusedWithoutChange(
      () => reporterB.client.request("PUT", `/api/v1/inventories/${draft}`, body, { "if-match": '"1"' }),
      403,
      "forbidden",
    );
    await refusedWithoutChange(
      () => reporterB.client.request("POST", `/api/v1/inventories/${draft}/submit`, {}),
      403,
      "forbidden",
    );
    await refusedWithoutChange(
      () => reporterB.client.request("POST", "/api/v1/inventories", newInventory()),
      403,
      "forbidden",
    );
  });

  it("refuses status and version in a body (mass assignment)", async () => {
    await refusedWithoutChange(
      () =>
        reporterA.client.request("POST", "/api/v1/inventories", { ...newInventory(), status: "published" }),
      422,
      "validation_failed",
    );
    const target = {
      jurisdictionId: cityA,
      type: "fixed-level",
      scope: "community",
      targetYear: 2050,
      targetValue: 0,
      reviewStatus: "published",
    };
    await refusedWithoutChange(
      () => reporterA.client.request("POST", "/api/v1/targets", target),
      422,
      "validation_failed",
    );
  });

  it("refuses out-of-order transitions and edits of versions under review", async () => {
    const draft = await inventoryIn(app.services, cityA, "draft");
    await refusedWithoutChange(
      () => reviewer.client.request("POST", `/api/v1/inventories/${draft}/publish`, {}),
      409,
      "invalid_transition",
    );
    await refusedWithoutChange(
      () => reviewer.client.request("POST", `/api/v1/inventories/${draft}/verify`, {}),
      409,
      "invalid_transition",
    );
    const submitted = await inventoryIn(app.services, cityA, "submitted");
    await refusedWithoutChange(
      () => app.request("POST", `/api/v1/inventories/${submitted}/approve`, {}),
      409,
      "invalid_transition",
    );
    const view = await app.services.inventories.get(submitted, SYSTEM);
    const body = { jurisdictionId: cityA, year: view.year, kind: "community", lines: SAMPLE_LINES };
    await refusedWithoutChange(
      () =>
        reporterA.client.request("PUT", `/api/v1/inventories/${submitted}`, body, {
          "if-match": `"${view.version}"`,
        }),
      409,
      "not_editable",
    );
  });

  it("refuses a second reviewer verifying a version already verified", async () => {
    const inReview = await inventoryIn(app.services, cityA, "submitted");
    expect((await reviewer.client.request("POST", `/api/v1/inventories/${inReview}/review`, {})).status).toBe(
      200,
    );
    expect((await reviewer.client.request("POST", `/api/v1/inventories/${inReview}/verify`, {})).status).toBe(
      200,
    );
    await refusedWithoutChange(
      () => otherReviewer.client.request("POST", `/api/v1/inventories/${inReview}/verify`, {}),
      409,
      "invalid_transition",
    );
    expect((await app.services.inventories.get(inReview, SYSTEM)).status).toBe("verified");
  });
});

describe("sign-in", () => {
  it("answers an unknown email and a wrong password the same way, then rate-limits the guessing", async () => {
    const unknown = await app.signIn("nobody@example.org", "whatever it is");
    const wrong = await app.signIn(reviewer.email, "not the password");
    expect([unknown.response.status, wrong.response.status]).toEqual([401, 401]);
    expect(unknown.response.body).toEqual(wrong.response.body);
    for (let i = 0; i < 4; i++)
      expect((await app.signIn(reviewer.email, "still wrong")).response.status).toBe(401);
    const limited = await app.signIn(reviewer.email, reviewer.password);
    expect([limited.response.status, limited.response.error.code]).toEqual([429, "too_many_requests"]);
    expect((await app.signIn(reporterB.email, reporterB.password)).response.status).toBe(200);
  });
});
