import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SYSTEM } from "../../services/service-helpers.ts";
import { createServices, type Services } from "../../services/services.ts";
import { type Database, openDatabase } from "../database.ts";
import { ILLUSTRATIVE, seedThemes } from "./seed-themes.ts";

let database: Database;
let services: Services;
beforeAll(async () => {
  database = await openDatabase();
  services = createServices(database.db);
  const cities: Array<[string, string, number]> = [
    ["Rio de Janeiro", "BR", 31176],
    ["Barcelona", "ES", 1499],
    ["Lausanne", "CH", 54520],
    ["Suwon", "KR", 44185],
    ["Dakar", "SN", 36032],
  ];
  for (const [name, country, cdpAccount] of cities)
    await services.jurisdictions.create({ name, type: "city", country, cdpAccount }, SYSTEM);
});
afterAll(() => database.close());

describe("theme demonstration records", () => {
  it("publishes reports, commitments, projects and providers of the jurisdictions present, once", async () => {
    const created = await database.db.transaction((tx) => seedThemes(tx, createServices(tx)));
    // Rio: iso37120, mobility, resilience; Barcelona 3, Lausanne 2, Suwon 1 yearly figures; 3 commitments;
    // projects of Rio and Dakar; 3 providers.
    expect(created).toBe(3 + 6 + 3 + 2 + 3);
    expect(await database.db.transaction((tx) => seedThemes(tx, createServices(tx)))).toBe(0);

    const programme = await services.themes.efficiencyProgramme(2026);
    const byName = Object.fromEntries(programme.commitments.map((c) => [c.jurisdictionName, c.status]));
    expect(byName).toEqual({ Barcelona: "reached", Lausanne: "missed", Suwon: "on-course" });

    const reports = await services.themeReports.list({ theme: "iso37120" }, SYSTEM);
    expect(reports.items).toHaveLength(1);
    expect(reports.items[0]?.notes).toBe(ILLUSTRATIVE);
    expect(reports.items[0]?.issues.filter((i) => i.severity === "error")).toEqual([]);

    const projects = await services.tapProjects.list({ reviewStatus: "published" }, SYSTEM);
    expect(projects.items.map((p) => p.title).sort()).toEqual([
      "Solar street lighting for peri-urban Dakar",
      "TransBrasil BRT feeder electrification",
    ]);
    expect((await services.gateway.solutions({})).map((s) => s.solution.title)).toEqual([
      "Cool roofs and reflective pavements",
      "E-bus fleet transition planning",
      "Sponge-city retention parks",
    ]);
  });
});
