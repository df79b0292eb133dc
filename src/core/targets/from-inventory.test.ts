import { describe, expect, it } from "vitest";
import type { Totals } from "../result.ts";
import { observationFromInventory } from "./from-inventory.ts";
import { targetProgress } from "./progress.ts";
import { buildTarget } from "./test-factories.ts";

const totals: Totals = {
  basic: 900,
  basicPlus: 1000,
  territorial: 700,
  scope1: 700,
  scope2: 150,
  scope3: 150,
  biogenicCO2: 0,
  perCapita: null,
};
const result = { totals, bySector: { I: 600, II: 300, IV: 100 }, bySubsector: { "I.1": 600, "II.1": 300 } };

describe("observationFromInventory", () => {
  it.each([
    { status: "draft", verified: false },
    { status: "submitted", verified: false },
    { status: "approved", verified: false },
    { status: "verified", verified: true },
    { status: "published", verified: true },
    { status: "returned", verified: false },
  ])("a $status inventory is verified: $verified", ({ status, verified }) => {
    expect(observationFromInventory({ year: 2020, kind: "community", status, result }).verified).toBe(
      verified,
    );
  });

  it("reports the chosen total on the inventory's scope, with its breakdown", () => {
    const o = observationFromInventory(
      { year: 2020, kind: "government", status: "verified", result },
      "basicPlus",
    );
    expect(o).toMatchObject({ year: 2020, value: 1000, source: "inventory", population: null });
    expect(o.basis).toEqual({ scope: "government", sectors: ["all"], total: "basicPlus" });
  });

  it("lets a transport target compare with the inventory's transport emissions only", () => {
    const o = observationFromInventory({ year: 2020, kind: "community", status: "published", result });
    const p = targetProgress(buildTarget({ sectors: ["II"], baseValue: 500 }), { observations: [o] });
    expect(p.latest).toMatchObject({ value: 300, basis: "sum of II" });
    expect(p.status).toBe("achieved"); // 500 × (1 − 0.4) = 300, reached
  });
});
