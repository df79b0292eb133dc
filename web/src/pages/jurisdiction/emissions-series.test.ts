import { describe, expect, it } from "vitest";
import { buildInventory } from "../../testing/factories.ts";
import { emissionsSeries, inventoryPerYear } from "./emissions-series.ts";

// I.1.1 scope 1 BASIC; I.1.2 scope 2 BASIC; I.1.3 scope 3 BASIC+ only; I.4.4 territorial only;
// III.1.1 scope 1 BASIC; IV.1 scope 1 BASIC+; VI.1 other scope 3 (in no total).
const lines = [
  { gpc: "I.1.1", co2e: 100 },
  { gpc: "I.1.2", co2e: 50 },
  { gpc: "I.1.3", co2e: 5 },
  { gpc: "I.4.4", co2e: 1000 },
  { gpc: "III.1.1", co2e: 30 },
  { gpc: "IV.1", co2e: 7 },
  { gpc: "VI.1", co2e: 9 },
  { gpc: "I.1.1", co2e: null },
  { gpc: "X.9", co2e: 99 },
];

describe("emissionsSeries", () => {
  const inventory = buildInventory(lines);

  it("adds BASIC lines by sector", () => {
    const s = emissionsSeries([inventory], "basic", "sector");
    expect(s.years).toEqual([2022]);
    expect(s.keys).toEqual(["I", "III"]);
    expect(s.values).toEqual({ I: [150], III: [30] });
    expect(s.totals).toEqual([180]);
  });

  it("adds BASIC+ lines (T&D losses, IPPU) by sector", () => {
    const s = emissionsSeries([inventory], "basicPlus", "sector");
    expect(s.values).toEqual({ I: [155], III: [30], IV: [7] });
    expect(s.totals).toEqual([192]);
  });

  it("adds territorial (scope 1) lines, including energy supplied to the grid", () => {
    const s = emissionsSeries([inventory], "territorial", "scope");
    expect(s.keys).toEqual(["1"]);
    expect(s.values).toEqual({ "1": [100 + 1000 + 30 + 7] });
  });

  it("splits BASIC by scope", () => {
    expect(emissionsSeries([inventory], "basic", "scope").values).toEqual({ "1": [130], "2": [50] });
  });

  it("is empty without community inventories", () => {
    const government = buildInventory(lines, { kind: "government" });
    expect(emissionsSeries([government], "basic", "sector")).toEqual({
      years: [],
      inventories: [],
      keys: [],
      values: {},
      totals: [],
    });
  });
});

describe("inventoryPerYear", () => {
  it("keeps the latest version of each year's community inventory, oldest year first", () => {
    const old = buildInventory([], { year: 2020, updatedAt: "2024-01-01T00:00:00.000Z" });
    const newer = buildInventory([], { year: 2020, updatedAt: "2024-06-01T00:00:00.000Z" });
    const earlier = buildInventory([], { year: 2015 });
    expect(inventoryPerYear([old, newer, earlier]).map((i) => i.id)).toEqual([earlier.id, newer.id]);
  });
});
