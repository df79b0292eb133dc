import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { NetworkAnalytics } from "../../api/analytics.ts";
import { HeadlineFigures } from "./headline-figures.tsx";

const figure = (value: number, jurisdictions: number, population: number, rule = "rule") => ({
  value,
  unit: "x",
  rule,
  jurisdictions,
  population,
});
const nonOverlapping = (value: number, jurisdictions: number, rule: string) => ({
  ...figure(value, jurisdictions, 0, rule),
  excludedCount: 1,
  excluded: [{ id: "city", coveredBy: "province" }],
  years: { from: 2018, to: 2022 },
});
const group = (key: string) => ({ key, jurisdictions: 1, reporting: 1, populationCovered: 1, rule: "g" });

/** A small network as /analytics/network answers it. */
const NETWORK: NetworkAnalytics = {
  filter: {},
  computedAt: "2026-01-01T00:00:00Z",
  rules: { overlap: "overlap rule", status: "status rule" },
  progress: { achieved: 1, onTrack: 2, offTrack: 3, noData: 4 },
  rollup: {
    jurisdictions: figure(12, 12, 5_000_000),
    reporting: figure(9, 9, 4_200_000, "reporting rule"),
    groups: {
      region: [group("Europe")],
      country: [group("BR"), group("PT")],
      type: [group("city")],
      sizeClass: [],
    },
    inventories: { byYear: { "2020": 2 }, byStatus: { published: 2 } },
    actions: { byStatus: { "in-progress": 5, planned: 2 }, byKind: {}, bySector: {} },
    territorial: nonOverlapping(12_345_678, 7, "territorial rule"),
    perCapita: {
      basic: { n: 7, min: 1, q1: 2.25, median: 3.46, q3: 4.5, max: 9, unit: "t", rule: "per-capita rule" },
      basicPlus: { n: 7, min: 1, q1: 2, median: 3, q3: 4, max: 9, unit: "t", rule: "b+" },
    },
    commitments: [
      {
        year: 2030,
        againstBase: { ...nonOverlapping(2_500_000, 4, "commitment rule"), targets: 6 },
        againstBau: { ...nonOverlapping(1_000_000, 2, "bau"), targets: 2 },
      },
    ],
    actionReductions: { ...figure(40_000, 3, 0, "actions rule"), actions: 5 },
  },
};

const card = (label: string) => {
  const term = screen.getByText(label, { selector: ".stat-card > dt" });
  return within(term.parentElement as HTMLElement);
};

describe("HeadlineFigures", () => {
  it("shows the API's figures with the rule each follows", () => {
    render(<HeadlineFigures network={NETWORK} />);
    expect(card("Jurisdictions").getByText("12")).toBeTruthy();
    expect(card("Jurisdictions").getByText("in 2 countries")).toBeTruthy();
    expect(card("Population covered").getByText("4.2M")).toBeTruthy();
    const territorial = card("Territorial emissions, tCO₂e");
    expect(territorial.getByText("12.3M")).toBeTruthy();
    expect(territorial.getByText("latest inventories of 7 jurisdictions, 2018–2022")).toBeTruthy();
    expect(territorial.getByText("Rule: scope 1 only, summed over non-overlapping boundaries")).toBeTruthy();
    const by2030 = card("Committed reductions by 2030, tCO₂e/yr");
    expect(by2030.getByText("2.5M")).toBeTruthy();
    expect(by2030.getByText("6 targets of 4 jurisdictions, against their base years")).toBeTruthy();
    // No 2050 commitment in this network: said so, not zero.
    expect(card("Committed reductions by 2050, tCO₂e/yr").getByText("no targets reported yet")).toBeTruthy();
    const perCapita = card("BASIC per inhabitant, tCO₂e");
    expect(perCapita.getByText("3.5")).toBeTruthy();
    expect(perCapita.getByText("median of 7 jurisdictions; middle half 2.3–4.5")).toBeTruthy();
    expect(perCapita.getByText(/never summed/)).toBeTruthy();
    expect(card("Actions under way").getByText("5")).toBeTruthy();
    expect(card("Targets on track or achieved").getByText("3")).toBeTruthy();
    expect(
      card("Targets on track or achieved").getByText("of 6 with data to judge; 3 off track"),
    ).toBeTruthy();
    // The API's own wording of each rule, below the cards.
    for (const rule of ["territorial rule", "per-capita rule", "commitment rule", "status rule"]) {
      expect(screen.getByText(rule)).toBeTruthy();
    }
  });
});
