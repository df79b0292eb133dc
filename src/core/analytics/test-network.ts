/** A small network for roll-up tests: a province with cities (and a town inside a city), and a city elsewhere. */
import type { TargetInput } from "../targets/types.ts";
import type { ActionSummary, InventorySummary, JurisdictionSummary } from "./types.ts";

/** A community inventory summary with overrides. */
export function inventory(
  year: number,
  territorial: number,
  basic: number,
  over: Partial<InventorySummary> = {},
) {
  return { year, status: "verified", verified: true, territorial, basic, basicPlus: basic * 1.25, ...over };
}

/** A community base-year target with overrides. */
export function commitment(over: Partial<TargetInput>): TargetInput {
  const base = { type: "base-year-absolute", scope: "community", sectors: ["all"], baseYear: 2010 };
  return {
    ...base,
    baseValue: null,
    targetYear: 2030,
    targetValue: null,
    reductionPercent: null,
    bauValue: null,
    ...over,
  };
}

/** An action summary with overrides. */
export function action(
  status: string,
  expectedAnnualReduction: number | null,
  over: Partial<ActionSummary> = {},
) {
  return { status, kind: "mitigation", sectors: ["I"], expectedAnnualReduction, ...over };
}

/** A jurisdiction summary with overrides. */
export function jurisdiction(id: string, over: Partial<JurisdictionSummary> = {}): JurisdictionSummary {
  return {
    id,
    parentId: null,
    type: "city",
    country: "CA",
    region: "North America",
    population: null,
    reporting: true,
    inventories: [],
    targets: [],
    actions: [],
    ...over,
  };
}

/**
 * P (province, 5 M people) ⊃ A (city, 1 M) ⊃ C (town, 30 k); P ⊃ B (city, 200 k); P ⊃ E (city, 100 k, not
 * reporting); D (city in Brazil, 300 k). Latest territorial: P 10 M, A 3 M, B 0.5 M, C 50 k, D 0.9 M.
 */
export function provinceNetwork(): JurisdictionSummary[] {
  return [
    jurisdiction("P", {
      type: "province",
      population: 5_000_000,
      inventories: [inventory(2018, 11_000_000, 13_000_000), inventory(2020, 10_000_000, 12_000_000)],
      targets: [commitment({ baseValue: 10_000_000, reductionPercent: 50 })],
      actions: [action("in-progress", 100_000), action("planned", 999)],
    }),
    jurisdiction("A", {
      parentId: "P",
      population: 1_000_000,
      inventories: [inventory(2018, 3_200_000, 4_100_000), inventory(2020, 3_000_000, 4_000_000)],
      targets: [commitment({ baseValue: 4_000_000, reductionPercent: 40 })],
      actions: [action("completed", 50_000, { kind: "both", sectors: ["I", "II"] })],
    }),
    jurisdiction("B", {
      parentId: "P",
      population: 200_000,
      inventories: [inventory(2020, 500_000, 600_000)],
    }),
    jurisdiction("C", {
      parentId: "A",
      type: "town",
      population: 30_000,
      inventories: [inventory(2020, 50_000, 60_000)],
    }),
    jurisdiction("E", { parentId: "P", population: 100_000, reporting: false }),
    jurisdiction("D", {
      country: "BR",
      region: "Latin America",
      population: 300_000,
      inventories: [
        inventory(2018, 950_000, 1_250_000, { verified: false, status: "published" }),
        inventory(2020, 900_000, 1_200_000),
      ],
      targets: [
        commitment({ baseValue: 1_000_000, reductionPercent: 30 }),
        commitment({ type: "fixed-level", baseValue: 1_000_000, targetYear: 2050, targetValue: 0 }),
        commitment({
          type: "baseline-scenario",
          baseValue: 1_000_000,
          bauValue: 1_500_000,
          reductionPercent: 20,
        }),
        commitment({ baseValue: 1_000_000, reductionPercent: 90, status: "withdrawn" }),
        commitment({ baseValue: 1_000_000, reductionPercent: 95, scope: "government" }),
      ],
      actions: [action("cancelled", 1_000_000), action("completed", null, { sectors: [] })],
    }),
  ];
}
