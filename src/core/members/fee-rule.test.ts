import { describe, expect, it } from "vitest";
import { FEE_RULE, feeFor } from "./fee-rule.ts";
import { COUNTRY_INCOME_GROUPS, incomeGroupOf } from "./income-groups.ts";

describe("membership fee rule", () => {
  // Each expected fee worked by hand from the published table.
  it.each([
    // Rio de Janeiro, 6.7 million, Brazil upper-middle: 14,000 × 0.5 × 1 × 1 = 7,000.
    [{ population: 6_747_815, country: "BR", level: "basic", scope: "global" }, "P5-UM", 7_000],
    // Kampala, 1.68 million, Uganda low: 9,000 × 0.1 = 900.
    [{ population: 1_680_600, country: "UG", level: "basic", scope: "global" }, "P4-L", 900],
    // Lausanne, 140,000, Switzerland high, advanced regional: 2,500 × 1 × 1.5 × 0.7 = 2,625 → 2,630 (half up).
    [{ population: 140_000, country: "CH", level: "advanced", scope: "regional" }, "P2-H", 2_630],
    // Yala, 60,000, Thailand upper-middle, advanced: 2,500 × 0.5 × 1.5 = 1,875 → 1,880.
    [{ population: 60_000, country: "TH", level: "advanced", scope: "global" }, "P2-UM", 1_880],
    // A town of 49,999 in India, regional: 1,000 × 0.25 × 0.7 = 175 → 180.
    [{ population: 49_999, country: "in", level: "basic", scope: "regional" }, "P1-LM", 180],
    // 250,000 is the first of class 3: 5,000 × 1 = 5,000 (Germany high).
    [{ population: 250_000, country: "DE", level: "basic", scope: "global" }, "P3-H", 5_000],
  ] as const)("%o is tier %s, %d EUR", (input, tier, fee) => {
    const outcome = feeFor(input);
    expect(outcome).toMatchObject({ ok: true, tier, annualFee: fee, currency: "EUR" });
  });

  it("explains the arithmetic", () => {
    const outcome = feeFor({ population: 140_000, country: "CH", level: "advanced", scope: "regional" });
    expect(outcome.ok && outcome.explanation).toBe(
      "2500 EUR (population 50,000 – 250,000) × 1 (high income) × 1.5 (advanced) × 0.7 (regional) = 2625, rounded to 2630 EUR",
    );
  });

  it("refuses a fee without population or income group, saying why", () => {
    expect(feeFor({ population: null, country: "BR", level: "basic", scope: "global" })).toEqual({
      ok: false,
      reason: "population unknown",
    });
    expect(feeFor({ population: 10_000, country: "XX", level: "basic", scope: "global" })).toEqual({
      ok: false,
      reason: "no income group for country XX",
    });
  });

  it("never charges a poorer country more for the same size, level and scope", () => {
    for (const cls of Object.values(FEE_RULE.baseFee)) {
      const fees = (["high", "upper-middle", "lower-middle", "low"] as const).map(
        (g) => cls * FEE_RULE.incomeFactor[g],
      );
      expect([...fees].sort((a, b) => b - a)).toEqual(fees);
    }
  });

  it("ships income groups as ISO alpha-2 codes with one of the four groups", () => {
    for (const [code, group] of Object.entries(COUNTRY_INCOME_GROUPS)) {
      expect(code).toMatch(/^[A-Z]{2}$/);
      expect(["high", "upper-middle", "lower-middle", "low"]).toContain(group);
    }
    expect(incomeGroupOf("et")).toBe("low");
  });
});
