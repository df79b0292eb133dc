import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { OpenDataPage } from "./open-data-page.tsx";

describe("OpenDataPage", () => {
  it("gives the attribution verbatim, the C40 and CityCatalyst credit, and the JSON downloads", () => {
    render(<OpenDataPage />);
    expect(
      screen.getByText(
        "This data was collected in partnership by CDP and ICLEI - Local Governments for Sustainability",
      ),
    ).toBeTruthy();
    expect(screen.getByText(/C40 Cities Climate Leadership Group/)).toBeTruthy();
    expect(screen.getByText(/CityCatalyst/)).toBeTruthy();
    const link = screen.getByRole("link", { name: /GPC inventories/ });
    expect(link.getAttribute("href")).toBe("/api/v1/inventories?limit=200");
    expect(document.title).toBe("Open data · LocalLedger");
  });
});
