/**
 * The network's member pages in Debian's Chromium against the real server with the seeded demo network: Rio's
 * reporter updates its contacts and joins a WorkNet from "My membership"; the public profile shows the WorkNet but
 * never the contact; the South America Secretariat's staff sees the contact; the network page shows the
 * engagement KPIs in another language; no serious accessibility violation and no page error.
 */
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it as vitestIt } from "vitest";
import {
  buildWebApp,
  launchChromium,
  screenshotDir,
  seriousViolations,
  startServer,
  type TestServer,
} from "./browser-support.ts";

const PASSWORD = "localledger-demo";
const CONTACT = { name: "Ana Focal", email: "ana.focal@rio.example" };

let server: TestServer | undefined;
let chromium: { browser: Browser; close(): Promise<void> } | undefined;
let setupError: unknown;
const shots = screenshotDir();
const pageErrors: string[] = [];
const contexts: BrowserContext[] = [];
let rioId = "";

const url = (path: string) => `${server?.url}${path}`;

async function newPage(locale = "en-US"): Promise<Page> {
  if (!chromium) throw new Error("no browser");
  const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 900 }, locale });
  contexts.push(context);
  const page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(error.message));
  return page;
}

async function signIn(page: Page, who: string): Promise<void> {
  await page.goto(url("/sign-in"));
  await page.getByLabel("Email").fill(`${who}@demo.localledger.org`);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByText(/^Signed in as/).waitFor();
}

beforeAll(async () => {
  try {
    buildWebApp();
    chromium = await launchChromium();
    server = await startServer();
    const page = await newPage();
    const list = await (
      await page.context().request.get(url("/api/v1/jurisdictions?q=Rio%20de%20Janeiro"))
    ).json();
    rioId = list.items[0].id;
  } catch (error) {
    setupError = error;
  }
}, 300_000);

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await chromium?.close();
  server?.stop();
});

function it(name: string, body: () => Promise<void>) {
  vitestIt(name, async () => {
    if (setupError) throw setupError;
    await body();
  });
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(shots, `${name}.png`), fullPage: false });

describe("member pages in Chromium", () => {
  let reporter: Page;

  it("lets Rio's reporter add a contact, save it and find it after a reload", async () => {
    reporter = await newPage();
    await signIn(reporter, "reporter");
    await reporter.getByRole("link", { name: "My membership" }).click();
    await reporter.getByRole("heading", { name: "Rio de Janeiro" }).waitFor();
    const contacts = reporter.getByRole("form", { name: "Contacts" });
    await expect.poll(() => contacts.getByText("No contacts yet.").count()).toBe(1);
    await contacts.getByRole("button", { name: "Add a contact" }).click();
    await contacts.getByLabel("Name").fill(CONTACT.name);
    await contacts.getByLabel("Position").fill("Climate focal point");
    await contacts.getByLabel("Email").fill(CONTACT.email);
    await contacts.getByRole("button", { name: "Save contacts" }).click();
    await contacts.getByRole("status").filter({ hasText: "Saved." }).waitFor();
    await shot(reporter, "members-contacts");
    await reporter.reload();
    const again = reporter.getByRole("form", { name: "Contacts" });
    await expect.poll(() => again.getByLabel("Name").inputValue()).toBe(CONTACT.name);
    expect(await again.getByLabel("Email").inputValue()).toBe(CONTACT.email);
    expect(await again.getByLabel("Role").inputValue()).toBe("focal-point");
  });

  it("refuses a bad email with the API's message naming the field, keeping what was typed", async () => {
    const contacts = reporter.getByRole("form", { name: "Contacts" });
    await contacts.getByLabel("Email").fill("not-an-email");
    await contacts.getByRole("button", { name: "Save contacts" }).click();
    await expect.poll(() => contacts.getByRole("alert").textContent()).toContain("contacts.0.email");
    await contacts.getByLabel("Email").fill(CONTACT.email);
  });

  it("lets the reporter join a WorkNet, shown on Rio's public profile", async () => {
    const join = reporter.getByRole("button", { name: "Join: Waste-sector targets" });
    await join.click();
    await reporter.getByRole("button", { name: "Leave: Waste-sector targets" }).waitFor();
    await shot(reporter, "members-worknets");
    const visitor = await newPage();
    await visitor.goto(url(`/jurisdictions/${rioId}`));
    const section = visitor.getByRole("region", { name: "Membership" });
    await section.getByText("Waste-sector targets").waitFor();
    expect(await section.getByText("Megacities low-carbon pathways").count()).toBe(1);
    expect(await visitor.content()).not.toContain(CONTACT.email);
    const publicJson = await (
      await visitor.context().request.get(url(`/api/v1/jurisdictions/${rioId}/membership`))
    ).text();
    expect(publicJson).not.toContain(CONTACT.name);
    expect(await seriousViolations(visitor)).toEqual([]);
  });

  it("shows the South America Secretariat's staff the contact the member keeps", async () => {
    const office = await newPage();
    await signIn(office, "office");
    await office.goto(url("/network"));
    await office.getByRole("link", { name: "ICLEI South America Secretariat" }).click();
    await office.getByRole("heading", { name: "Rio de Janeiro" }).waitFor();
    await office.getByText(`Focal point: ${CONTACT.name}`, { exact: false }).waitFor();
    await shot(office, "members-office");
  });

  it("shows the network page with its engagement KPIs in Spanish, accessible", async () => {
    const page = await newPage("es-ES");
    await page.goto(url("/network"));
    await page.getByRole("heading", { name: "La red", level: 1 }).waitFor();
    await page.getByText("Miembros en un programa o red").waitFor();
    await expect.poll(() => page.locator(".stat-value").first().textContent()).toMatch(/42,5/);
    await page.getByRole("cell", { name: "Bonn, Alemania" }).waitFor();
    await shot(page, "members-network-es");
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("raised no page errors", () => Promise.resolve(expect(pageErrors).toEqual([])));
});
