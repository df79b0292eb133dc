import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { buildInventory } from "../../testing/factories.ts";
import { GpcTable } from "./gpc-table.tsx";
import { IssuesList } from "./issues-list.tsx";

describe("GpcTable", () => {
  it("shows each line under its sector with the sector total, gases and CO2e", () => {
    const inventory = buildInventory([
      { gpc: "I.1.1", co2e: 389185, gases: { CO2: 386998, CH4: 6.67, N2O: 7.55 } },
      { gpc: "I.1.1", co2e: 15 },
      { gpc: "III.1.1", co2e: 1200 },
    ]);
    inventory.results.bySector = { I: 389200, III: 1200 };
    const first = inventory.lines[0];
    if (first) first.dataQuality = { activity: "H", factor: "M" };
    render(<GpcTable inventory={inventory} />);
    const table = screen.getByRole("table");
    expect(within(table).getByRole("columnheader", { name: "I Stationary energy" })).toBeTruthy();
    expect(within(table).getByText("389,200")).toBeTruthy();
    const row = within(table).getAllByRole("rowheader", { name: "I.1.1" })[0]?.closest("tr") as HTMLElement;
    expect(within(row).getByText("386,998")).toBeTruthy();
    expect(within(row).getByText("6.67")).toBeTruthy();
    expect(within(row).getByText("389,185")).toBeTruthy();
    expect(within(row).getByText("activity H, factor M")).toBeTruthy();
    expect(document.getElementById("line-3")?.textContent).toContain("III.1.1");
  });

  it("shows a notation key with its explanation", () => {
    const inventory = buildInventory([{ gpc: "I.7.1", co2e: null }]);
    inventory.lines[0] = { gpc: "I.7.1", notationKey: "NO", explanation: "No coal mining in the city" };
    render(<GpcTable inventory={inventory} />);
    expect(screen.getByText("NO")).toBeTruthy();
    expect(screen.getByText("No coal mining in the city")).toBeTruthy();
  });

  it("says so when the inventory has no lines", () => {
    render(<GpcTable inventory={buildInventory([])} />);
    expect(screen.getByText("This inventory has no lines.")).toBeTruthy();
  });
});

describe("IssuesList", () => {
  it("lists errors before warnings and links each to its line", () => {
    render(
      <IssuesList
        issues={[
          {
            code: "population_missing",
            severity: "warning",
            line: null,
            gpc: null,
            message: "no population",
          },
          { code: "unknown_gpc_row", severity: "error", line: 4, gpc: "X.1", message: "unknown row X.1" },
        ]}
      />,
    );
    const items = screen.getAllByRole("listitem");
    expect(items[0]?.textContent).toContain("unknown_gpc_row");
    expect(
      within(items[0] as HTMLElement)
        .getByRole("link", { name: "line 4" })
        .getAttribute("href"),
    ).toBe("#line-4");
    expect(items[1]?.textContent).toContain("population_missing");
    expect(screen.getByRole("heading", { name: "Issues (2)" })).toBeTruthy();
  });

  it("says when the checks found nothing", () => {
    render(<IssuesList issues={[]} />);
    expect(screen.getByText("The automated checks found no issues.")).toBeTruthy();
  });
});
