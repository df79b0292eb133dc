import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Jurisdiction, JurisdictionQuery } from "../../api/client.ts";
import { buildJurisdiction } from "../../testing/factories.ts";

const listJurisdictions =
  vi.fn<(query: JurisdictionQuery) => Promise<{ items: Jurisdiction[]; nextCursor: string | null }>>();
vi.mock("../../api/queries.ts", () => ({
  listJurisdictions: (query: JurisdictionQuery) => listJurisdictions(query),
}));

const { DirectoryPage, PAGE_SIZE } = await import("./directory-page.tsx");

describe("DirectoryPage", () => {
  beforeEach(() => {
    window.history.replaceState(null, "", "/jurisdictions?q=Rio&type=city");
  });
  afterEach(() => listJurisdictions.mockReset());

  it("asks the API with the address's filters, then follows the cursor when asked for more", async () => {
    listJurisdictions
      .mockResolvedValueOnce({ items: [buildJurisdiction({ name: "Rio de Janeiro" })], nextCursor: "c1" })
      .mockResolvedValueOnce({ items: [buildJurisdiction({ name: "Rio Branco" })], nextCursor: null });
    render(<DirectoryPage />);
    await screen.findByRole("link", { name: "Rio de Janeiro" });
    expect(listJurisdictions).toHaveBeenCalledWith({
      limit: PAGE_SIZE,
      q: "Rio",
      type: "city",
      cursor: undefined,
    });

    fireEvent.click(screen.getByRole("button", { name: "Load more" }));
    await screen.findByRole("link", { name: "Rio Branco" });
    expect(listJurisdictions).toHaveBeenLastCalledWith({
      limit: PAGE_SIZE,
      q: "Rio",
      type: "city",
      cursor: "c1",
    });
    expect(screen.getByRole("link", { name: "Rio de Janeiro" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Load more" })).toBeNull();
    expect(screen.getByText("2 jurisdictions shown")).toBeTruthy();
  });

  it("shows an empty state when nothing matches, and the API's error with a retry", async () => {
    listJurisdictions.mockResolvedValueOnce({ items: [], nextCursor: null });
    const { unmount } = render(<DirectoryPage />);
    await screen.findByText("No jurisdiction matches");
    unmount();

    listJurisdictions
      .mockRejectedValueOnce(new Error("the API answered 500"))
      .mockResolvedValueOnce({ items: [buildJurisdiction({ name: "Rio de Janeiro" })], nextCursor: null });
    render(<DirectoryPage />);
    await screen.findByText("the API answered 500");
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    await waitFor(() => expect(screen.getByRole("link", { name: "Rio de Janeiro" })).toBeTruthy());
  });
});
