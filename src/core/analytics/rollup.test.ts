import { describe, expect, it } from "vitest";
import { committedReductions } from "./commitments.ts";
import { emissionsTrend, perCapitaDistribution, territorialTotal } from "./emissions.ts";
import { networkOf } from "./network.ts";
import { networkRollup } from "./rollup.ts";
import { commitment, inventory, jurisdiction, provinceNetwork } from "./test-network.ts";

const byKey = <T extends { key: string }>(groups: readonly T[]) =>
  Object.fromEntries(groups.map((g) => [g.key, g]));

describe("networkRollup on a province with its cities", () => {
  const r = networkRollup(provinceNetwork());

  it("counts jurisdictions once and population without double counting", () => {
    expect(r.jurisdictions).toMatchObject({ value: 6, population: 5_300_000 });
    expect(r.reporting).toMatchObject({ value: 5, population: 5_300_000 });
    expect(r.reporting.rule).toContain("without overlaps");
  });

  it("groups by country, type, region and size class", () => {
    expect(byKey(r.groups.country)).toMatchObject({
      CA: { jurisdictions: 5, reporting: 4, populationCovered: 5_000_000 },
      BR: { jurisdictions: 1, reporting: 1, populationCovered: 300_000 },
    });
    expect(byKey(r.groups.type)).toMatchObject({
      province: { jurisdictions: 1, populationCovered: 5_000_000 },
      city: { jurisdictions: 4, reporting: 3, populationCovered: 1_500_000 }, // A + B + D; E does not report
      town: { jurisdictions: 1, populationCovered: 30_000 }, // its city is in another group
    });
    expect(r.groups.region.map((g) => g.key)).toEqual(["Latin America", "North America"]);
    expect(byKey(r.groups.sizeClass)).toMatchObject({
      "ge-5m": { jurisdictions: 1 },
      "1m-5m": { jurisdictions: 1 },
      "250k-1m": { jurisdictions: 1 },
      "50k-250k": { jurisdictions: 2, reporting: 1 },
      "lt-50k": { jurisdictions: 1 },
    });
    for (const g of r.groups.type) expect(g.rule).toMatch(/ancestor/);
  });

  it("sums territorial emissions of the province and the separate city only", () => {
    expect(r.territorial).toMatchObject({
      value: 10_900_000,
      jurisdictions: 2,
      population: 5_300_000,
      years: { from: 2020, to: 2020 },
    });
    expect([...r.territorial.excluded].sort((a, b) => a.id.localeCompare(b.id))).toEqual([
      { id: "A", coveredBy: "P" },
      { id: "B", coveredBy: "P" },
      { id: "C", coveredBy: "P" },
    ]);
    expect(r.territorial.rule).toMatch(/scope 1.*do not overlap.*BASIC and BASIC\+ are never summed/);
  });

  it("counts the cities when the province has no inventory, and the city rather than its town", () => {
    const net = networkOf(provinceNetwork().map((j) => (j.id === "P" ? { ...j, inventories: [] } : j)));
    const t = territorialTotal(net);
    expect(t.value).toBe(3_000_000 + 500_000 + 900_000);
    expect(t.excluded).toEqual([{ id: "C", coveredBy: "A" }]);
    expect(t.population).toBe(1_500_000);
  });

  it("gives BASIC per inhabitant as a distribution, never a sum", () => {
    // 12 M / 5 M = 2.4, A 4, B 3, C 2, D 4 → sorted 2, 2.4, 3, 4, 4.
    expect(r.perCapita.basic).toMatchObject({ n: 5, min: 2, q1: 2.4, median: 3, q3: 4, max: 4 });
    expect(r.perCapita.basicPlus.median).toBeCloseTo(3.75, 12);
    expect(r.perCapita.basic.rule).toContain("never summed");
  });

  it("adds committed reductions by 2030 and 2050, against base and BAU, without overlaps", () => {
    const [by2030, by2050] = r.commitments;
    // P −50 % of 10 M = 5 M (A's 1.6 M is inside P); D: max(30 % of 1 M, BAU target 1 M − 1.2 M → 0) = 0.3 M.
    expect(by2030?.againstBase).toMatchObject({
      value: 5_300_000,
      jurisdictions: 2,
      targets: 2,
      population: 5_300_000,
    });
    expect(by2030?.againstBase.excluded).toEqual([{ id: "A", coveredBy: "P" }]);
    // Only D's BAU target states a BAU: 1.5 M − 1.2 M.
    expect(by2030?.againstBau).toMatchObject({ value: 300_000, jurisdictions: 1, population: 300_000 });
    // By 2050 D's net-zero target commits 1 M; P's 2030 target still counts.
    expect(by2050?.againstBase).toMatchObject({ value: 6_000_000, years: { from: 2030, to: 2050 } });
    expect(by2050?.againstBase.rule).toMatch(/by 2050.*largest.*do not overlap/);
  });

  it("adds expected reductions of actions in progress or completed", () => {
    expect(r.actionReductions).toMatchObject({
      value: 150_000,
      actions: 2,
      jurisdictions: 2,
      population: 5_000_000,
    });
  });

  it("counts inventories and actions", () => {
    expect(r.inventories).toEqual({
      byYear: { "2018": 3, "2020": 5 },
      byStatus: { published: 1, verified: 7 },
    });
    expect(r.actions.byStatus).toEqual({ cancelled: 1, completed: 2, "in-progress": 1, planned: 1 });
    expect(r.actions.byKind).toEqual({ both: 1, mitigation: 4 });
    expect(r.actions.bySector).toEqual({ I: 4, II: 1, unspecified: 1 });
  });

  it("uses the latest inventory up to a given year", () => {
    const t = networkRollup(provinceNetwork(), { year: 2019 }).territorial;
    expect(t).toMatchObject({
      value: 11_000_000 + 950_000,
      jurisdictions: 2,
      years: { from: 2018, to: 2018 },
    });
  });
});

describe("emissionsTrend", () => {
  it("follows verified emissions year by year", () => {
    const [y2018, y2020] = emissionsTrend(networkOf(provinceNetwork()), [2020, 2018]);
    expect(y2018?.territorial).toMatchObject({ value: 11_000_000, jurisdictions: 1 }); // D's 2018 is not verified
    expect(y2018?.basicPerCapita).toMatchObject({ n: 2, median: (13_000_000 / 5_000_000 + 4.1) / 2 });
    expect(y2020?.territorial.value).toBe(10_900_000);
  });
});

describe("commitments and distributions, edge cases", () => {
  it("projects intensity targets with the jurisdiction's population series", () => {
    const j = jurisdiction("X", {
      population: 100,
      populationSeries: [
        { year: 2010, value: 100 },
        { year: 2020, value: 150 },
      ],
      // 1,000 t / 100 people = 10 t each; −50 % → 5 t × 200 people in 2030 = 1,000 t: no reduction below base.
      targets: [commitment({ type: "base-year-intensity", baseValue: 1000, reductionPercent: 50 })],
    });
    expect(committedReductions(networkOf([j]), 2030).againstBase).toMatchObject({
      value: 0,
      jurisdictions: 1,
    });
  });

  it("has an empty distribution and zero totals for an empty network", () => {
    const r = networkRollup([]);
    expect(r.perCapita.basic).toMatchObject({ n: 0, median: null });
    expect(r.territorial).toMatchObject({ value: 0, jurisdictions: 0, years: null });
  });

  it("uses the inventory's population before the jurisdiction's", () => {
    const j = jurisdiction("Y", {
      population: 10,
      inventories: [inventory(2020, 1, 100, { population: 50 })],
    });
    expect(perCapitaDistribution(networkOf([j]), "basic").median).toBe(2);
  });
});
