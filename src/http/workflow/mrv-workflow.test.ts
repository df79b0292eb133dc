/**
 * The MRV workflow end to end through the HTTP API with real signed-in sessions (cookies and CSRF tokens):
 * create, submit with warnings answered, approve, return with a comment, fix, verify, publish, correct, publish
 * again; after every step the public API shows only published versions.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { InventoryLine } from "../../core/document.ts";
import { createTestApp, type TestApp, type TestClient, type TestResponse } from "../testing/test-app.ts";

const PASSWORD = "a long enough password";
const LINES: InventoryLine[] = [
  {
    gpc: "I.1.1",
    emissions: {
      CO2: { value: 900_000, unit: "t" },
      CH4: { value: 10, unit: "t" },
      N2O: { value: 1, unit: "t" },
    },
  },
  { gpc: "II.1.1", emissions: { CO2: { value: 700_000, unit: "t" } } },
  { gpc: "III.1.1", emissions: { CH4: { value: 9000, unit: "t" } } },
];

let app: TestApp;
let jurisdictionId: string;
const as: Record<"reporter" | "approver" | "reviewer", TestClient> = {} as never;

interface InventoryBody {
  id: string;
  status: string;
  revision: number;
  publishedRevision: number | null;
  contentHash: string | null;
  visibility: string;
  lines: InventoryLine[];
  checks: Array<{ id: string; severity: string }> | null;
}
const inv = (res: TestResponse) => res.body as InventoryBody;

async function signedIn(role: "reporter" | "approver" | "reviewer", grant: Record<string, unknown>) {
  const email = `${role}@rio.example.org`;
  const created = await app.request("POST", "/api/v1/users", {
    email,
    name: role,
    password: PASSWORD,
    roles: [grant],
  });
  expect(created.status).toBe(201);
  const session = await app.signIn(email, PASSWORD);
  expect(session.response.status).toBe(200);
  return session.client();
}

/** What the public sees of the inventory: status code, version shown and its content hash. */
async function publicView(id: string) {
  const res = await app.anonymous.request("GET", `/api/v1/inventories/${id}`);
  const list = await app.anonymous.request("GET", `/api/v1/inventories?jurisdictionId=${jurisdictionId}`);
  const listed = (list.body as { items: InventoryBody[] }).items.filter((i) => i.id === id);
  if (res.status === 200) {
    expect(inv(res).visibility).toBe("published");
    expect(inv(res).status).toBe("published");
    expect(listed.map((i) => i.revision)).toEqual([inv(res).revision]);
  } else expect(listed).toEqual([]);
  return {
    status: res.status,
    revision: res.status === 200 ? inv(res).revision : null,
    hash: res.status === 200 ? inv(res).contentHash : null,
  };
}

async function step(client: TestClient, id: string, name: string, body: Record<string, unknown> = {}) {
  const res = await client.request("POST", `/api/v1/inventories/${id}/${name}`, body);
  expect([name, res.status, res.error.message]).toEqual([name, 200, undefined]);
  return inv(res);
}

beforeAll(async () => {
  app = await createTestApp();
  const j = await app.request("POST", "/api/v1/jurisdictions", {
    name: "Rio de Janeiro",
    type: "city",
    country: "BR",
    locode: "BR RIO",
    requiresApprover: true,
    population: [{ year: 2020, value: 6_700_000 }],
  });
  jurisdictionId = (j.body as { id: string }).id;
  as.reporter = await signedIn("reporter", { role: "reporter", jurisdictionId });
  as.approver = await signedIn("approver", { role: "approver", jurisdictionId });
  as.reviewer = await signedIn("reviewer", { role: "reviewer" });
});
afterAll(() => app.close());

describe("the MRV workflow through HTTP with sessions", () => {
  it("runs create → submit → approve → return → fix → verify → publish → correct → publish, publicly showing only published versions", async () => {
    const created = await as.reporter.request("POST", "/api/v1/inventories", {
      jurisdictionId,
      year: 2022,
      kind: "community",
      population: 6_700_000,
      lines: LINES,
    });
    expect(created.status).toBe(201);
    const id = inv(created).id;
    expect(inv(created)).toMatchObject({
      status: "draft",
      revision: 1,
      publishedRevision: null,
      visibility: "working",
    });
    expect(await publicView(id)).toEqual({ status: 404, revision: null, hash: null });

    const unanswered = await as.reporter.request("POST", `/api/v1/inventories/${id}/submit`, {});
    expect(unanswered.status).toBe(422);
    expect(unanswered.error.code).toBe("checks_failed");
    const pending = (
      unanswered.body as { error: { details: { unanswered: Array<{ id: string }> } } }
    ).error.details.unanswered.map((c) => c.id);
    expect(pending).toEqual(expect.arrayContaining(["core:basic_incomplete:doc", "population_outdated"]));
    const answers = Object.fromEntries(pending.map((c) => [c, "explained in the methodology note"]));
    const submitted = await step(as.reporter, id, "submit", { answers, comment: "first submission" });
    expect(submitted.status).toBe("submitted");
    expect(submitted.checks?.map((c) => c.id)).toEqual(expect.arrayContaining(pending));

    const early = await as.reviewer.request("POST", `/api/v1/inventories/${id}/review`, {});
    expect([early.status, early.error.code]).toEqual([409, "invalid_transition"]);
    expect((await step(as.approver, id, "approve", { comment: "checked by the city" })).status).toBe(
      "approved",
    );
    expect((await step(as.reviewer, id, "review")).status).toBe("in_review");

    const comment = await as.reviewer.request("POST", `/api/v1/inventories/${id}/comments`, {
      anchor: "line",
      line: 2,
      body: "Transport looks high: which source?",
    });
    expect(comment.status).toBe(201);
    const returned = await step(as.reviewer, id, "return", { comment: "see the comment on line 2" });
    expect(returned.status).toBe("returned");
    expect(await publicView(id)).toMatchObject({ status: 404 });

    const threads = await as.reporter.request("GET", `/api/v1/inventories/${id}/comments`);
    const thread = (threads.body as { items: Array<{ id: string; line: number; replies: unknown[] }> })
      .items[0];
    expect(thread?.line).toBe(2);
    const reply = await as.reporter.request("POST", `/api/v1/inventories/${id}/comments`, {
      parentId: thread?.id,
      body: "It double counted freight; fixed.",
    });
    expect(reply.status).toBe(201);
    expect((await app.anonymous.request("GET", `/api/v1/inventories/${id}/comments`)).status).toBe(401);

    const current = await as.reporter.request("GET", `/api/v1/inventories/${id}`);
    const fixedLines = LINES.map((l, i) =>
      i === 1 ? { gpc: "II.1.1", emissions: { CO2: { value: 600_000, unit: "t" } } } : l,
    );
    const fixed = await as.reporter.request(
      "PUT",
      `/api/v1/inventories/${id}`,
      { jurisdictionId, year: 2022, kind: "community", population: 6_700_000, lines: fixedLines },
      { "if-match": current.etag ?? "" },
    );
    expect(fixed.status).toBe(200);
    await step(as.reporter, id, "submit", { answers });
    await step(as.approver, id, "approve");
    await step(as.reviewer, id, "review");
    expect((await step(as.reviewer, id, "verify")).status).toBe("verified");
    expect(await publicView(id)).toMatchObject({ status: 404 });
    const published = await step(as.reviewer, id, "publish", { comment: "verified against SEEG" });
    expect(published).toMatchObject({ status: "published", revision: 1, publishedRevision: 1 });
    expect(published.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const first = await publicView(id);
    expect(first).toEqual({ status: 200, revision: 1, hash: published.contentHash });

    const correction = await step(as.reporter, id, "correct", { comment: "waste methane revised" });
    expect(correction).toMatchObject({ status: "draft", revision: 2, publishedRevision: 1 });
    const draft = await as.reporter.request("GET", `/api/v1/inventories/${id}`);
    const corrected = fixedLines.map((l, i) =>
      i === 2 ? { gpc: "III.1.1", emissions: { CH4: { value: 8000, unit: "t" } } } : l,
    );
    const edit = await as.reporter.request(
      "PUT",
      `/api/v1/inventories/${id}`,
      { jurisdictionId, year: 2022, kind: "community", population: 6_700_000, lines: corrected },
      { "if-match": draft.etag ?? "" },
    );
    expect(edit.status).toBe(200);
    expect(await publicView(id)).toEqual(first);
    await step(as.reporter, id, "submit", { answers });
    await step(as.approver, id, "approve");
    expect(await publicView(id)).toEqual(first);
    await step(as.reviewer, id, "review");
    await step(as.reviewer, id, "verify");
    const second = await step(as.reviewer, id, "publish");
    expect(second).toMatchObject({ revision: 2, publishedRevision: 2 });
    expect(second.contentHash).not.toBe(published.contentHash);
    expect(await publicView(id)).toEqual({ status: 200, revision: 2, hash: second.contentHash });

    const versions = await app.anonymous.request("GET", `/api/v1/inventories/${id}/versions`);
    const items = (
      versions.body as {
        items: Array<{
          version: number;
          contentHash: string;
          history: unknown;
          changes: {
            linesAdded: number;
            linesRemoved: number;
            rowsChanged: string[];
            totals: { basic: { delta: number } };
          } | null;
        }>;
      }
    ).items;
    expect(items.map((v) => [v.version, v.contentHash])).toEqual([
      [1, published.contentHash],
      [2, second.contentHash],
    ]);
    expect(items[1]?.changes).toMatchObject({ linesAdded: 1, linesRemoved: 1, rowsChanged: ["III.1.1"] });
    expect(items[1]?.changes?.totals.basic.delta).toBeCloseTo(-1000 * 28);
    expect(items.every((v) => v.history === null)).toBe(true);
    const history = await as.reporter.request("GET", `/api/v1/inventories/${id}/versions/1`);
    const transitions = (history.body as { history: Array<{ to: string; comment: string | null }> }).history;
    expect(transitions.map((t) => t.to)).toEqual([
      "submitted",
      "approved",
      "in_review",
      "returned",
      "submitted",
      "approved",
      "in_review",
      "verified",
      "published",
      "draft",
    ]);
    expect(transitions.find((t) => t.to === "returned")?.comment).toBe("see the comment on line 2");

    const verify = await app.anonymous.request("GET", "/api/v1/audit/verify");
    expect(verify.body).toMatchObject({ ok: true, problem: null, versions: { checked: 2, altered: [] } });
  });
});
