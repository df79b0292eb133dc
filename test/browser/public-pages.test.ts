/** The public pages in Debian's Chromium against the real server with the seeded demo network. */
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect } from "vitest";
import { browserSession, shot as screenshot, screenshotDir, seriousViolations } from "./browser-support.ts";

let context: BrowserContext;
let page: Page;
/** Addresses the tests visit, kept to check them again at 360 px. */
const visited = new Set<string>(["/", "/jurisdictions", "/open-data"]);

const { url, it, pageErrors } = browserSession({
  setup: async (session) => {
    page = await session.newPage();
    context = page.context();
    console.log(`browser-test screenshots: ${screenshotDir()}`);
  },
});

const shot = (name: string) => screenshot(page, name, true);

describe("public pages in Chromium", () => {
  it("shows the network dashboard with headline figures and charts", async () => {
    await page.goto(url("/"));
    await page.getByRole("heading", { level: 1, name: "Network dashboard" }).waitFor();
    const jurisdictions = page
      .locator(".stat-card")
      .filter({ has: page.getByText("Jurisdictions", { exact: true }) });
    await expect.poll(() => jurisdictions.locator(".stat-value").textContent()).toBe("40");
    await expect.poll(() => page.locator(".chart-canvas canvas").count()).toBeGreaterThanOrEqual(7);
    // Every headline figure is the API's analytics, with the rule it follows named on its card.
    const network = await (await context.request.get(url("/api/v1/analytics/network"))).json();
    const card = (label: string) =>
      page.locator(".stat-card").filter({ has: page.getByText(label, { exact: true }) });
    const compact = (v: number) =>
      new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 }).format(v);
    const territorial = card("Territorial emissions, tCO₂e");
    expect(await territorial.locator(".stat-value").textContent()).toBe(
      compact(network.rollup.territorial.value),
    );
    expect(await territorial.locator(".stat-rule").textContent()).toBe(
      "Rule: scope 1 only, summed over non-overlapping boundaries",
    );
    const by2030 = network.rollup.commitments.find((c: { year: number }) => c.year === 2030).againstBase;
    expect(await card("Committed reductions by 2030, tCO₂e/yr").locator(".stat-value").textContent()).toBe(
      compact(by2030.value),
    );
    const perCapita = card("BASIC per inhabitant, tCO₂e");
    expect(await perCapita.locator(".stat-value").textContent()).toBe(
      network.rollup.perCapita.basic.median.toFixed(1),
    );
    expect(await perCapita.locator(".stat-rule").textContent()).toContain("never summed");
    expect(await page.getByRole("heading", { name: "Emissions over time" }).count()).toBe(1);
    expect(await page.getByRole("heading", { name: "Commitments" }).count()).toBe(1);
    await shot("dashboard");
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("searches the directory for Rio, opens its profile, switches the stacked chart and opens the GPC table", async () => {
    await page.goto(url("/jurisdictions"));
    await page.getByLabel("Name").fill("Rio");
    await expect.poll(() => page.locator("tbody tr").count()).toBe(1);
    expect(page.url()).toContain("q=Rio");
    await shot("directory-rio");
    await page.getByRole("link", { name: "Rio de Janeiro" }).click();

    await page.getByRole("heading", { level: 1, name: "Rio de Janeiro" }).waitFor();
    visited.add(new URL(page.url()).pathname);
    expect(await page.getByText("BR RIO").count()).toBe(1);
    const emissions = page.locator("section", { has: page.getByRole("heading", { name: "Emissions" }) });
    await emissions.locator("canvas").first().waitFor();
    const caption = emissions.locator("figcaption");
    expect(await caption.textContent()).toBe("BASIC emissions by sector, tCO₂e");
    const total = () => emissions.locator(".chart-table tbody tr td").last().textContent({ timeout: 2000 });
    const basic = await total();
    await emissions.getByRole("radio", { name: "BASIC+" }).check();
    await expect.poll(() => caption.textContent()).toBe("BASIC+ emissions by sector, tCO₂e");
    const basicPlus = await total();
    expect(basicPlus).not.toBe(basic);
    await emissions.getByRole("radio", { name: "Scope" }).check();
    await expect.poll(() => caption.textContent()).toBe("BASIC+ emissions by scope, tCO₂e");
    // Each target with its progress and pathway; peers; downloads of each published inventory.
    const targets = page.locator("section", {
      has: page.getByRole("heading", { name: /^Targets \(\d+\)$/ }),
    });
    expect(await targets.locator(".target-progress .status").count()).toBe(
      await targets.locator(".target-card").count(),
    );
    expect(await targets.getByText(/^Pathway against emissions/).count()).toBeGreaterThan(0);
    const peers = page.locator("section", {
      has: page.getByRole("heading", { name: "Jurisdictions like this one" }),
    });
    expect(await peers.locator(".peer-list > li").count()).toBe(5);
    for (const name of ["GPC table", "CRF sector table"]) {
      for (const format of ["XLSX", "CSV"]) {
        expect(
          await page.getByRole("link", { name: `${name} of the 2022 inventory, ${format}` }).count(),
        ).toBe(1);
      }
    }
    const csv = await context.request.get(
      url(
        (await page
          .getByRole("link", { name: "CRF sector table of the 2022 inventory, CSV" })
          .getAttribute("href")) ?? "",
      ),
    );
    expect([csv.status(), csv.headers()["content-type"]]).toEqual([200, expect.stringContaining("text/csv")]);
    await shot("profile-rio");
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole("link", { name: "GPC table of the 2022 inventory", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Rio de Janeiro: GPC inventory 2022" }).waitFor();
    visited.add(new URL(page.url()).pathname);
    const table = page.locator("table.gpc-table");
    expect(await table.getByRole("rowheader", { name: "I.1.1" }).count()).toBeGreaterThan(0);
    expect(await table.getByRole("columnheader", { name: "I Stationary energy" }).count()).toBe(1);
    expect(await page.getByRole("heading", { name: /^Issues \(\d+\)$/ }).count()).toBe(1);
    // The published version's content hash, as the record stores it.
    expect(await page.locator("code.hash").textContent()).toMatch(/^[0-9a-f]{64}$/);
    await shot("inventory-rio-2022");
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("filters the directory by population size and reporting status, in the address", async () => {
    await page.goto(url("/jurisdictions"));
    await expect.poll(() => page.locator("tbody tr").count()).toBe(40);
    await page.getByLabel("Reporting status").selectOption("reporting");
    // The demo network's five published inventories: Rio de Janeiro, Mexico City, London, Los Angeles, Tokyo.
    await expect.poll(() => page.locator("tbody tr").count()).toBe(5);
    expect(page.url()).toContain("reporting=reporting");
    await page.getByLabel("Population size").selectOption("ge-5m");
    // Los Angeles (3.9 million) is the one below 5 million.
    await expect.poll(() => page.locator("tbody tr").count()).toBe(4);
    expect(await page.locator("tbody tr th").allTextContents()).toEqual([
      "London",
      "Mexico City",
      "Rio de Janeiro",
      "Tokyo",
    ]);
    await page.getByRole("button", { name: "Clear filters" }).click();
    await expect.poll(() => page.locator("tbody tr").count()).toBe(40);
  });

  it("works the directory with the keyboard alone", async () => {
    await page.goto(url("/jurisdictions"));
    await page.locator("tbody tr").first().waitFor();
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        return `${el?.tagName ?? ""}|${el?.getAttribute("aria-label") ?? ""}|${el?.textContent?.trim() ?? ""}|${el?.id ?? ""}`;
      });
    /** Presses Tab until `match` holds for the focused element (at most `max` presses). */
    const tabTo = async (match: (description: string) => boolean, max = 40) => {
      for (let i = 0; i < max; i++) {
        await page.keyboard.press("Tab");
        if (match(await focused())) return;
      }
      throw new Error(`never reached the element; last focus ${await focused()}`);
    };

    await page.keyboard.press("Tab");
    expect(await focused()).toContain("Skip to content");
    const nameInput = await page.getByLabel("Name").getAttribute("id");
    await tabTo((d) => d.endsWith(`|${nameInput}`));
    await page.keyboard.type("Rio");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("tbody tr").count()).toBe(1);
    await page.getByLabel("Name").fill("");
    await expect.poll(() => page.locator("tbody tr").count()).toBe(40);

    await tabTo((d) => d.startsWith("BUTTON|") && d.includes("Population"));
    await page.keyboard.press("Enter");
    const population = page.getByRole("columnheader", { name: /Population/ });
    await expect.poll(() => population.getAttribute("aria-sort")).toBe("ascending");
    await page.keyboard.press("Enter");
    await expect.poll(() => population.getAttribute("aria-sort")).toBe("descending");
    // Dhaka has the largest latest population of the demo network (21.7 million).
    const firstName = () => page.locator("tbody tr").first().getByRole("link").textContent();
    await expect.poll(firstName).toBe("Dhaka");

    await tabTo((d) => d.startsWith("A|") && d.includes("Dhaka"));
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Dhaka" }).waitFor();
    expect(await focused()).toMatch(/^MAIN\|/);
  });

  it("switches language and keeps the choice", async () => {
    await page.goto(url("/jurisdictions"));
    await page.getByLabel("Language").selectOption("fr");
    await page.getByRole("heading", { level: 1, name: "Annuaire" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("fr");
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Annuaire" }).waitFor();
    await page.getByLabel("Langue").selectOption("en");
    await page.getByRole("heading", { level: 1, name: "Directory" }).waitFor();
  });

  it("fits every page on a 360 px wide screen and shows the open data attribution", async () => {
    const narrow = await context.newPage();
    await narrow.setViewportSize({ width: 360, height: 740 });
    for (const path of visited) {
      await narrow.goto(url(path));
      await narrow.getByRole("heading", { level: 1 }).waitFor();
      await expect.poll(() => narrow.locator(".state-loading").count()).toBe(0);
      const overflow = await narrow.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    expect(visited.size).toBe(5);
    await narrow.goto(url("/open-data"));
    await narrow
      .getByText(
        "This data was collected in partnership by CDP and ICLEI - Local Governments for Sustainability",
      )
      .waitFor();
    await narrow.goto(url("/"));
    await narrow.locator(".chart-canvas canvas").first().waitFor();
    await expect.poll(() => narrow.locator(".state-loading").count()).toBe(0);
    await screenshot(narrow, "dashboard-360", true);
    await narrow.close();
  });

  it("answers unknown addresses with the app's not-found page and unknown ids with a clear state", async () => {
    await page.goto(url("/no/such/page"));
    await page.getByRole("heading", { level: 1, name: "Page not found" }).waitFor();
    await page.goto(url("/jurisdictions/00000000-0000-4000-8000-000000000000"));
    await page.getByText("No such jurisdiction").waitFor();
    expect(pageErrors).toEqual([]);
  });
});
