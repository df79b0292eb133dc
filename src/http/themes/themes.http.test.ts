/**
 * Themes through the API: a theme added by data alone (declared in this test, no code) is listed, reported,
 * checked, submitted, reviewed, published with a content hash, audited, targeted and added up by the analytics
 * exactly like the shipped ones; ISO 37120 and the 10% programme through the same routes.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { digestOf } from "../../core/record/hash.ts";
import { BUILTIN_REGISTRY } from "../../core/themes/builtin.ts";
import type { ThemeDefinition } from "../../core/themes/types.ts";
import { SYSTEM } from "../../services/service-helpers.ts";
import { createTestApp, type TestApp, type TestUser } from "../testing/test-app.ts";

const NOISE: ThemeDefinition = {
  id: "noise",
  name: "Noise",
  description: "Night-time road noise exposure",
  agendas: ["happy-healthy-inclusive"],
  inputs: [
    { id: "population", name: "Population", unit: "people", definition: "Total population" },
    {
      id: "exposed",
      name: "Residents exposed above 55 dB Lnight",
      unit: "people",
      definition: "Strategic noise map",
    },
  ],
  indicators: [
    {
      id: "exposed-share",
      name: "Residents exposed above 55 dB Lnight",
      unit: "%",
      direction: "lower",
      source: "EU Environmental Noise Directive, Annex VI",
      definition: "exposed / population × 100",
      formula: { op: "mul", args: [{ op: "div", args: ["exposed", "population"] }, 100] },
    },
    {
      id: "quiet-areas",
      name: "Designated quiet areas",
      unit: "areas",
      direction: "higher",
      source: "END art. 8",
      definition: "count",
    },
  ],
  targetTypes: [{ id: "exposure-cut", name: "Exposure cut", description: "Cut the exposed share by a year" }],
  actionCategories: [{ id: "quiet-surfaces", name: "Low-noise road surfaces" }],
  checks: [
    {
      id: "exposed-within-population",
      kind: "at-most",
      field: "exposed",
      than: "population",
      severity: "error",
      message: "more residents exposed than live in the city",
    },
    {
      id: "quiet-areas-reported",
      kind: "required",
      fields: ["quiet-areas"],
      severity: "warning",
      message: "report the quiet areas",
    },
  ],
};

let app: TestApp;
let cityA: string;
let cityB: string;
let reporterA: TestUser;
let reporterB: TestUser;
let reviewer: TestUser;

beforeAll(async () => {
  app = await createTestApp({ themes: BUILTIN_REGISTRY.with(NOISE) });
  const create = (name: string) =>
    app.services.jurisdictions.create({ name, type: "city", country: "DE" }, SYSTEM);
  cityA = (await create("Lärmstadt")).id;
  cityB = (await create("Ruhighausen")).id;
  reporterA = await app.createUser([{ role: "reporter", jurisdictionId: cityA }]);
  reporterB = await app.createUser([{ role: "reporter", jurisdictionId: cityB }]);
  reviewer = await app.createUser([{ role: "reviewer" }]);
});
afterAll(() => app.close());

const report = (jurisdictionId: string, values: Record<string, number>, year = 2023, theme = "noise") => ({
  jurisdictionId,
  theme,
  year,
  values,
});

async function publish(user: TestUser, id: string) {
  expect(
    (await user.client.request("POST", `/api/v1/theme-reports/${id}/submit`, { comment: null })).status,
  ).toBe(200);
  const done = await reviewer.client.request("POST", `/api/v1/theme-reports/${id}/publish`, {
    comment: "ok",
  });
  expect(done.status).toBe(200);
  return done.body as { contentHash: string; version: number; indicators: Record<string, number> };
}

describe("a theme added by data alone", () => {
  it("is listed by the API with its indicators, formulas written out, target types and categories", async () => {
    const list = await app.anonymous.request("GET", "/api/v1/themes");
    const ids = (list.body as { items: Array<{ id: string }> }).items.map((t) => t.id);
    expect(ids).toEqual([
      "resilience",
      "biodiversity",
      "water",
      "mobility",
      "resource-efficiency",
      "iso37120",
      "noise",
    ]);
    const one = await app.anonymous.request("GET", "/api/v1/themes/noise");
    const theme = one.body as {
      indicators: Array<{ id: string; computed: boolean; formulaText: string | null }>;
    };
    expect(theme.indicators[0]).toMatchObject({
      id: "exposed-share",
      computed: true,
      formulaText: "exposed / population × 100",
    });
    expect((await app.anonymous.request("GET", "/api/v1/themes/nothing")).status).toBe(404);
  });

  it("refuses values the declaration does not allow, naming each field, and writes nothing", async () => {
    const bad = await reporterA.client.request(
      "POST",
      "/api/v1/theme-reports",
      report(cityA, { population: -1, loudness: 3 }),
    );
    expect(bad.status).toBe(422);
    expect(bad.error.details?.map((d) => d.path).sort()).toEqual(["values.loudness", "values.population"]);
    const unknown = await reporterA.client.request(
      "POST",
      "/api/v1/theme-reports",
      report(cityA, {}, 2023, "nope"),
    );
    expect(unknown.status).toBe(422);
    expect(unknown.error.message).toMatch(/theme: unknown theme; known: .*noise/);
    const list = await reporterA.client.request("GET", `/api/v1/theme-reports?jurisdictionId=${cityA}`);
    expect((list.body as { items: unknown[] }).items).toEqual([]);
  });

  it("goes through the workflow: checks block submit, edits while draft, review, publish with a hash, audit", async () => {
    const created = await reporterA.client.request(
      "POST",
      "/api/v1/theme-reports",
      report(cityA, { population: 1000, exposed: 1200 }),
    );
    expect(created.status).toBe(201);
    const row = created.body as {
      id: string;
      indicators: Record<string, number>;
      issues: Array<{ check: string }>;
    };
    expect(row.indicators["exposed-share"]).toBe(120);
    expect(row.issues.map((i) => i.check)).toEqual(["exposed-within-population", "quiet-areas-reported"]);
    expect((await app.anonymous.request("GET", `/api/v1/theme-reports/${row.id}`)).status).toBe(404);

    const blocked = await reporterA.client.request("POST", `/api/v1/theme-reports/${row.id}/submit`, {});
    expect(blocked.status).toBe(422);
    expect(blocked.error.code).toBe("checks_failed");

    const fixed = await reporterA.client.request(
      "PUT",
      `/api/v1/theme-reports/${row.id}`,
      report(cityA, { population: 1000, exposed: 250, "quiet-areas": 2 }),
      { "if-match": created.etag ?? "" },
    );
    expect(fixed.status).toBe(200);
    expect((fixed.body as { indicators: Record<string, number> }).indicators["exposed-share"]).toBe(25);
    expect(
      (await reporterB.client.request("POST", `/api/v1/theme-reports/${row.id}/submit`, {})).status,
    ).toBe(403);

    const published = await publish(reporterA, row.id);
    expect(published.contentHash).toBe(
      digestOf({
        jurisdictionId: cityA,
        theme: "noise",
        year: 2023,
        values: { population: 1000, exposed: 250, "quiet-areas": 2 },
        indicators: { "exposed-share": 25, "quiet-areas": 2 },
      }),
    );
    const seen = await app.anonymous.request("GET", `/api/v1/theme-reports/${row.id}`);
    expect(seen.status).toBe(200);
    const locked = await reporterA.client.request(
      "PUT",
      `/api/v1/theme-reports/${row.id}`,
      report(cityA, { population: 1 }),
      {
        "if-match": seen.etag ?? "",
      },
    );
    expect(locked.status).toBe(409);

    const events = await reviewer.client.request("GET", "/api/v1/audit/events?limit=500");
    const mine = (events.body as { items: Array<{ entity: string; entityId: string; action: string }> }).items
      .filter((e) => e.entityId === row.id)
      .map((e) => `${e.entity}:${e.action}`);
    expect(mine).toEqual([
      "theme_report:create",
      "theme_report:update",
      "theme_report:submit",
      "theme_report:publish",
    ]);
    const verify = await app.anonymous.request("GET", "/api/v1/audit/verify");
    expect((verify.body as { chain: { ok: boolean } }).chain.ok).toBe(true);
  });

  it("takes targets of its declared types and indicators, and actions of its categories", async () => {
    const target = {
      jurisdictionId: cityA,
      theme: "noise",
      indicator: "exposed-share",
      type: "exposure-cut",
      scope: "community",
      baseYear: 2023,
      targetYear: 2030,
      targetValue: 15,
    };
    const ok = await reporterA.client.request("POST", "/api/v1/targets", target);
    expect(ok.status).toBe(201);
    expect((ok.body as { unit: string }).unit).toBe("%");
    const wrong = await reporterA.client.request("POST", "/api/v1/targets", {
      ...target,
      type: "base-year-absolute",
      indicator: "decibels",
    });
    expect(wrong.status).toBe(422);
    expect(wrong.error.details?.map((d) => d.path).sort()).toEqual(["indicator", "type"]);
    const climate = await reporterA.client.request("POST", "/api/v1/targets", {
      ...target,
      theme: undefined,
      type: "exposure-cut",
    });
    expect(climate.status).toBe(422);

    const action = {
      jurisdictionId: cityA,
      theme: "noise",
      kind: "adaptation",
      category: "quiet-surfaces",
      title: "Quiet asphalt",
      status: "planned",
    };
    expect((await reporterA.client.request("POST", "/api/v1/actions", action)).status).toBe(201);
    const badCategory = await reporterA.client.request("POST", "/api/v1/actions", {
      ...action,
      category: "walls",
    });
    expect(badCategory.status).toBe(422);
    expect(badCategory.error.details?.[0]?.path).toBe("category");
  });

  it("is added up by the analytics and benchmarks a member against the others", async () => {
    const b = await reporterB.client.request(
      "POST",
      "/api/v1/theme-reports",
      report(cityB, { population: 4000, exposed: 400, "quiet-areas": 5 }, 2022),
    );
    expect(b.status).toBe(201);
    await publish(reporterB, (b.body as { id: string }).id);
    const figures = await app.anonymous.request("GET", "/api/v1/themes/noise/figures");
    const f = figures.body as {
      reportingMembers: number;
      indicators: Array<{ id: string; n: number; median: number; min: number; max: number }>;
    };
    expect(f.reportingMembers).toBe(2);
    expect(f.indicators.find((i) => i.id === "exposed-share")).toMatchObject({
      n: 2,
      min: 10,
      max: 25,
      median: 17.5,
    });

    const bench = await app.anonymous.request(
      "GET",
      `/api/v1/themes/noise/benchmark?jurisdictionId=${cityB}`,
    );
    const view = bench.body as {
      comparedWith: string;
      compared: Array<{ name: string }>;
      indicators: Array<{ id: string; value: number; rank: number; betterThan: number }>;
    };
    // Two German cities of one size class: the analytics' peer rule makes them peers.
    expect(view.comparedWith).toBe("peers");
    expect(view.compared.map((c) => c.name)).toEqual(["Lärmstadt"]);
    expect(view.indicators.find((i) => i.id === "exposed-share")).toMatchObject({
      value: 10,
      rank: 1,
      betterThan: 1,
    });
    expect(view.indicators.find((i) => i.id === "quiet-areas")).toMatchObject({ value: 5, rank: 1 });
  });
});

describe("ISO 37120 and the 10% programme through the API", () => {
  it("computes ISO 37120 indicators from the reported quantities", async () => {
    const r = await reporterA.client.request(
      "POST",
      "/api/v1/theme-reports",
      report(cityA, { population: 500_000, physicians: 1_250, "public-transport-km": 80 }, 2022, "iso37120"),
    );
    expect(r.status).toBe(201);
    const indicators = (r.body as { indicators: Record<string, number | null> }).indicators;
    expect(indicators["physicians-per-100k"]).toBe(250);
    expect(indicators["public-transport-km-per-100k"]).toBe(16);
    expect(indicators["homicides-per-100k"]).toBeNull();
  });

  it("tracks a commitment to cut energy by 10% from its baseline and yearly figures", async () => {
    const commitment = {
      jurisdictionId: cityB,
      theme: "resource-efficiency",
      indicator: "energy-consumption",
      type: "efficiency-10",
      scope: "government",
      baseYear: 2020,
      baseValue: 1000,
      targetYear: 2023,
      reductionPercent: 10,
    };
    const tooLong = await reporterB.client.request("POST", "/api/v1/targets", {
      ...commitment,
      targetYear: 2025,
    });
    expect(tooLong.status).toBe(422);
    expect(tooLong.error.details?.[0]?.path).toBe("targetYear");
    const created = await reporterB.client.request("POST", "/api/v1/targets", commitment);
    expect(created.status).toBe(201);
    const id = (created.body as { id: string }).id;
    await reporterB.client.request("POST", `/api/v1/targets/${id}/submit`, {});
    await reviewer.client.request("POST", `/api/v1/targets/${id}/publish`, {});
    for (const [year, value] of [
      [2021, 960],
      [2022, 930],
      [2023, 895],
    ] as const) {
      const r = await reporterB.client.request(
        "POST",
        "/api/v1/theme-reports",
        report(cityB, { "energy-consumption": value }, year, "resource-efficiency"),
      );
      expect(r.status).toBe(201);
      if (year !== 2023) await publish(reporterB, (r.body as { id: string }).id);
    }
    const before = await app.anonymous.request("GET", "/api/v1/programmes/efficiency");
    const p1 = before.body as { commitments: Array<{ status: string; latest: { year: number } }> };
    expect(p1.commitments).toHaveLength(1);
    // The 2023 report is a draft: the public programme sees 2022 (7%), short of the cut, and the deadline passed.
    expect(p1.commitments[0]?.latest.year).toBe(2022);
    expect(p1.commitments[0]?.status).toBe("missed");

    const drafts = await reporterB.client.request(
      "GET",
      `/api/v1/theme-reports?jurisdictionId=${cityB}&year=2023&theme=resource-efficiency`,
    );
    await publish(reporterB, (drafts.body as { items: Array<{ id: string }> }).items[0]?.id ?? "");
    const after = await app.anonymous.request("GET", "/api/v1/programmes/efficiency");
    const p2 = after.body as {
      summary: { commitments: number; byStatus: Record<string, number> };
      commitments: Array<{ status: string; reachedYear: number; jurisdictionName: string }>;
    };
    expect(p2.commitments[0]).toMatchObject({
      status: "reached",
      reachedYear: 2023,
      jurisdictionName: "Ruhighausen",
    });
    expect(p2.summary.byStatus.reached).toBe(1);
  });
});

describe("the 25% resilience goal", () => {
  it("counts members with risks, policy, commitments, plans and actions from published records, per region", async () => {
    await app.services.risks.create({ jurisdictionId: cityA, hazard: "flood" }, SYSTEM);
    const cityC = await app.services.jurisdictions.create(
      { name: "Pwani", type: "city", country: "KE", region: "Africa" },
      SYSTEM,
    );
    await app.services.risks.create({ jurisdictionId: cityC.id, hazard: "drought" }, SYSTEM);
    const r = await reporterA.client.request(
      "POST",
      "/api/v1/theme-reports",
      report(
        cityA,
        { "resilience-policy": 1, "adaptation-plan": 0, "risk-assessment-done": 1 },
        2023,
        "resilience",
      ),
    );
    expect(r.status).toBe(201);
    await publish(reporterA, (r.body as { id: string }).id);
    const action = { jurisdictionId: cityB, kind: "adaptation", title: "Shade trees", status: "planned" };
    const created = await reporterB.client.request("POST", "/api/v1/actions", action);
    const id = (created.body as { id: string }).id;
    await reporterB.client.request("POST", `/api/v1/actions/${id}/submit`, {});
    await reviewer.client.request("POST", `/api/v1/actions/${id}/publish`, {});
    const goal = await app.anonymous.request("GET", "/api/v1/programmes/resilience");
    type Elements = Array<{ element: string; count: number; share: number }>;
    const view = goal.body as {
      members: number;
      met: boolean;
      elements: Elements;
      regions: Array<{ region: string | null; members: number; elements: Elements }>;
    };
    expect(view.members).toBe(3);
    expect(Object.fromEntries(view.elements.map((e) => [e.element, e.count]))).toEqual({
      risks: 2,
      policy: 1,
      commitments: 0,
      plans: 0,
      actions: 1,
    });
    expect(view.elements[0]?.share).toBeCloseTo(2 / 3, 10);
    expect(view.met).toBe(false);
    expect(view.regions.map((r) => [r.region, r.members, r.elements.map((e) => e.count)])).toEqual([
      ["Africa", 1, [1, 0, 0, 0, 0]],
      [null, 2, [1, 1, 0, 0, 1]],
    ]);
  });
});
