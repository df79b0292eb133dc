import { fireEvent, render, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { buildJurisdiction } from "../../testing/factories.ts";
import { readDirectoryState } from "./directory-query.ts";
import { DirectoryTable } from "./directory-table.tsx";

describe("DirectoryTable", () => {
  const rows = [
    buildJurisdiction({ name: "Rio de Janeiro", tags: ["c40", "coastal"] }),
    buildJurisdiction({ name: "Oslo", country: "NO", region: null, population: [] }),
  ];

  it("links each name to its profile and shows country, type, latest population and tags", () => {
    render(
      <DirectoryTable rows={rows} state={readDirectoryState(new URLSearchParams())} onSort={() => {}} />,
    );
    const rio = screen.getByRole("link", { name: "Rio de Janeiro" });
    expect(rio.getAttribute("href")).toBe(`/jurisdictions/${rows[0]?.id}`);
    const row = rio.closest("tr") as HTMLElement;
    expect(within(row).getByText("Brazil")).toBeTruthy();
    expect(within(row).getByText("City")).toBeTruthy();
    expect(within(row).getByText("6,700,000")).toBeTruthy();
    expect(within(row).getByText("coastal")).toBeTruthy();
    const oslo = screen.getByRole("link", { name: "Oslo" }).closest("tr") as HTMLElement;
    expect(within(oslo).getAllByText("—")).toHaveLength(2);
  });

  it("marks the sorted column with aria-sort and asks to sort when a header is pressed", () => {
    const onSort = vi.fn();
    const state = readDirectoryState(new URLSearchParams("sort=population&dir=desc"));
    render(<DirectoryTable rows={rows} state={state} onSort={onSort} />);
    const headers = screen.getAllByRole("columnheader");
    const population = headers.find((h) => h.textContent?.startsWith("Population")) as HTMLElement;
    const name = headers.find((h) => h.textContent?.startsWith("Name")) as HTMLElement;
    expect(population.getAttribute("aria-sort")).toBe("descending");
    expect(name.getAttribute("aria-sort")).toBe("none");
    fireEvent.click(within(name).getByRole("button"));
    expect(onSort).toHaveBeenCalledWith("name");
  });
});
