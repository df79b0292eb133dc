/**
 * The theme work forms in Debian's Chromium against the real server with the seeded demo network: Rio's reporter
 * enters a mobility report (a value out of bounds and a modal split that does not add up are each named next to
 * its field, the second by the API on submit), submits it, and the reviewer publishes it from the review queue;
 * the reporter presents a TAP project (the API's refusal of finance above the cost named next to the field),
 * submits it, and the reviewer publishes it into the public listing; the public reads the resilience goal page;
 * a user proposes a Gateway provider (the API's field problems named next to the fields), the reviewer rejects it
 * with a reason (required), the proposer edits and resubmits it, and once approved its solution is listed.
 */
import type { Page } from "playwright-core";
import { describe, expect } from "vitest";
import { browserSession, seriousViolations } from "./browser-support.ts";

const { url, newPage, signIn, it, pageErrors } = browserSession();

/** The error line tied to an input by aria-describedby. */
async function errorOf(page: Page, label: RegExp | string): Promise<string | null> {
  const input = page.getByLabel(label);
  if ((await input.getAttribute("aria-invalid")) !== "true") return null;
  const ids = ((await input.getAttribute("aria-describedby")) ?? "").split(" ");
  const id = ids.find((x) => x.endsWith("-error"));
  return id ? page.locator(`[id="${id}"]`).textContent() : null;
}

describe("theme reports, TAP projects and the resilience goal in Chromium", () => {
  it("lets a reporter enter, fix and submit a theme report, and a reviewer publish it", async () => {
    const page = await newPage();
    await signIn(page, "reporter");
    await page.goto(url("/work"));
    await page.getByRole("link", { name: "New theme report" }).click();
    await page.getByRole("heading", { name: "New theme report" }).waitFor();
    await page.getByLabel("Theme").selectOption("mobility");
    await page.getByLabel("Year").fill("2019");
    // Each field says its unit, bounds and direction, and what it means.
    const walking = page.getByLabel(/^Modal share: walking/);
    const hint = await page
      .locator(`[id="${(await walking.getAttribute("aria-describedby"))?.split(" ")[0]}"]`)
      .textContent();
    expect(hint).toMatch(/Unit: % · between 0 and 100 · higher is better\. Share of all trips/);
    await page.getByLabel(/^Population/).fill("6211423");
    await page.getByLabel(/^Length of the public transport system/).fill("430");
    await walking.fill("140");
    await page.getByLabel(/^Modal share: cycling/).fill("3");
    await page.getByLabel(/^Modal share: public transport/).fill("42");
    await page.getByLabel(/^Modal share: car/).fill("25");
    await page.getByLabel(/^Modal share: other modes/).fill("4");
    await page.getByRole("button", { name: "Save" }).click();
    await expect
      .poll(() => errorOf(page, /^Modal share: walking/))
      .toMatch(/must be between 0 and 100 %, got 140/);
    // The keyboard is taken to the first field to fix.
    expect(await walking.evaluate((el) => el === document.activeElement)).toBe(true);

    // 20 + 3 + 42 + 25 + 4 = 94: saved as a draft, but the modal split check blocks the submission.
    await walking.fill("20");
    const computed = page.getByRole("row", { name: /Kilometres of public transport system per 100 000/ });
    expect(await computed.textContent()).toMatch(/6\.92 km per 100 000/);
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByRole("status").filter({ hasText: "Saved." }).waitFor();
    await page.waitForURL(/\/work\/theme-reports\/[0-9a-f-]{36}$/);
    await page.getByRole("button", { name: "Submit for review" }).click();
    await page
      .getByRole("alert")
      .filter({ hasText: /modal split must add up to 100%/ })
      .waitFor();
    expect(await errorOf(page, /^Modal share: car/)).toMatch(/modal split must add up to 100%/);
    expect(await seriousViolations(page)).toEqual([]);

    await walking.fill("26");
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByRole("status").filter({ hasText: "Saved." }).waitFor();
    await page.getByRole("button", { name: "Submit for review" }).click();
    await page.getByRole("status").filter({ hasText: "Submitted for review." }).waitFor();
    const reportUrl = page.url();

    const reviewer = await newPage();
    await signIn(reviewer, "reviewer");
    await reviewer.goto(url("/review"));
    const row = reviewer.getByRole("row", { name: /mobility 2019/ });
    await row.getByRole("button", { name: /Publish/ }).click();
    await row.waitFor({ state: "detached" });
    await reviewer.goto(reportUrl);
    await reviewer.getByText(/Review status: Published · Content hash: [0-9a-f]{16}…/).waitFor();
    expect(pageErrors).toEqual([]);
  });

  it("lets a reporter present a TAP project, and a reviewer publish it into the public listing", async () => {
    const page = await newPage();
    await signIn(page, "reporter");
    await page.goto(url("/work"));
    await page.getByRole("link", { name: "New TAP project" }).click();
    await page.getByRole("heading", { name: "New TAP project" }).waitFor();
    await page.getByLabel("Title").fill("Favela rooftop solar cooperatives");
    await page.getByLabel("Stage").selectOption("feasibility");
    await page.getByLabel("Problem").fill("Energy poverty in hillside communities.");
    await page
      .getByLabel("Action", { exact: true })
      .fill("Community-owned rooftop solar with local installers.");
    await page.getByLabel(/^Emissions avoided/).fill("1200");
    await page.getByLabel("People served").fill("15000");
    await page.getByLabel("Co-benefits").fill("jobs, lower bills");
    await page.getByLabel("Cost").fill("1000000");
    await page.getByLabel("Finance sought").fill("2000000");
    await page.getByLabel("Currency").fill("BRL");
    await page.getByLabel("Sectors").fill("stationary-energy");
    await page.getByLabel("Low-carbon City").check();
    await page.getByRole("button", { name: "Save" }).click();
    await expect.poll(() => errorOf(page, "Finance sought")).toMatch(/must not exceed the cost 1000000/);
    expect(await page.getByLabel("Finance sought").evaluate((el) => el === document.activeElement)).toBe(
      true,
    );
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel("Finance sought").fill("600000");
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByRole("status").filter({ hasText: "Saved." }).waitFor();
    expect(await errorOf(page, "Finance sought")).toBeNull();
    await page.getByRole("button", { name: "Submit for review" }).click();
    await page.getByRole("status").filter({ hasText: "Submitted for review." }).waitFor();

    const reviewer = await newPage();
    await signIn(reviewer, "reviewer");
    await reviewer.goto(url("/review"));
    const row = reviewer.getByRole("row", { name: /Favela rooftop solar cooperatives/ });
    await row.getByRole("button", { name: /Publish/ }).click();
    await row.waitFor({ state: "detached" });

    const visitor = await newPage();
    await visitor.goto(url("/tap"));
    await visitor.getByRole("heading", { name: "Favela rooftop solar cooperatives" }).waitFor();
    expect(pageErrors).toEqual([]);
  });

  it("shows the resilience goal over the network and per region with the API's figures", async () => {
    const goal = (await (await fetch(url("/api/v1/programmes/resilience"))).json()) as {
      members: number;
      elements: Array<{ element: string; count: number }>;
      regions: Array<{ region: string | null; members: number }>;
    };
    expect(goal.regions.length).toBeGreaterThan(1);
    const page = await newPage();
    await page.goto(url("/programmes/resilience"));
    await page.getByRole("heading", { name: "Resilience goal", level: 1 }).waitFor();
    const risks = goal.elements.find((e) => e.element === "risks");
    const network = page.getByRole("figure", { name: "Share of members reporting each element" });
    await network.getByText("Show the data as a table").click();
    const risksRow = network.getByRole("row", { name: /^Risks/ });
    expect(await risksRow.textContent()).toContain(String(risks?.count));
    const regions = page.getByRole("region", { name: "Members reporting each element, by region" });
    expect(await regions.getByRole("row").count()).toBe(goal.regions.length + 1);
    const first = goal.regions[0];
    const firstRow = regions.getByRole("row").nth(1);
    expect(await firstRow.textContent()).toContain(first?.region ?? "No region");
    expect(await firstRow.textContent()).toContain(String(first?.members));
    expect(await seriousViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it("lets a user propose and fix a Gateway provider, and a reviewer reject it with a reason, then approve it", async () => {
    const page = await newPage();
    await signIn(page, "reporter");
    await page.goto(url("/gateway"));
    // The member's reporter sees the solutions matched to Rio, as the API ranks them.
    const matched = (await page.evaluate(async () => {
      const me = (await (await fetch("/api/v1/auth/me")).json()) as {
        roles: Array<{ role: string; jurisdictionId: string | null }>;
      };
      const rio = me.roles.find((r) => r.role === "reporter")?.jurisdictionId;
      return (await fetch(`/api/v1/jurisdictions/${rio}/solution-matches`)).json();
    })) as { matches: Array<{ solution: { title: string } }> };
    expect(matched.matches.length).toBeGreaterThan(0);
    const matches = page.getByRole("region", { name: "Solutions matched to Rio de Janeiro" });
    await matches.waitFor();
    expect(await matches.locator("ol > li > strong").allTextContents()).toEqual(
      matched.matches.slice(0, 5).map((m) => m.solution.title),
    );
    await page.getByRole("link", { name: "Propose a provider" }).click();
    await page.getByRole("heading", { name: "Propose a solution provider" }).waitFor();
    await page.getByLabel("Name", { exact: true }).fill("Verde Telhados Lda");
    await page.getByLabel("Kind").selectOption("business");
    await page.getByLabel("Country").fill("pt");
    await page.getByLabel("Website").fill("not a web address");
    await page.getByLabel("Description of solution 1").fill("Green roofs that cool buildings and hold rain.");
    await page
      .getByRole("group", { name: "Hazards solution 1 addresses" })
      .getByLabel("Extreme heat")
      .check();
    await page.getByRole("button", { name: "Propose for review" }).click();
    await expect.poll(() => errorOf(page, "Website")).toBeTruthy();
    expect(await errorOf(page, "Title of solution 1")).toBeTruthy();
    expect(await page.getByLabel("Website").evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel("Website").fill("https://verde.example.org");
    await page.getByLabel("Title of solution 1").fill("Extensive green roofs");
    await page.getByRole("button", { name: "Propose for review" }).click();
    await page.getByRole("status").filter({ hasText: "Proposed: the network will review it" }).waitFor();
    await page.waitForURL(/\/gateway\/providers\/[0-9a-f-]{36}$/);
    const providerUrl = page.url();

    const reviewer = await newPage();
    await signIn(reviewer, "reviewer");
    await reviewer.goto(url("/gateway/review"));
    const card = reviewer.locator("li.card", {
      has: reviewer.getByRole("heading", { name: "Verde Telhados Lda" }),
    });
    expect(await card.textContent()).toContain("Extensive green roofs");
    await card.getByRole("button", { name: /Reject/ }).click();
    await card.getByText("Say why, so the proposer can fix it.").waitFor();
    await card.getByLabel("Reason (required to reject)").fill("Name the product and its certification.");
    await card.getByRole("button", { name: /Reject/ }).click();
    await reviewer.getByRole("status").filter({ hasText: "Verde Telhados Lda is rejected" }).waitFor();
    expect(await seriousViolations(reviewer)).toEqual([]);

    await page.goto(providerUrl);
    await page
      .getByText("Review: rejected · Reviewer's reason: Name the product and its certification.")
      .waitFor();
    await page.getByLabel("Title of solution 1").fill("VerdeMat extensive green roof (FLL certified)");
    await page.getByRole("button", { name: "Save and resubmit for review" }).click();
    await page.getByRole("status").filter({ hasText: "it goes back to review" }).waitFor();

    await reviewer.goto(url("/gateway/review"));
    const again = reviewer.locator("li.card", {
      has: reviewer.getByRole("heading", { name: "Verde Telhados Lda" }),
    });
    await again.getByRole("button", { name: /Approve/ }).click();
    await reviewer.getByRole("status").filter({ hasText: "Verde Telhados Lda is approved" }).waitFor();

    const visitor = await newPage();
    await visitor.goto(url("/gateway"));
    await visitor.getByRole("heading", { name: "VerdeMat extensive green roof (FLL certified)" }).waitFor();
    expect(pageErrors).toEqual([]);
  });

  it("records a 10% programme commitment and a theme action through the target and action forms", async () => {
    const page = await newPage();
    await signIn(page, "reporter");
    await page.goto(url("/work"));
    await page.getByRole("link", { name: "New target" }).first().click();
    await page.getByLabel("Theme").selectOption("resource-efficiency");
    await page.getByLabel("Indicator").selectOption("water-consumption");
    expect(await page.getByLabel("Type").inputValue()).toBe("efficiency-10");
    await page.getByLabel("Base year", { exact: true }).fill("2022");
    await page.getByLabel("Base year value (m3/year)").fill("480000");
    await page.getByLabel("Target year").fill("2025");
    await page.getByRole("button", { name: "Save" }).click();
    await page.waitForURL(/\/work\/targets\/[0-9a-f-]{36}$/);
    const targetId = page.url().split("/").pop();
    const target = (await page.evaluate(
      async (id) => (await fetch(`/api/v1/targets/${id}`)).json(),
      targetId,
    )) as { theme: string; indicator: string; type: string; baseValue: number; unit: string };
    expect(target).toMatchObject({
      theme: "resource-efficiency",
      indicator: "water-consumption",
      type: "efficiency-10",
      baseValue: 480000,
      unit: "m3/year",
    });

    await page.goto(url("/work"));
    await page.getByRole("link", { name: "New action" }).first().click();
    await page.getByLabel("Theme").selectOption("water");
    await page.getByLabel("Action category").selectOption("leak-reduction");
    await page.getByLabel("Title").fill("District metered areas and pressure management");
    await page.getByRole("button", { name: "Save" }).click();
    await page.waitForURL(/\/work\/actions\/[0-9a-f-]{36}$/);
    const actionId = page.url().split("/").pop();
    const action = (await page.evaluate(
      async (id) => (await fetch(`/api/v1/actions/${id}`)).json(),
      actionId,
    )) as { theme: string; category: string };
    expect(action).toMatchObject({ theme: "water", category: "leak-reduction" });
    // Reopened, the forms show what was stored.
    await page.reload();
    expect(await page.getByLabel("Action category").inputValue()).toBe("leak-reduction");
    expect(await seriousViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
