/**
 * The Transformative Actions Program and the Solutions Gateway through the API: a member presents a project, the
 * network publishes it, a funder browses and filters, saves it and expresses interest, and the member sees who is
 * interested; providers appear in the Gateway only once approved, and members get solutions matched to them.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SYSTEM } from "../../services/service-helpers.ts";
import { createTestApp, type TestApp, type TestUser } from "../testing/test-app.ts";
import { tapProjectBody } from "../testing/workflow-fixtures.ts";

let app: TestApp;
let city: string;
let other: string;
let reporter: TestUser;
let otherReporter: TestUser;
let reviewer: TestUser;
let funder: TestUser;

beforeAll(async () => {
  app = await createTestApp();
  city = (
    await app.services.jurisdictions.create({ name: "Porto Verde", type: "city", country: "PT" }, SYSTEM)
  ).id;
  other = (await app.services.jurisdictions.create({ name: "Outra", type: "city", country: "PT" }, SYSTEM))
    .id;
  reporter = await app.createUser([{ role: "reporter", jurisdictionId: city }]);
  otherReporter = await app.createUser([{ role: "reporter", jurisdictionId: other }]);
  reviewer = await app.createUser([{ role: "reviewer" }]);
  funder = await app.createUser([{ role: "funder" }]);
});
afterAll(() => app.close());

type Project = { id: string; title: string; stage: string };

describe("Transformative Actions Program", () => {
  let brt: string;

  it("takes a structured project from the member and refuses inconsistent finance", async () => {
    const bad = await reporter.client.request("POST", "/api/v1/tap-projects", {
      ...tapProjectBody(city),
      financeSought: 50_000_000,
      agendas: ["nowhere"],
    });
    expect(bad.status).toBe(422);
    const created = await reporter.client.request("POST", "/api/v1/tap-projects", tapProjectBody(city));
    expect(created.status).toBe(201);
    brt = (created.body as Project).id;
    const solar = await reporter.client.request("POST", "/api/v1/tap-projects", {
      ...tapProjectBody(city),
      title: "Solar schools",
      stage: "concept",
      cost: 2_000_000,
      financeSought: 1_500_000,
      sectors: ["stationary-energy"],
      agendas: ["low-carbon"],
    });
    expect(solar.status).toBe(201);
    for (const id of [brt, (solar.body as Project).id]) {
      expect((await reporter.client.request("POST", `/api/v1/tap-projects/${id}/submit`, {})).status).toBe(
        200,
      );
      expect((await reviewer.client.request("POST", `/api/v1/tap-projects/${id}/publish`, {})).status).toBe(
        200,
      );
    }
    // A draft stays out of the public listing.
    await reporter.client.request("POST", "/api/v1/tap-projects", {
      ...tapProjectBody(city),
      title: "Draft idea",
    });
    const listed = await app.anonymous.request("GET", "/api/v1/tap-projects");
    expect((listed.body as { items: Project[] }).items.map((p) => p.title).sort()).toEqual([
      "Bus rapid transit corridor",
      "Solar schools",
    ]);
  });

  it("lets a funder browse and filter published projects, save one and express interest", async () => {
    const ready = await funder.client.request(
      "GET",
      "/api/v1/tap-projects?stage=ready-for-finance&agenda=ecomobile",
    );
    expect((ready.body as { items: Project[] }).items.map((p) => p.id)).toEqual([brt]);
    const small = await funder.client.request("GET", "/api/v1/tap-projects?maxFinance=2000000&country=PT");
    expect((small.body as { items: Project[] }).items.map((p) => p.title)).toEqual(["Solar schools"]);

    const saved = await funder.client.request("PUT", `/api/v1/tap-projects/${brt}/interest`, {
      saved: true,
      interested: false,
    });
    expect(saved.status).toBe(200);
    const member = await reporter.client.request("GET", `/api/v1/tap-projects/${brt}/interests`);
    expect((member.body as { items: unknown[] }).items).toEqual([]);

    const interest = await funder.client.request("PUT", `/api/v1/tap-projects/${brt}/interest`, {
      saved: true,
      interested: true,
      message: "We co-finance BRT up to 20 M EUR.",
    });
    expect(interest.body).toMatchObject({ saved: true, interested: true });
    const mine = await funder.client.request("GET", "/api/v1/tap-interests");
    expect((mine.body as { items: Array<{ project: Project }> }).items.map((i) => i.project.id)).toEqual([
      brt,
    ]);
  });

  it("shows the member who is interested; others may not look, and non-funders may not express interest", async () => {
    const member = await reporter.client.request("GET", `/api/v1/tap-projects/${brt}/interests`);
    expect(member.status).toBe(200);
    expect((member.body as { items: Array<{ email: string; message: string }> }).items).toEqual([
      expect.objectContaining({ email: funder.email, message: "We co-finance BRT up to 20 M EUR." }),
    ]);
    expect((await otherReporter.client.request("GET", `/api/v1/tap-projects/${brt}/interests`)).status).toBe(
      403,
    );
    expect((await app.anonymous.request("GET", `/api/v1/tap-projects/${brt}/interests`)).status).toBe(401);
    const notFunder = await reporter.client.request("PUT", `/api/v1/tap-projects/${brt}/interest`, {
      saved: true,
      interested: true,
    });
    expect(notFunder.status).toBe(403);
    const draft = await reporter.client.request("POST", "/api/v1/tap-projects", tapProjectBody(city));
    const hidden = await funder.client.request(
      "PUT",
      `/api/v1/tap-projects/${(draft.body as Project).id}/interest`,
      {
        saved: true,
        interested: true,
      },
    );
    expect(hidden.status).toBe(404);
  });
});

describe("Solutions Gateway", () => {
  it("lists a provider's solutions only once a reviewer approves it, and matches them to a member", async () => {
    const proposed = await otherReporter.client.request("POST", "/api/v1/solution-providers", {
      name: "Flux Mobility",
      kind: "business",
      country: "PT",
      solutions: [
        {
          title: "Electric bus leasing",
          description: "Leases e-buses",
          sectors: ["transportation"],
          agendas: ["ecomobile"],
        },
        {
          title: "Cool pavements",
          description: "Reflective paving",
          sectors: ["stationary-energy"],
          hazards: ["extreme-heat"],
        },
      ],
    });
    expect(proposed.status).toBe(201);
    const id = (proposed.body as { id: string }).id;
    expect(
      ((await app.anonymous.request("GET", "/api/v1/solutions")).body as { items: unknown[] }).items,
    ).toEqual([]);
    expect(
      (await app.anonymous.request("GET", "/api/v1/solution-providers?reviewStatus=submitted")).status,
    ).toBe(401);
    const queue = await reviewer.client.request("GET", "/api/v1/solution-providers?reviewStatus=submitted");
    expect((queue.body as { items: Array<{ id: string }> }).items.map((p) => p.id)).toEqual([id]);

    expect(
      (await otherReporter.client.request("POST", `/api/v1/solution-providers/${id}/approve`, {})).status,
    ).toBe(403);
    expect(
      (
        await reviewer.client.request("POST", `/api/v1/solution-providers/${id}/approve`, {
          comment: "checked",
        })
      ).status,
    ).toBe(200);
    expect(
      (await reviewer.client.request("POST", `/api/v1/solution-providers/${id}/reject`, {})).status,
    ).toBe(409);

    const heat = await app.anonymous.request("GET", "/api/v1/solutions?hazard=extreme-heat");
    expect((heat.body as { items: Array<{ title: string; providerName: string }> }).items).toEqual([
      expect.objectContaining({ title: "Cool pavements", providerName: "Flux Mobility" }),
    ]);

    await app.services.risks.create({ jurisdictionId: city, hazard: "extreme-heat" }, SYSTEM);
    const matched = await app.anonymous.request("GET", `/api/v1/jurisdictions/${city}/solution-matches`);
    const view = matched.body as {
      facts: { hazards: string[] };
      matches: Array<{ solution: { title: string }; score: number }>;
    };
    expect(view.facts.hazards).toEqual(["extreme-heat"]);
    expect(view.matches.map((m) => [m.solution.title, m.score])).toEqual([["Cool pavements", 2]]);
  });

  it("refuses filters holding a NUL character (the database cannot store one), naming the field", async () => {
    for (const [path, field] of [
      ["/api/v1/solutions?problem=%00", "query.problem"],
      ["/api/v1/solutions?q=a%00b", "query.q"],
      ["/api/v1/tap-projects?sector=%00", "query.sector"],
    ] as const) {
      const res = await app.anonymous.request("GET", path);
      expect(res.status, path).toBe(422);
      expect(res.body, path).toMatchObject({
        error: { code: "validation_failed", details: [expect.objectContaining({ path: field })] },
      });
    }
  });
});

describe("Solutions Gateway: the proposer's edits and the review queue", () => {
  const provider = {
    name: "Cool Roofs Lda",
    kind: "business",
    solutions: [{ title: "White roofs", description: "Reflective roof coatings", hazards: ["extreme-heat"] }],
  };
  type WithSolutions = {
    id: string;
    reviewStatus: string;
    reviewComment: string | null;
    solutions: Array<{ title: string }>;
  };

  it("lets the proposer read, list and edit their provider; a rejection needs a reason; an edit goes back to review", async () => {
    const created = await otherReporter.client.request("POST", "/api/v1/solution-providers", provider);
    const id = (created.body as { id: string }).id;
    const own = await otherReporter.client.request("GET", `/api/v1/solution-providers/${id}`);
    expect(own.status).toBe(200);
    expect(own.etag).toBe('"1"');
    expect((own.body as WithSolutions).solutions.map((s) => s.title)).toEqual(["White roofs"]);
    // Not approved: to anyone but its proposer and reviewers it does not exist.
    expect((await reporter.client.request("GET", `/api/v1/solution-providers/${id}`)).status).toBe(404);
    expect((await app.anonymous.request("GET", `/api/v1/solution-providers/${id}`)).status).toBe(404);
    const mine = await otherReporter.client.request("GET", "/api/v1/solution-providers?mine=true");
    expect((mine.body as { items: Array<{ id: string }> }).items.map((p) => p.id)).toContain(id);
    const theirs = await reporter.client.request("GET", "/api/v1/solution-providers?mine=true");
    expect((theirs.body as { items: Array<{ id: string }> }).items.map((p) => p.id)).not.toContain(id);

    const noReason = await reviewer.client.request("POST", `/api/v1/solution-providers/${id}/reject`, {
      comment: " ",
    });
    expect(noReason.status).toBe(422);
    expect(noReason.error.details?.map((d) => d.path)).toEqual(["comment"]);
    const rejected = await reviewer.client.request("POST", `/api/v1/solution-providers/${id}/reject`, {
      comment: "Name a product, not a service line.",
    });
    expect(rejected.body).toMatchObject({
      reviewStatus: "rejected",
      reviewComment: "Name a product, not a service line.",
    });

    const edit = {
      ...provider,
      solutions: [{ ...provider.solutions[0], title: "CoolCoat white roof membrane" }],
    };
    expect(
      (await reporter.client.request("PUT", `/api/v1/solution-providers/${id}`, edit, { "if-match": '"2"' }))
        .status,
    ).toBe(403);
    expect(
      (
        await otherReporter.client.request("PUT", `/api/v1/solution-providers/${id}`, edit, {
          "if-match": '"1"',
        })
      ).status,
    ).toBe(412);
    expect((await otherReporter.client.request("PUT", `/api/v1/solution-providers/${id}`, edit)).status).toBe(
      428,
    );
    const bad = await otherReporter.client.request(
      "PUT",
      `/api/v1/solution-providers/${id}`,
      { ...edit, solutions: [{ ...edit.solutions[0], title: "" }] },
      { "if-match": '"2"' },
    );
    expect(bad.status).toBe(422);
    expect(bad.error.details?.map((d) => d.path)).toEqual(["solutions.0.title"]);
    const edited = await otherReporter.client.request("PUT", `/api/v1/solution-providers/${id}`, edit, {
      "if-match": '"2"',
    });
    expect(edited.status).toBe(200);
    expect(edited.etag).toBe('"3"');
    expect(edited.body).toMatchObject({ reviewStatus: "submitted", reviewComment: null });
    expect((edited.body as WithSolutions).solutions.map((s) => s.title)).toEqual([
      "CoolCoat white roof membrane",
    ]);

    await reviewer.client.request("POST", `/api/v1/solution-providers/${id}/approve`, { comment: null });
    const listed = await app.anonymous.request("GET", "/api/v1/solutions?q=CoolCoat");
    expect((listed.body as { items: Array<{ title: string }> }).items.map((s) => s.title)).toEqual([
      "CoolCoat white roof membrane",
    ]);
    expect((await app.anonymous.request("GET", "/api/v1/solutions?q=White roofs")).body).toEqual({
      items: [],
    });
    expect((await app.anonymous.request("GET", `/api/v1/solution-providers/${id}`)).status).toBe(200);
    const events = await reviewer.client.request("GET", "/api/v1/audit/events?limit=500");
    const items = (events.body as { items: Array<{ entityId: string; action: string }> }).items;
    expect(items.filter((e) => e.entityId === id).map((e) => e.action)).toEqual([
      "create",
      "reject",
      "update",
      "approve",
    ]);
  });
});
