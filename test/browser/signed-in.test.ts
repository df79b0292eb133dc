/**
 * The signed-in web app in Debian's Chromium against the real server with the seeded demo network: the reporter
 * creates Rio's 2023 inventory in the editor (keyboard-only lines, live totals), saves, meets a conflict from a second
 * tab, submits answering the warnings; the approver approves (the demo seed makes Rio require its approver); the
 * reviewer comments and returns it with a comment; the reporter reads the comment, fixes the line and resubmits;
 * the approver approves again; the reviewer verifies and publishes; the public profile shows the new figures,
 * chart, downloads and content hash. The admin manages users and an API token. Axe runs on every signed-in page.
 */
import type { Page } from "playwright-core";
import { describe, expect } from "vitest";
import {
  browserSession,
  demoEmail as email,
  findJurisdiction,
  seriousViolations,
  shot,
} from "./browser-support.ts";

let rioId = "";
let inventoryId = "";
let rioRequiresApprover: boolean | undefined;
/** Rio's BASIC total once the reporter's fixed line is in (read in the editor). */
let fixedBasic = 0;

const { url, newContext, newPage, signIn, it, pageErrors } = browserSession({
  // Rio's id, and whether the demo seed made it require its approver (the public API says).
  setup: async (session) => {
    const rio = await findJurisdiction(session, "Rio de Janeiro");
    rioId = rio.id;
    rioRequiresApprover = rio.requiresApprover;
  },
});

const basic = (page: Page) => page.locator('.calc-panel [data-total="basic"]').textContent();
const toNumber = (text: string | null) => Number((text ?? "").replace(/[^\d.-]/g, ""));

describe("signed-in pages in Chromium", () => {
  let reporter: Page;

  /** Adds a direct-emissions CO2 line to `gpc` with the keyboard alone and types `tonnes`. */
  async function typeLine(gpc: string, tonnes: string): Promise<void> {
    await reporter.getByRole("button", { name: `Add line to ${gpc}` }).focus();
    await reporter.keyboard.press("Enter");
    await expect.poll(() => reporter.evaluate(() => document.activeElement?.tagName)).toBe("SELECT");
    await reporter.keyboard.press("Tab"); // gas (CO2)
    await reporter.keyboard.press("Tab"); // value
    await reporter.keyboard.type(tonnes);
  }

  it("signs the reporter in, creates Rio's 2023 inventory in the editor with the keyboard alone, totals updating as they type, and saves", async () => {
    reporter = await newPage();
    await signIn(reporter, "reporter");
    await reporter.getByRole("heading", { level: 1, name: "My work" }).waitFor();
    expect(await seriousViolations(reporter)).toEqual([]);
    await reporter.getByRole("link", { name: "New inventory" }).click();
    await reporter.getByRole("heading", { level: 1, name: "New inventory" }).waitFor();
    await reporter.getByLabel("Year", { exact: true }).fill("2023");
    await reporter.getByLabel("Population", { exact: true }).fill("6750000");
    expect(toNumber(await basic(reporter))).toBe(0);

    await typeLine("I.1.1", "250000");
    await expect.poll(async () => toNumber(await basic(reporter))).toBe(250_000);
    await reporter.keyboard.press("Tab"); // unit
    await reporter.keyboard.press("ArrowDown"); // t → kt
    await expect.poll(async () => toNumber(await basic(reporter))).toBe(250_000_000);
    await reporter.keyboard.press("ArrowUp"); // back to t
    await expect.poll(async () => toNumber(await basic(reporter))).toBe(250_000);
    await typeLine("II.1.1", "150000");
    await expect.poll(async () => toNumber(await basic(reporter))).toBe(400_000);
    await reporter.getByText("Unsaved changes").waitFor();
    await shot(reporter, "editor");
    await reporter.getByRole("button", { name: "Save", exact: true }).click();
    // The first save creates the inventory; the editor moves to its address.
    await reporter.waitForURL(/\/work\/inventories\/[0-9a-f-]{36}$/);
    await reporter.getByRole("heading", { level: 1, name: "Edit Rio de Janeiro 2023" }).waitFor();
    await reporter.getByText("All changes saved").waitFor();
    expect(toNumber(await basic(reporter))).toBe(400_000);
    inventoryId = new URL(reporter.url()).pathname.split("/").pop() ?? "";
    expect(inventoryId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await seriousViolations(reporter)).toEqual([]);
  });

  it("shows a conflict when a second tab saved first, and loads their version", async () => {
    const other = await reporter.context().newPage();
    await other.goto(url(`/work/inventories/${inventoryId}`));
    await other.getByLabel("Population", { exact: true }).fill("6747815");
    await other.getByRole("button", { name: "Save", exact: true }).click();
    await other.getByText("Saved as version 1.").waitFor();
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

  /** Signs the approver in and approves Rio's submitted version from the review desk. */
  async function approve(): Promise<void> {
    const approver = await newPage();
    await signIn(approver, "approver");
    await approver.goto(url("/review"));
    await approver.getByRole("link", { name: "Open Rio de Janeiro 2023" }).click();
    await approver.getByRole("button", { name: "Approve" }).click();
    await approver.getByText("Done: the version is now Approved.").waitFor();
    await approver.context().close();
  }

  it("lets the approver approve from the review desk (the demo seed makes Rio require its approver)", async () => {
    expect(rioRequiresApprover).toBe(true);
    await approve();
  });

  let reviewer: Page;
  const RETURN_COMMENT = "Please give the source of the new I.1.1 line and check its amount.";

  it("lets the reviewer read the findings, comment on the line and return the version with a comment", async () => {
    reviewer = await newPage();
    await signIn(reviewer, "reviewer");
    await reviewer.getByRole("heading", { level: 1, name: "Review desk" }).waitFor();
    await reviewer.getByRole("link", { name: "Open Rio de Janeiro 2023" }).click();
    await reviewer.getByRole("heading", { name: "Automated findings" }).waitFor();
    expect(
      await reviewer.getByText("Reporter's answer: Explained in the methodology note.").count(),
    ).toBeGreaterThan(0);
    await reviewer.getByLabel("About").selectOption("line");
    await reviewer.getByLabel("Line number").fill("1");
    await reviewer.getByLabel("Comment", { exact: true }).fill("Which source gives the new I.1.1 line?");
    await reviewer.getByRole("button", { name: "Post comment" }).click();
    await reviewer.getByText("Which source gives the new I.1.1 line?").waitFor();
    expect(await seriousViolations(reviewer)).toEqual([]);
    await reviewer.getByRole("button", { name: "Take into review", exact: true }).click();
    await reviewer.getByText("Done: the version is now In review.").waitFor();
    // Returning needs a comment: without one the desk says so and nothing changes.
    await reviewer.getByRole("button", { name: "Return to the reporter" }).click();
    await reviewer.getByText("Say why you return it, so the reporter knows what to fix.").waitFor();
    await reviewer.getByLabel("Comment (sent with the decision; required to return)").fill(RETURN_COMMENT);
    await reviewer.getByRole("button", { name: "Return to the reporter" }).click();
    await reviewer.getByText("Done: the version is now Returned.").waitFor();
  });

  it("shows the reporter the return comment and the line comment; the reporter fixes the line, saves and resubmits", async () => {
    await reporter.goto(url(`/work/inventories/${inventoryId}`));
    await reporter.getByText(/^Returned for changes on/).waitFor();
    await reporter.getByText(RETURN_COMMENT).waitFor();
    await reporter.getByText("Which source gives the new I.1.1 line?").waitFor();
    expect(await seriousViolations(reporter)).toEqual([]);
    await shot(reporter, "editor-returned");

    const before = toNumber(await basic(reporter));
    const value = reporter.locator('input.num-input[value="250000"]');
    expect(await value.count()).toBe(1);
    await value.fill("200000");
    await expect.poll(async () => toNumber(await basic(reporter))).toBe(before - 50_000);
    fixedBasic = before - 50_000;
    await reporter.getByRole("button", { name: "Save", exact: true }).click();
    await reporter.getByText("Saved as version 1.").waitFor();

    await reporter.getByRole("button", { name: "Run the checks and submit" }).click();
    await reporter.getByRole("heading", { name: "Answer each warning" }).waitFor();
    for (const answer of await reporter.getByLabel("Your answer").all()) {
      await answer.fill("Explained in the methodology note.");
    }
    await reporter.getByRole("button", { name: "Submit with these answers" }).click();
    await reporter.getByText("This version is Submitted and cannot be edited.").waitFor();
  });

  it("lets the approver approve the resubmission", approve);

  it("lets the reviewer take the resubmission into review, verify and publish, with the version history", async () => {
    await reviewer.goto(url("/review"));
    await reviewer.getByRole("link", { name: "Open Rio de Janeiro 2023" }).click();
    await reviewer.getByRole("heading", { name: "Automated findings" }).waitFor();
    for (const [button, status] of [
      ["Take into review", "In review"],
      ["Verify", "Verified"],
      ["Publish", "Published"],
    ] as const) {
      await reviewer.getByRole("button", { name: button, exact: true }).click();
      await reviewer.getByText(`Done: the version is now ${status}.`).waitFor();
    }
    await reviewer.getByRole("heading", { name: "Version 1 Published" }).waitFor();
    // The history keeps the return and its comment.
    expect(await reviewer.getByText(RETURN_COMMENT).count()).toBeGreaterThan(0);
    await shot(reviewer, "review");
  });

  it("shows the public the new figures, chart, downloads and content hash on the profile", async () => {
    const visitor = await newPage();
    const published = await (
      await visitor.context().request.get(url(`/api/v1/inventories/${inventoryId}`))
    ).json();
    expect(published.revision).toBe(1);
    expect(published.year).toBe(2023);
    expect(published.status).toBe("published");
    expect(published.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(Math.round(published.results.totals.basic)).toBe(Math.round(fixedBasic));
    await visitor.goto(url(`/jurisdictions/${rioId}`));
    const row = visitor
      .locator("tr")
      .filter({ hasText: "2023" })
      .filter({ has: visitor.locator("code.hash") });
    await expect.poll(() => row.locator("code.hash").getAttribute("title")).toBe(published.contentHash);
    expect(await row.locator("td.num").last().textContent()).toBe("1");
    // The new BASIC figure, as the reader's locale writes it, in the inventory list and the chart's table.
    const figure = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 }).format(fixedBasic);
    expect(await row.locator("td.num").first().textContent()).toBe(figure);
    const emissions = visitor.locator("section", {
      has: visitor.getByRole("heading", { name: "Emissions" }),
    });
    await emissions.locator("canvas").first().waitFor();
    expect(await emissions.locator(".chart-table tbody tr").last().textContent()).toContain(figure);
    // Downloads of the published version: the GPC table answers as a spreadsheet.
    const xlsx = visitor.getByRole("link", { name: "GPC table of the 2023 inventory, XLSX" });
    const href = (await xlsx.getAttribute("href")) ?? "";
    expect(href).toBe(`/api/v1/inventories/${inventoryId}/export/gpc-table.xlsx`);
    const file = await visitor.context().request.get(url(href));
    expect(file.status()).toBe(200);
    expect(file.headers()["content-type"]).toContain("spreadsheetml");
    expect(await seriousViolations(visitor)).toEqual([]);
  });

  it("lists the users to the admin, with roles", async () => {
    const admin = await newPage();
    await signIn(admin, "admin");
    await admin.getByRole("heading", { level: 1, name: "Users" }).waitFor();
    await admin.getByRole("cell", { name: email("reporter") }).waitFor();
    // Every demo user (one per role, plus office staff) is listed, as many rows as the API has users.
    const users = await admin.evaluate(async () => {
      const res = await fetch("/api/v1/users?limit=100", { credentials: "same-origin" });
      return ((await res.json()) as { items: Array<{ email: string }> }).items.map((u) => u.email);
    });
    expect(users).toEqual(expect.arrayContaining(["admin", "reviewer", "reporter", "approver"].map(email)));
    expect(await admin.locator(".users-table tbody tr").count()).toBe(users.length);
    expect(await seriousViolations(admin)).toEqual([]);
    await shot(admin, "admin-users");
  });

  it("lets the admin create an API token shown once, use it as a bearer token, and revoke it", async () => {
    const admin = await newPage();
    await signIn(admin, "admin");
    await admin.getByRole("link", { name: "API tokens" }).click();
    await admin.getByRole("heading", { level: 1, name: "API tokens" }).waitFor();
    await admin.getByText("No tokens yet").waitFor();
    await admin.getByLabel("Name", { exact: true }).fill("nightly export");
    await admin.getByLabel("Expires after").selectOption("30");
    await admin.getByRole("button", { name: "Create token" }).click();
    await admin.getByText("Token “nightly export” created.", { exact: false }).waitFor();
    const secret = await admin.getByLabel("Secret").inputValue();
    expect(secret.length).toBeGreaterThan(20);
    const row = admin.locator(".tokens-table tbody tr").filter({ hasText: "nightly export" });
    expect(await row.locator("td").nth(3).textContent()).not.toBe("Never");
    expect(await row.getByText("Active").count()).toBe(1);
    expect(await seriousViolations(admin)).toEqual([]);
    await shot(admin, "admin-tokens");

    // The secret works as a bearer token (a fresh request context: no session cookie).
    const bearer = { headers: { authorization: `Bearer ${secret}` } };
    const api = await newContext();
    const me = await api.request.get(url("/api/v1/auth/me"), bearer);
    expect([me.status(), (await me.json()).email]).toEqual([200, email("admin")]);

    // Shown once: after a reload the page lists the token but not its secret.
    await admin.reload();
    await admin.locator(".tokens-table").waitFor();
    expect(await admin.getByLabel("Secret").count()).toBe(0);
    await admin.getByRole("button", { name: "Revoke the token nightly export" }).click();
    await row.getByText("Revoked").waitFor();
    expect((await api.request.get(url("/api/v1/auth/me"), bearer)).status()).toBe(401);
  });

  it("fits the reporter's work list, editor and token pages on a 360 px screen, and the editor speaks the reader's language", async () => {
    const narrow = await reporter.context().newPage();
    narrow.on("pageerror", (error) => pageErrors.push(error.message));
    await narrow.setViewportSize({ width: 360, height: 740 });
    for (const path of ["/work", `/work/inventories/${inventoryId}`, "/account/tokens"]) {
      await narrow.goto(url(path));
      await narrow.getByRole("heading", { level: 1 }).waitFor();
      await expect.poll(() => narrow.locator(".state-loading").count()).toBe(0);
      const overflow = await narrow.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await narrow.goto(url(`/work/inventories/${inventoryId}`));
    await narrow.getByLabel("Language").selectOption("pt");
    await narrow.getByRole("heading", { level: 1, name: "Editar Rio de Janeiro 2023" }).waitFor();
    expect(await narrow.locator("html").getAttribute("lang")).toBe("pt");
    await shot(narrow, "editor-360-pt");
    await narrow.getByLabel("Idioma").selectOption("en");
    await narrow.getByRole("heading", { level: 1, name: "Edit Rio de Janeiro 2023" }).waitFor();
    await narrow.close();
  });

  it("raised no page errors", () => Promise.resolve(expect(pageErrors).toEqual([])));
});
