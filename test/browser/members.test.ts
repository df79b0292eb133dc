/**
 * The network's member pages in Debian's Chromium against the real server with the seeded demo network: Rio's
 * reporter updates its contacts and joins a WorkNet from "My membership"; the public profile shows the WorkNet but
 * never the contact; the South America Secretariat's staff sees the contact; the network page shows the
 * engagement KPIs in another language; the reporter founds a WorkNet from the keyboard; office staff find their
 * office through /auth/me; an admin assigns office staff, creates a programme and pairs a mentor with a mentee,
 * shown on the programme's page and the mentor's profile; no serious accessibility violation and no page error.
 */
import type { Page } from "playwright-core";
import { describe, expect } from "vitest";
import { browserSession, findJurisdiction, seriousViolations, shot } from "./browser-support.ts";

const CONTACT = { name: "Ana Focal", email: "ana.focal@rio.example" };

let rioId = "";

const { url, newPage, signIn, it, pageErrors } = browserSession({
  setupTimeout: 300_000,
  setup: async (session) => {
    rioId = (await findJurisdiction(session, "Rio de Janeiro")).id;
  },
});

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
    // The demo has no member with two published inventories, so no mentor yet (the pairs' rendering is tested in
    // web/src/pages/members/mentoring.test.tsx): the page says so, as the API does.
    const suggested = await (await page.context().request.get(url("/api/v1/analytics/mentoring"))).json();
    expect(suggested.pairs).toEqual([]);
    const pairs = page.getByRole("region", { name: "Parejas de mentoría sugeridas" });
    await pairs.getByText("Aún no hay sugerencias", { exact: false }).waitFor();
    await shot(page, "members-network-es");
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("lets the reporter found a WorkNet from the keyboard; Rio is its first member", async () => {
    const form = reporter.getByRole("form", { name: "Found a WorkNet" });
    await form.getByLabel("Challenge").fill("Heatwaves in dense neighbourhoods: cooling, shade and alerts.");
    await form.getByLabel("Resilient City").focus();
    await reporter.keyboard.press("Space");
    expect(await form.getByLabel("Resilient City").isChecked()).toBe(true);
    await form.getByLabel("WorkNet name").focus();
    await reporter.keyboard.type("Urban heat");
    await reporter.keyboard.press("Enter");
    await form.getByRole("status").filter({ hasText: "Urban heat founded" }).waitFor();
    await reporter.getByRole("button", { name: "Leave: Urban heat" }).waitFor();
    const nets = await (await reporter.context().request.get(url("/api/v1/worknets"))).json();
    const heat = nets.items.find((n: { name: string }) => n.name === "Urban heat");
    expect(heat).toMatchObject({ agendas: ["resilient"], members: [{ jurisdictionId: rioId }] });
  });

  it("takes office staff to their office on sign-in, in the menu (from /auth/me), with who works there", async () => {
    const office = await newPage();
    await signIn(office, "office");
    await office.waitForURL(/\/offices\/[0-9a-f-]{36}$/);
    await office.goto(url("/network"));
    await office.getByRole("link", { name: "My office" }).click();
    await office.getByRole("heading", { name: "ICLEI South America Secretariat", level: 1 }).waitFor();
    const staff = office.getByRole("region", { name: "Staff" });
    await staff.getByText("Demo Office (South America Secretariat)", { exact: false }).waitFor();
    expect(await staff.getByRole("button", { name: /^Remove/ }).count()).toBe(0);
  });

  let admin: Page;
  let programmeId = "";

  it("lets an admin assign a user to an office's staff and remove them", async () => {
    admin = await newPage();
    await signIn(admin, "admin");
    const offices = await (await admin.context().request.get(url("/api/v1/offices"))).json();
    const bonn = offices.items.find((o: { city: string }) => o.city === "Bonn");
    await admin.goto(url(`/offices/${bonn.id}`));
    const staff = admin.getByRole("region", { name: "Staff" });
    await staff.getByText("No staff assigned yet.").waitFor();
    const users = await (await admin.context().request.get(url("/api/v1/users?limit=200"))).json();
    const reviewer = users.items.find((u: { email: string }) => u.email.startsWith("reviewer@"));
    await staff.getByLabel("User").selectOption(reviewer.id);
    await staff.getByRole("button", { name: "Assign to this office" }).click();
    await staff.getByRole("status").filter({ hasText: "Demo Reviewer now works for this office." }).waitFor();
    await shot(admin, "members-office-staff");
    const listed = await (await admin.context().request.get(url(`/api/v1/offices/${bonn.id}/staff`))).json();
    expect(listed.items.map((x: { email: string }) => x.email)).toEqual([reviewer.email]);
    await staff.getByRole("button", { name: "Remove: Demo Reviewer" }).click();
    await staff.getByText("No staff assigned yet.").waitFor();
    expect(await seriousViolations(admin)).toEqual([]);
  });

  it("lets an admin create a programme and pair a mentor with a mentee, shown publicly", async () => {
    await admin.getByRole("link", { name: "Programmes", exact: true }).click();
    const create = admin.getByRole("form", { name: "New programme, network or project" });
    await create.getByLabel("Key (e.g. urban-leds)").fill("urban-leds");
    await create.getByLabel("Name").fill("Urban-LEDS");
    await create.getByLabel("Kind").selectOption("project");
    await create.getByLabel("Lead office").selectOption({ label: "ICLEI World Secretariat" });
    await create.getByLabel("Start year").fill("2013");
    await create.getByLabel("Low-carbon City").check();
    await create.getByRole("button", { name: "Create" }).click();
    // Once created, the programme is the one being edited.
    await admin.getByRole("form", { name: "Edit Urban-LEDS" }).waitFor();

    const members = await (await admin.context().request.get(url("/api/v1/memberships?limit=200"))).json();
    const mentee = members.items.find((m: { jurisdictionId: string }) => m.jurisdictionId !== rioId);
    const add = admin.getByRole("form", { name: "Add a participant" });
    await add.getByLabel("Member").selectOption(rioId);
    await add.getByLabel("Role").selectOption("mentor");
    await add.getByRole("button", { name: "Add", exact: true }).click();
    await admin.getByRole("form", { name: "Rio de Janeiro" }).waitFor();
    await add.getByLabel("Member").selectOption(mentee.jurisdictionId);
    await add.getByLabel("Mentor").selectOption(rioId);
    await add.getByRole("button", { name: "Add", exact: true }).click();
    await admin.getByRole("form", { name: mentee.jurisdictionName }).waitFor();
    await shot(admin, "members-programme-admin");
    const programmes = await (await admin.context().request.get(url("/api/v1/programmes"))).json();
    const made = programmes.items.find((p: { key: string }) => p.key === "urban-leds");
    programmeId = made.id;
    expect(made).toMatchObject({
      kind: "project",
      startYear: 2013,
      agendas: ["low-carbon"],
      leadOffice: { name: "ICLEI World Secretariat" },
      mentoring: [{ mentor: { jurisdictionId: rioId }, mentee: { jurisdictionId: mentee.jurisdictionId } }],
    });

    const visitor = await newPage();
    await visitor.goto(url(`/programmes/${programmeId}`));
    await visitor.getByRole("heading", { name: "Urban-LEDS", level: 1 }).waitFor();
    const pairs = visitor.getByRole("region", { name: "Mentoring pairs" });
    await pairs.getByText(`Rio de Janeiro mentors ${mentee.jurisdictionName}`).waitFor();
    expect(await seriousViolations(visitor)).toEqual([]);
    await visitor.goto(url(`/jurisdictions/${rioId}`));
    const section = visitor.getByRole("region", { name: "Membership" });
    await section.getByText(`Mentors ${mentee.jurisdictionName} (Urban-LEDS)`).waitFor();
  });

  it("raised no page errors", () => Promise.resolve(expect(pageErrors).toEqual([])));
});
