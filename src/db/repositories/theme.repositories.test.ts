/**
 * The theme tables' SQL on every driver (PGlite, and PostgreSQL when TEST_DATABASE_URL is set): JSON values of
 * theme reports, the content hash set on publish, published reports newest first per jurisdiction, funders'
 * interest upserted once per funder and project, and only approved providers' solutions in the catalogue.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { digestOf } from "../../core/record/hash.ts";
import { buildJurisdiction, unique } from "../testing/factories.ts";
import { type TestDatabase, testDrivers } from "../testing/test-database.ts";
import { decideProvider, insertProvider, insertSolution, listSolutions } from "./gateway.repository.ts";
import { insertJurisdiction } from "./jurisdiction.repository.ts";
import {
  insertTapProject,
  listFunderInterests,
  listProjectInterests,
  listTapProjects,
  setTapProjectReviewStatus,
  upsertTapInterest,
} from "./tap.repository.ts";
import {
  insertThemeReport,
  listPublishedThemeReports,
  listThemeReports,
  setThemeReportReviewStatus,
} from "./theme-report.repository.ts";
import { insertUser } from "./user.repository.ts";

describe.each(testDrivers())("theme repositories on $kind", (driver) => {
  let database: TestDatabase;
  let city: string;

  beforeAll(async () => {
    database = await driver.open();
    city = (await insertJurisdiction(database.db, buildJurisdiction(), "test")).id;
  });
  afterAll(() => database.close());

  const report = (year: number, values: Record<string, number>) =>
    insertThemeReport(
      database.db,
      {
        jurisdictionId: city,
        theme: "water",
        year,
        values,
        indicators: { "water-loss": 25 },
        issues: [],
        notes: null,
      },
      "test",
    );

  it("stores report values as JSON, hashes the published content, lists published reports newest first", async () => {
    const older = await report(2021, { "water-supplied": 100, "water-billed": 75 });
    const newer = await report(2022, { "water-supplied": 0.1, "water-billed": 0.07 });
    await report(2023, { population: 1 });
    expect(older.values).toEqual({ "water-supplied": 100, "water-billed": 75 });
    for (const r of [older, newer]) {
      await setThemeReportReviewStatus(database.db, r.id, "draft", "submitted", "test");
      const published = await setThemeReportReviewStatus(database.db, r.id, "submitted", "published", "test");
      expect(published?.contentHash).toBe(
        digestOf({
          jurisdictionId: city,
          theme: "water",
          year: r.year,
          values: r.values,
          indicators: r.indicators,
        }),
      );
    }
    expect(
      await setThemeReportReviewStatus(database.db, older.id, "submitted", "published", "test"),
    ).toBeUndefined();
    const published = await listPublishedThemeReports(database.db, "water");
    expect(published.map((r) => r.year)).toEqual([2022, 2021]);
    expect(published[0]?.values).toEqual({ "water-supplied": 0.1, "water-billed": 0.07 });
    const publicPage = await listThemeReports(database.db, { theme: "water", visibleTo: [] });
    expect(publicPage.items.map((r) => r.year).sort()).toEqual([2021, 2022]);
    await expect(report(2021, {})).rejects.toThrow();
  });

  it("keeps one interest per funder and project, and filters projects as funders browse", async () => {
    const funder = await insertUser(database.db, {
      email: `f${unique()}@x.org`,
      name: "Fund",
      passwordHash: "x",
    });
    const project = await insertTapProject(
      database.db,
      {
        jurisdictionId: city,
        title: "Green corridor",
        problem: "p",
        action: "a",
        stage: "feasibility",
        cost: 10,
        financeSought: 8,
        currency: "EUR",
        sectors: ["afolu"],
        agendas: ["biodiverse"],
      },
      "test",
    );
    await setTapProjectReviewStatus(database.db, project.id, "draft", "published", "test");
    const key = { projectId: project.id, funderId: funder.id };
    await upsertTapInterest(database.db, { ...key, saved: true, interested: false, message: null });
    const second = await upsertTapInterest(database.db, {
      ...key,
      saved: true,
      interested: true,
      message: "yes",
    });
    expect(second.interested).toBe(true);
    expect((await listFunderInterests(database.db, funder.id)).map((r) => r.project.id)).toEqual([
      project.id,
    ]);
    expect((await listProjectInterests(database.db, project.id)).map((r) => r.message)).toEqual(["yes"]);
    const browse = (filter: Parameters<typeof listTapProjects>[1]) =>
      listTapProjects(database.db, { ...filter, visibleTo: [] }).then((p) => p.items.map((i) => i.title));
    expect(await browse({ agenda: "biodiverse", maxFinance: 8 })).toEqual(["Green corridor"]);
    expect(await browse({ agenda: "biodiverse", minFinance: 9 })).toEqual([]);
    expect(await browse({ sector: "waste" })).toEqual([]);
  });

  it("lists only approved providers' solutions, filtered by tags", async () => {
    const approved = await insertProvider(
      database.db,
      { name: `A${unique()}`, kind: "business", country: null, website: null, description: null },
      "t",
    );
    const pending = await insertProvider(
      database.db,
      { name: `P${unique()}`, kind: "ngo", country: null, website: null, description: null },
      "t",
    );
    for (const [provider, title] of [
      [approved, "Cool roofs"],
      [pending, "Hidden kits"],
    ] as const)
      await insertSolution(
        database.db,
        {
          providerId: provider.id,
          title,
          description: "d",
          hazards: ["extreme-heat"],
          agendas: ["resilient"],
        },
        "t",
      );
    expect((await listSolutions(database.db, { approvedOnly: true })).length).toBe(0);
    await decideProvider(database.db, approved.id, "approved", null, "t");
    expect(await decideProvider(database.db, approved.id, "rejected", null, "t")).toBeUndefined();
    const titles = async (filter: Parameters<typeof listSolutions>[1]) =>
      (await listSolutions(database.db, filter)).map((r) => r.solution.title);
    expect(await titles({ approvedOnly: true, hazard: "extreme-heat" })).toEqual(["Cool roofs"]);
    expect(await titles({ approvedOnly: true, agenda: "biodiverse" })).toEqual([]);
    expect(await titles({ approvedOnly: false, agenda: "resilient" })).toEqual(["Cool roofs", "Hidden kits"]);
  });
});
