/**
 * The signed-in web app in Debian's Chromium against the real server with the seeded demo network: the reporter
 * corrects Rio's inventory in the editor (keyboard-only line, live totals), saves, meets a conflict from a second
 * tab, submits answering the warnings; the approver approves; the reviewer comments, verifies and publishes; the
 * public profile shows the new version and its content hash. Axe runs on every signed-in page.
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
const email = (role: string) => `${role}@demo.localledger.org`;

let server: TestServer | undefined;
let chromium: { browser: Browser; close(): Promise<void> } | undefined;
let setupError: unknown;
const shots = screenshotDir();
const pageErrors: string[] = [];
const contexts: BrowserContext[] = [];
let rioId = "";
let inventoryId = "";

const url = (path: string) => `${server?.url}${path}`;

/** A fresh browser context (its own cookies) with one page. */
async function newPage(): Promise<Page> {
  if (!chromium) throw new Error("no browser");
  const context = await chromium.browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: "en-US",
  });
  contexts.push(context);
  const page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(error.message));
  return page;
}

/** Signs in through the sign-in page. */
async function signIn(page: Page, role: string): Promise<void> {
  await page.goto(url("/sign-in"));
  await page.getByLabel("Email").fill(email(role));
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByText(/^Signed in as/).waitFor();
}

/** As the admin, through the API: Rio needs its city approver before review (the demo network does not). */
async function requireApproverForRio(page: Page): Promise<void> {
  const api = page.context().request;
  await api.post(url("/api/v1/auth/sign-in"), { data: { email: email("admin"), password: PASSWORD } });
  const list = await (await api.get(url("/api/v1/jurisdictions?q=Rio%20de%20Janeiro"))).json();
  const rio = list.items[0];
  rioId = rio.id;
  const csrf = (await page.context().cookies()).find((c) => c.name === "ll_csrf")?.value ?? "";
  const { id, version, createdAt, updatedAt, createdBy, updatedBy, ...input } = rio;
  const res = await api.put(url(`/api/v1/jurisdictions/${id}`), {
    data: { ...input, requiresApprover: true },
    headers: { "if-match": `"${version}"`, "x-csrf-token": csrf },
  });
  expect([res.status(), createdAt && updatedAt && createdBy && updatedBy ? "ok" : ""]).toEqual([200, "ok"]);
  await page.context().clearCookies();
}

beforeAll(async () => {
  try {
    buildWebApp();
    chromium = await launchChromium();
    server = await startServer();
    await requireApproverForRio(await newPage());
  } catch (error) {
    setupError = error;
  }
});

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await chromium?.close();
  server?.stop();
});

/** A browser test: fails with the set-up error when Chromium or the server did not start. */
function it(name: string, body: () => Promise<void>) {
  vitestIt(name, async () => {
    if (setupError) throw setupError;
    await body();
  });
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(shots, `${name}.png`), fullPage: false });
const basic = (page: Page) => page.locator('.calc-panel [data-total="basic"]').textContent();
const toNumber = (text: string | null) => Number((text ?? "").replace(/[^\d.-]/g, ""));

describe("signed-in pages in Chromium", () => {
  let reporter: Page;

  it("signs the reporter in, starts a correction of Rio's inventory and enters a line with the keyboard alone, totals updating live", async () => {
    reporter = await newPage();
    await signIn(reporter, "reporter");
    await reporter.getByRole("heading", { level: 1, name: "My work" }).waitFor();
    expect(await seriousViolations(reporter)).toEqual([]);
    await reporter.getByRole("link", { name: "Edit 2022" }).click();
    await reporter.getByRole("button", { name: "Start a correction (version 2)" }).click();
    await reporter.getByRole("button", { name: "Save", exact: true }).waitFor();
    inventoryId = new URL(reporter.url()).pathname.split("/").pop() ?? "";
    const before = toNumber(await basic(reporter));
    expect(before).toBeGreaterThan(1_000_000);

    // Keyboard only: focus the row's "add line" button, press Enter, then Tab through the new line's fields.
    await reporter.getByRole("button", { name: "Add line to I.1.1" }).focus();
    await reporter.keyboard.press("Enter");
    await expect.poll(() => reporter.evaluate(() => document.activeElement?.tagName)).toBe("SELECT");
    await reporter.keyboard.press("Tab"); // gas (CO2)
    await reporter.keyboard.press("Tab"); // value
    await reporter.keyboard.type("250000");
    await expect.poll(async () => toNumber(await basic(reporter))).toBe(before + 250_000);
    await reporter.keyboard.press("Tab"); // unit
    await reporter.keyboard.press("ArrowDown"); // t → kt
    await expect.poll(async () => toNumber(await basic(reporter))).toBe(before + 250_000_000);
    await reporter.keyboard.press("ArrowUp"); // back to t
    await expect.poll(async () => toNumber(await basic(reporter))).toBe(before + 250_000);
    await reporter.getByText("Unsaved changes").waitFor();
    await shot(reporter, "editor");
    await reporter.getByRole("button", { name: "Save", exact: true }).click();
    await reporter.getByText("Saved as version 2.").waitFor();
    expect(await seriousViolations(reporter)).toEqual([]);
  });

  it("shows a conflict when a second tab saved first, and loads their version", async () => {
    const other = await reporter.context().newPage();
    await other.goto(url(`/work/inventories/${inventoryId}`));
    await other.getByLabel("Population", { exact: true }).fill("6747815");
    await other.getByRole("button", { name: "Save", exact: true }).click();
    await other.getByText("Saved as version 2.").waitFor();
    await other.close();

    await reporter.getByLabel("Boundary", { exact: true }).fill("City of Rio de Janeiro");
    await reporter.getByRole("button", { name: "Save", exact: true }).click();
    await reporter.getByText("Someone else saved this inventory first").waitFor();
    await shot(reporter, "editor-conflict");
    await reporter.getByRole("button", { name: "Load their version" }).click();
    await expect.poll(() => reporter.getByLabel("Population", { exact: true }).inputValue()).toBe("6747815");
    await expect.poll(() => reporter.getByLabel("Boundary", { exact: true }).inputValue()).toBe("");
  });

  it("submits, answering each warning of the automated checks", async () => {
    await reporter.getByRole("button", { name: "Run the checks and submit" }).click();
    await reporter.getByRole("heading", { name: "Answer each warning" }).waitFor();
    const answers = reporter.getByLabel("Your answer");
    expect(await answers.count()).toBeGreaterThan(0);
    for (const answer of await answers.all()) await answer.fill("Explained in the methodology note.");
    await reporter.getByRole("button", { name: "Submit with these answers" }).click();
    await reporter.getByText("This version is Submitted and cannot be edited.").waitFor();
  });

  it("lets the approver approve from the review desk", async () => {
    const approver = await newPage();
    await signIn(approver, "approver");
    await approver.goto(url("/review"));
    await approver.getByRole("link", { name: "Open Rio de Janeiro 2022" }).click();
    await approver.getByRole("button", { name: "Approve" }).click();
    await approver.getByText("Done: the version is now Approved.").waitFor();
  });

  it("lets the reviewer comment, take into review, verify and publish, with findings and version history", async () => {
    const reviewer = await newPage();
    await signIn(reviewer, "reviewer");
    await reviewer.getByRole("heading", { level: 1, name: "Review desk" }).waitFor();
    await reviewer.getByRole("link", { name: "Open Rio de Janeiro 2022" }).click();
    await reviewer.getByRole("heading", { name: "Automated findings" }).waitFor();
    expect(
      await reviewer.getByText("Reporter's answer: Explained in the methodology note.").count(),
    ).toBeGreaterThan(0);
    await reviewer.getByLabel("About").selectOption("line");
    await reviewer.getByLabel("Line number").fill("75");
    await reviewer.getByLabel("Comment", { exact: true }).fill("Which source gives the new I.1.1 line?");
    await reviewer.getByRole("button", { name: "Post comment" }).click();
    await reviewer.getByText("Which source gives the new I.1.1 line?").waitFor();
    expect(await seriousViolations(reviewer)).toEqual([]);
    for (const [button, status] of [
      ["Take into review", "In review"],
      ["Verify", "Verified"],
      ["Publish", "Published"],
    ] as const) {
      await reviewer.getByRole("button", { name: button, exact: true }).click();
      await reviewer.getByText(`Done: the version is now ${status}.`).waitFor();
    }
    await reviewer.getByRole("heading", { name: "Version 2 Published" }).waitFor();
    await shot(reviewer, "review");
  });

  it("shows the public the new version and its content hash on the profile", async () => {
    const visitor = await newPage();
    const published = await (
      await visitor.context().request.get(url(`/api/v1/inventories/${inventoryId}`))
    ).json();
    expect(published.revision).toBe(2);
    expect(published.contentHash).toMatch(/^[0-9a-f]{64}$/);
    await visitor.goto(url(`/jurisdictions/${rioId}`));
    const row = visitor
      .locator("tr")
      .filter({ hasText: "2022" })
      .filter({ has: visitor.locator("code.hash") });
    await expect.poll(() => row.locator("code.hash").getAttribute("title")).toBe(published.contentHash);
    expect(await row.locator("td.num").last().textContent()).toBe("2");
  });

  it("lists the users to the admin, with roles", async () => {
    const admin = await newPage();
    await signIn(admin, "admin");
    await admin.getByRole("heading", { level: 1, name: "Users" }).waitFor();
    await admin.getByRole("cell", { name: email("reporter") }).waitFor();
    expect(await admin.locator(".users-table tbody tr").count()).toBe(4);
    expect(await seriousViolations(admin)).toEqual([]);
    await shot(admin, "admin-users");
  });

  it("raised no page errors", () => Promise.resolve(expect(pageErrors).toEqual([])));
});
