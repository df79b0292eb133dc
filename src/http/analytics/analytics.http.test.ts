import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publishInventory, publishTarget } from "../../services/analytics/analytics-fixtures.ts";
import { SYSTEM } from "../../services/service-helpers.ts";
import { createTestApp, type TestApp } from "../testing/test-app.ts";

let app: TestApp;
const ids: Record<string, string> = {};

beforeAll(async () => {
  app = await createTestApp();
  const s = app.services;
  const mk = async (key: string, over: Record<string, unknown>) => {
    const row = await s.jurisdictions.create(
      { name: key, type: "city", country: "CL", region: "Latin America", ...over },
      SYSTEM,
    );
    ids[key] = row.id;
  };
  await mk("Province", { type: "province", population: [{ year: 2020, value: 5_000_000 }], tags: ["andes"] });
  await mk("Alpha", {
    parentId: ids.Province,
    population: [{ year: 2020, value: 1_000_000 }],
    tags: ["andes"],
  });
  await mk("Beta", {
    parentId: ids.Province,
    population: [{ year: 2020, value: 200_000 }],
    tags: ["coastal"],
  });
  await publishInventory(s, ids.Province as string, 2018, 12e6);
  await publishInventory(s, ids.Province as string, 2020, 10e6);
  await publishInventory(s, ids.Alpha as string, 2020, 3e6);
  await publishInventory(s, ids.Beta as string, 2020, 5e5);
  ids.target = await publishTarget(s, {
    jurisdictionId: ids.Province as string,
    type: "base-year-absolute",
    scope: "community",
    baseYear: 2018,
    baseValue: 12e6,
    targetYear: 2030,
    reductionPercent: 50,
  });
  ids.draft = (
    await s.targets.create(
      {
        jurisdictionId: ids.Beta as string,
        type: "fixed-level",
        scope: "community",
        targetYear: 2050,
        targetValue: 0,
      },
      SYSTEM,
    )
  ).id;
});
afterAll(() => app.close());

const get = async <T>(path: string) => {
  const res = await app.anonymous.request("GET", path);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as T;
};

interface Fig {
  value: number;
  jurisdictions: number;
  population: number;
  excludedCount: number;
  excluded: Array<{ id: string; coveredBy: string }>;
}

describe("analytics over HTTP", () => {
  it("sums a province and its cities once (the province counts), with the rule", async () => {
    const body = await get<{ rollup: { territorial: Fig & { rule: string }; reporting: Fig } }>(
      "/api/v1/analytics/network?country=CL",
    );
    expect(body.rollup.territorial).toMatchObject({ value: 10e6, jurisdictions: 1, excludedCount: 2 });
    expect(body.rollup.territorial.excluded.map((e) => e.coveredBy)).toEqual([ids.Province, ids.Province]);
    expect(body.rollup.territorial.rule).toMatch(/do not overlap/);
    expect(body.rollup.reporting).toMatchObject({ value: 3, population: 5_000_000 });
  });

  it("filters by agenda tag and refuses a bad filter with 422", async () => {
    const andes = await get<{ rollup: { territorial: Fig; jurisdictions: Fig } }>(
      "/api/v1/analytics/network?agenda=andes",
    );
    expect(andes.rollup.jurisdictions.value).toBe(2);
    expect(andes.rollup.territorial.value).toBe(10e6);
    const coastal = await get<{ rollup: { territorial: Fig } }>("/api/v1/analytics/network?agenda=coastal");
    expect(coastal.rollup.territorial.value).toBe(5e5);
    const bad = await app.anonymous.request("GET", "/api/v1/analytics/network?country=chile");
    expect(bad.status).toBe(422);
    expect(bad.error.code).toBe("validation_failed");
  });

  it("gives trends by year and sector, without overlaps", async () => {
    const body = await get<{
      years: Array<{ year: number; territorial: Fig }>;
      sectors: Array<{ year: number; bySector: Record<string, number> }>;
    }>("/api/v1/analytics/trends?country=CL");
    expect(body.years.map((y) => [y.year, y.territorial.value])).toEqual([
      [2018, 12e6],
      [2020, 10e6],
    ]);
    expect(body.sectors.find((y) => y.year === 2020)?.bySector).toEqual({ I: 6e6, II: 4e6 });
  });

  it("adds up commitments and counts target progress", async () => {
    const body = await get<{
      commitments: Array<{ year: number; againstBase: Fig & { targets: number } }>;
      progress: Record<string, number>;
    }>("/api/v1/analytics/commitments?country=CL");
    expect(body.commitments.find((c) => c.year === 2030)?.againstBase).toMatchObject({
      value: 6e6,
      targets: 1,
    });
    expect(body.progress).toEqual({ achieved: 0, onTrack: 1, offTrack: 0, noData: 0 });
  });

  it("serves a published target's progress to anyone and a draft's only to who may see it", async () => {
    const body = await get<{ status: string; rule: string; progress: { latest: { year: number } } }>(
      `/api/v1/targets/${ids.target}/progress`,
    );
    expect(body).toMatchObject({ status: "on-track", progress: { latest: { year: 2020 } } });
    expect(body.rule).toMatch(/^No data when/);
    expect((await app.anonymous.request("GET", `/api/v1/targets/${ids.draft}/progress`)).status).toBe(404);
    const own = await app.request("GET", `/api/v1/targets/${ids.draft}/progress`);
    expect(own.body).toMatchObject({ status: "no-data" });
  });

  it("lists peers with matched features, and 404 for an unknown jurisdiction", async () => {
    const body = await get<{ peers: Array<{ id: string; matched: string[] }> }>(
      `/api/v1/jurisdictions/${ids.Alpha}/peers?limit=2`,
    );
    expect(body.peers).toHaveLength(2);
    expect(body.peers[0]?.matched).toContain("region");
    const missing = await app.anonymous.request(
      "GET",
      "/api/v1/jurisdictions/00000000-0000-4000-8000-000000000000/peers",
    );
    expect(missing.status).toBe(404);
  });

  it("ranks leaders by verified reduction and proposes partners, and follows new data", async () => {
    const body = await get<{
      leaders: Array<{ id: string; absolute: number; partners: Array<{ id: string }> }>;
    }>("/api/v1/analytics/leaders?country=CL");
    expect(body.leaders.map((l) => [l.id, l.absolute])).toEqual([[ids.Province, 2e6]]);
    expect(body.leaders[0]?.partners.map((p) => p.id).sort()).toEqual([ids.Alpha, ids.Beta].sort());
    await publishInventory(app.services, ids.Beta as string, 2022, 1e5);
    const after = await get<{ leaders: Array<{ id: string }> }>(
      "/api/v1/analytics/leaders?country=CL&metric=perCapita",
    );
    expect(after.leaders.map((l) => l.id)).toEqual([ids.Beta, ids.Province]);
  });
});
