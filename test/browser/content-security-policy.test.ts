/**
 * The content security policy the server sends lets the web app work: pages with charts, the signed-in editor
 * and the API docs render in Chromium with no policy violation and no script error, while the policy is the
 * one in force (it blocks an inline script injected into the page).
 */
import type { Page } from "playwright-core";
import { describe, expect } from "vitest";
import { browserSession, DEMO_PASSWORD, demoEmail } from "./browser-support.ts";

let page: Page;
const violations: string[] = [];

const {
  url,
  it,
  pageErrors: errors,
} = browserSession({
  setupTimeout: 180_000,
  setup: async (session) => {
    page = await session.newPage();
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        console.error(`Refused to (CSP) ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
  },
});

describe("the content security policy in Chromium", () => {
  it("lets the dashboard, directory, a profile, sign-in and the API docs work without a violation", async () => {
    const response = await page.goto(url("/"));
    expect(response?.headers()["content-security-policy"]).toContain("script-src 'self'");
    await page.getByRole("heading", { level: 1, name: "Network dashboard" }).waitFor();
    await page.locator("canvas, svg").first().waitFor();
    await page.goto(url("/jurisdictions"));
    await page
      .getByRole("link")
      .filter({ hasText: /Rio de Janeiro/ })
      .first()
      .click();
    await page.locator("canvas, svg").first().waitFor();
    await page.goto(url("/sign-in"));
    await page.getByLabel("Email").fill(demoEmail("reviewer"));
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: /sign in/i }).click();
    await page.waitForURL((u) => !u.pathname.startsWith("/sign-in"));
    await page.goto(url("/review"));
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.goto(url("/api/docs"));
    await page.getByRole("heading", { level: 1 }).waitFor();
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  }, 120_000);

  it("is in force: an injected inline script does not run", async () => {
    await page.goto(url("/"));
    const ran = await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.__injected = true";
      document.body.appendChild(script);
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => violations.length).toBeGreaterThan(0);
  });
});
