import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { calculate } from "../../engine.ts";
import { CalculationPanel, issueCounts } from "./calculation-panel.tsx";

const result = calculate({
  population: 1000,
  lines: [
    { gpc: "I.1.1", emissions: { CO2: { value: 1200, unit: "t" } } },
    { gpc: "II.1.1", emissions: { CO2: { value: 300, unit: "t" } } },
    { gpc: "I.4.2", notationKey: "NE" },
  ],
});

describe("CalculationPanel", () => {
  it("shows the BASIC, BASIC+ and territorial totals and the sectors", () => {
    render(<CalculationPanel result={result} />);
    const panel = screen.getByRole("complementary", { name: "Live results" });
    expect(within(panel).getByText("BASIC").nextElementSibling?.textContent).toBe("1,500");
    expect(within(panel).getByRole("rowheader", { name: "I Stationary energy" })).toBeTruthy();
    expect(within(panel).getByRole("rowheader", { name: "II Transportation" })).toBeTruthy();
  });

  it("lists the issues with links to their lines and counts them", () => {
    render(<CalculationPanel result={result} />);
    const counts = issueCounts(result);
    expect(counts.warnings + counts.errors).toBeGreaterThan(0);
    const links = screen.getAllByRole("link", { name: "Go to line 3" });
    expect(links.length).toBe(result.issues.filter((i) => i.line === 3).length);
    expect(links[0]?.getAttribute("href")).toBe("#edit-line-3");
    expect(screen.getByRole("heading", { name: /Issues/ }).textContent).toContain(
      `${counts.warnings} warning`,
    );
  });

  it("says when there are no issues", () => {
    const clean = { ...result, issues: [] };
    render(<CalculationPanel result={clean} />);
    expect(screen.getByText("No issues.")).toBeTruthy();
  });
});
