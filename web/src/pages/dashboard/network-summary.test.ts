import { describe, expect, it } from "vitest";
import { buildAction, buildInventory, buildJurisdiction, buildTarget } from "../../testing/factories.ts";
import { summarise } from "./network-summary.ts";

describe("summarise", () => {
  const rio = buildJurisdiction({ name: "Rio", country: "BR", region: "Latin America" });
  const sp = buildJurisdiction({
    name: "São Paulo",
    country: "BR",
    region: "Latin America",
    population: [{ year: 2021, value: 12_000_000 }],
  });
  const paris = buildJurisdiction({ name: "Paris", country: "FR", region: "Europe", population: [] });
  const nowhere = buildJurisdiction({ name: "X", country: "ZZ", region: null, type: "region" });

  it("counts jurisdictions, countries and the latest population of each", () => {
    const summary = summarise([rio, sp, paris, nowhere], [], [], []);
    expect(summary.jurisdictions).toBe(4);
    expect(summary.countries).toBe(3);
    // Rio's latest (2020) 6.7M + São Paulo 12M + nothing for Paris + nowhere's 6.7M.
    expect(summary.population).toBe(6_700_000 + 12_000_000 + 6_700_000);
  });

  it("groups by region, most jurisdictions first, unspecified region kept as null", () => {
    const summary = summarise([rio, sp, paris, nowhere], [], [], []);
    expect(summary.byRegion.map((r) => [r.region, r.jurisdictions])).toEqual([
      ["Latin America", 2],
      ["Europe", 1],
      [null, 1],
    ]);
    expect(summary.byRegion[0]?.population).toBe(18_700_000);
    expect(summary.byType).toEqual([
      ["city", 3],
      ["region", 1],
    ]);
  });

  it("counts inventories by year and gives the year range", () => {
    const inventories = [2018, 2022, 2018].map((year) => buildInventory([], { year }));
    const summary = summarise([rio], inventories, [], []);
    expect(summary.inventories).toBe(3);
    expect(summary.inventoryYears).toEqual({ from: 2018, to: 2022 });
    expect(summary.inventoriesByYear).toEqual([
      ["2018", 2],
      ["2022", 1],
    ]);
  });

  it("has no year range without inventories", () => {
    expect(summarise([rio], [], [], []).inventoryYears).toBeNull();
  });

  it("crosses targets by target year and type", () => {
    const targets = [
      buildTarget({ jurisdictionId: rio.id, targetYear: 2030 }),
      buildTarget({ jurisdictionId: rio.id, targetYear: 2050, type: "fixed-level" }),
      buildTarget({ jurisdictionId: sp.id, targetYear: 2030 }),
    ];
    const summary = summarise([rio, sp], [], targets, []);
    expect(summary.targets).toBe(3);
    expect(summary.jurisdictionsWithTargets).toBe(2);
    expect(summary.targetYears).toEqual(["2030", "2050"]);
    expect(summary.targetsByYearAndType).toEqual({ "base-year-absolute": [2, 0], "fixed-level": [0, 1] });
    expect(summary.targetsByType).toEqual([
      ["base-year-absolute", 2],
      ["fixed-level", 1],
    ]);
  });

  it("counts actions in progress among all actions", () => {
    const actions = [
      buildAction(),
      buildAction({ status: "planned" }),
      buildAction({ status: "in-progress" }),
    ];
    const summary = summarise([rio], [], [], actions);
    expect(summary.actions).toBe(3);
    expect(summary.actionsInProgress).toBe(2);
  });
});
