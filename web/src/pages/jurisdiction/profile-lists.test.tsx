import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { buildAction, buildTarget } from "../../testing/factories.ts";
import { ActionsList, RisksList } from "./actions-risks.tsx";
import { TargetsList } from "./targets-list.tsx";

describe("TargetsList", () => {
  it("shows every target's fields, earliest target year first", () => {
    render(
      <TargetsList
        targets={[
          buildTarget({
            targetYear: 2050,
            type: "fixed-level",
            targetValue: 0,
            baseYear: null,
            reductionPercent: null,
          }),
          buildTarget({ targetYear: 2030, baseValue: 11342945, reductionPercent: 20, sectors: ["I", "II"] }),
        ]}
      />,
    );
    const cards = screen.getAllByRole("listitem");
    expect(cards[0]?.textContent).toContain("2030");
    expect(cards[0]?.textContent).toContain("Base year (absolute)");
    expect(cards[0]?.textContent).toContain("11,342,945 tCO2e");
    expect(cards[0]?.textContent).toContain("20%");
    expect(cards[0]?.textContent).toContain("I, II");
    expect(cards[1]?.textContent).toContain("Fixed level");
    expect(cards[1]?.textContent).toContain("0 tCO2e");
    expect(screen.getByRole("heading", { name: "Targets (2)" })).toBeTruthy();
  });

  it("has an empty state", () => {
    render(<TargetsList targets={[]} />);
    expect(screen.getByText("No targets reported yet")).toBeTruthy();
  });
});

describe("ActionsList and RisksList", () => {
  it("show an action's status and expected reduction", () => {
    render(
      <ActionsList actions={[buildAction({ title: "Bus rapid transit", expectedAnnualReduction: 12000 })]} />,
    );
    expect(screen.getByText("Bus rapid transit")).toBeTruthy();
    expect(screen.getByText(/In progress/)).toBeTruthy();
    expect(screen.getByText("Expected reduction: 12,000 tCO₂e a year")).toBeTruthy();
  });

  it("say what will appear when nothing is reported", () => {
    render(
      <>
        <ActionsList actions={[]} />
        <RisksList risks={[]} />
      </>,
    );
    expect(screen.getByText("No actions reported yet")).toBeTruthy();
    expect(screen.getByText("No hazards or risks reported yet")).toBeTruthy();
  });
});
