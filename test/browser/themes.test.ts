/**
 * Themes beyond climate in Debian's Chromium against the real server with the seeded demo network: the public
 * reads the themes' indicators and the 10% programme; the demo funder browses and filters the Transformative
 * Actions Program's projects, saves one and expresses interest; Rio's reporter then sees who is interested.
 */
import { describe, expect } from "vitest";
import { browserSession, seriousViolations } from "./browser-support.ts";

const BRT = "TransBrasil BRT feeder electrification";

const { url, newPage, signIn, it, pageErrors } = browserSession();

describe("themes, the 10% programme and the TAP in Chromium", () => {
  it("shows a theme's indicators with formulas and the network's figures, and the 10% programme", async () => {
    const page = await newPage();
    await page.goto(url("/themes"));
    await page.getByRole("heading", { name: "Themes beyond climate" }).waitFor();
    await page.getByLabel("Theme").selectOption("iso37120");
    const row = page.getByRole("row", { name: /Physicians per 100 000 population/ });
    await expect.poll(() => row.textContent()).toContain("physicians / population × 100000");
    // Four demo cities publish ISO 37120 reports.
    await expect.poll(() => page.getByText("4 members report this theme").count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto(url("/programmes/efficiency"));
    const barcelona = page.getByRole("row", { name: /Barcelona/ });
    await expect.poll(() => barcelona.textContent()).toMatch(/12(\.0)?%.*reached/);
  });

  it("lets the funder filter projects, save one and express interest; the member sees the funder", async () => {
    const funder = await newPage();
    await signIn(funder, "funder");
    await funder.waitForURL(/\/tap$/);
    await funder.getByRole("heading", { name: BRT }).waitFor();
    await funder.getByLabel("Stage").selectOption("ready-for-finance");
    await expect.poll(() => funder.getByRole("heading", { level: 2 }).allTextContents()).toEqual([BRT]);

    const card = funder.locator("li.card", { has: funder.getByRole("heading", { name: BRT }) });
    await card.getByRole("button", { name: "Save" }).click();
    await card.getByRole("button", { name: "Saved" }).waitFor();
    await card.getByLabel("Message to the member").fill("We finance e-buses in Latin America.");
    await card.getByRole("button", { name: "Express interest" }).click();
    await card.getByRole("status").filter({ hasText: "Interest sent" }).waitFor();
    expect(await seriousViolations(funder)).toEqual([]);

    // The funder's saved projects survive a reload (read back from the API).
    await funder.reload();
    const again = funder.locator("li.card", { has: funder.getByRole("heading", { name: BRT }) });
    await again.getByRole("button", { name: "Saved" }).waitFor();

    const reporter = await newPage();
    await signIn(reporter, "reporter");
    await reporter.goto(url("/tap"));
    const own = reporter.locator("li.card", { has: reporter.getByRole("heading", { name: BRT }) });
    await own.getByRole("button", { name: "Show interested funders" }).click();
    await own.getByText("Demo Funder").waitFor();
    expect(await own.textContent()).toContain("We finance e-buses in Latin America.");
    expect(pageErrors).toEqual([]);
  });
});
