/**
 * The members API end to end: fees by the published rule, the member maintaining its contacts and profile,
 * office staff scoped to the memberships their office serves, WorkNets, and privacy: contacts never appear in
 * a public response or in the open data.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addOfficeStaff, upsertOffice } from "../../db/repositories/member.repository.ts";
import { upsertProgramme } from "../../db/repositories/programme.repository.ts";
import { SYSTEM } from "../../services/service-helpers.ts";
import { createTestApp, type TestApp, type TestUser } from "../testing/test-app.ts";

let app: TestApp;
let rio: string;
let lima: string;
let officeSA: string;
let officeEU: string;
let reporter: TestUser;
let staffSA: TestUser;
let membershipRio: string;
let membershipLima: string;

const SECRET = { name: "Secret Focal Person", email: "focal.secret@rio.example" };

const facts = (jurisdictionId: string, officeId: string | null, over: Record<string, unknown> = {}) => ({
  jurisdictionId,
  officeId,
  level: "basic",
  scope: "global",
  status: "active",
  joinedOn: "2016-05-01",
  endedOn: null,
  ...over,
});

beforeAll(async () => {
  app = await createTestApp();
  const s = app.services;
  const db = app.database.db;
  rio = (
    await s.jurisdictions.create(
      {
        name: "Rio de Janeiro",
        type: "city",
        country: "BR",
        region: "Latin America",
        population: [{ year: 2019, value: 6_718_903 }],
      },
      SYSTEM,
    )
  ).id;
  lima = (
    await s.jurisdictions.create(
      {
        name: "San Isidro",
        type: "city",
        country: "PE",
        region: "Latin America",
        population: [{ year: 2017, value: 60_735 }],
      },
      SYSTEM,
    )
  ).id;
  officeSA = (
    await upsertOffice(db, {
      key: "sa",
      name: "South America Secretariat",
      kind: "regional-secretariat",
      city: "São Paulo",
      country: "BR",
    })
  ).id;
  officeEU = (
    await upsertOffice(db, {
      key: "eu",
      name: "European Secretariat",
      kind: "regional-secretariat",
      city: "Freiburg",
      country: "DE",
    })
  ).id;
  reporter = await app.createUser([{ role: "reporter", jurisdictionId: rio }]);
  staffSA = await app.createUser([]);
  await addOfficeStaff(db, staffSA.id, officeSA, "system");
});
afterAll(() => app.close());

describe("memberships", () => {
  it("creates a membership with its fee computed by the published rule (admin)", async () => {
    const res = await app.request("POST", "/api/v1/memberships", facts(rio, officeSA));
    expect(res.status).toBe(201);
    // 6.7 M (class 5: 14,000 EUR) × Brazil upper-middle 0.5 = 7,000 EUR.
    expect(res.body).toMatchObject({
      jurisdictionName: "Rio de Janeiro",
      fee: { tier: "P5-UM", annualFee: 7000, currency: "EUR" },
    });
    expect(res.etag).toBe('"1"');
    membershipRio = (res.body as { id: string }).id;
  });

  it("lets office staff create memberships for their own office only", async () => {
    const other = await staffSA.client.request("POST", "/api/v1/memberships", facts(lima, officeEU));
    expect(other.status).toBe(403);
    const res = await staffSA.client.request(
      "POST",
      "/api/v1/memberships",
      facts(lima, officeSA, { level: "advanced", scope: "regional" }),
    );
    expect(res.status).toBe(201);
    // 60,735 (class 2: 2,500) × Peru upper-middle 0.5 × advanced 1.5 × regional 0.7 = 1,312.5 → 1,310.
    expect(res.body).toMatchObject({ fee: { tier: "P2-UM", annualFee: 1310 } });
    membershipLima = (res.body as { id: string }).id;
  });

  it("refuses bad input with a 4xx naming the field, and a second membership of a jurisdiction", async () => {
    const bad = await app.request(
      "POST",
      "/api/v1/memberships",
      facts(lima, null, { status: "ended", endedOn: null }),
    );
    expect(bad.status).toBe(422);
    expect(bad.error.details).toEqual([
      { path: "endedOn", message: "an ended membership needs the date it ended" },
    ]);
    const level = await app.request("POST", "/api/v1/memberships", facts(lima, null, { level: "gold" }));
    expect(level.status).toBe(422);
    expect(JSON.stringify(level.error.details)).toContain("level");
    expect((await app.request("POST", "/api/v1/memberships", facts(rio, null))).status).toBe(409);
  });

  it("lets the member replace its contacts with If-Match, and read them back", async () => {
    const contacts = [
      { role: "mayor", name: "Eduardo Paes", title: "Mayor", email: null, phone: null },
      { role: "focal-point", name: SECRET.name, title: null, email: SECRET.email, phone: "+55 21 2976 1000" },
    ];
    const path = `/api/v1/memberships/${membershipRio}/contacts`;
    expect((await reporter.client.request("PUT", path, { contacts })).status).toBe(428);
    const bad = await reporter.client.request(
      "PUT",
      path,
      { contacts: [{ ...contacts[0], email: "nope" }] },
      { "if-match": '"1"' },
    );
    expect(bad.status).toBe(422);
    expect(JSON.stringify(bad.error.details)).toContain("contacts.0.email");
    const res = await reporter.client.request("PUT", path, { contacts }, { "if-match": '"1"' });
    expect(res.status).toBe(200);
    expect(res.etag).toBe('"2"');
    expect((res.body as { contacts: unknown[] }).contacts).toMatchObject(contacts);
    expect((await reporter.client.request("PUT", path, { contacts }, { "if-match": '"1"' })).status).toBe(
      412,
    );
  });

  it("shows contacts and invoices to the member, its office and admins only", async () => {
    const path = `/api/v1/memberships/${membershipRio}/private`;
    for (const client of [reporter.client, staffSA.client, app]) {
      const res = await client.request("GET", path);
      expect(res.status).toBe(200);
      expect(JSON.stringify(res.body)).toContain(SECRET.email);
    }
    const outsider = await app.createUser([{ role: "reporter", jurisdictionId: lima }]);
    expect((await outsider.client.request("GET", path)).status).toBe(403);
    expect((await app.anonymous.request("GET", path)).status).toBe(401);
    const staffEU = await app.createUser([]);
    await addOfficeStaff(app.database.db, staffEU.id, officeEU, "system");
    expect((await staffEU.client.request("GET", path)).status).toBe(403);
    expect((await staffEU.client.request("GET", `/api/v1/offices/${officeSA}/members`)).status).toBe(403);
    const office = await staffSA.client.request("GET", `/api/v1/offices/${officeSA}/members`);
    expect(office.status).toBe(200);
    expect(
      (office.body as { items: Array<{ membership: { jurisdictionName: string } }> }).items.map(
        (i) => i.membership.jurisdictionName,
      ),
    ).toEqual(["Rio de Janeiro", "San Isidro"]);
  });

  it("issues invoices at the stored fee and marks them paid (office staff)", async () => {
    const issued = await staffSA.client.request("POST", `/api/v1/memberships/${membershipRio}/invoices`, {
      year: 2025,
      issuedOn: "2025-01-15",
    });
    expect(issued.status).toBe(201);
    expect(issued.body).toMatchObject({
      year: 2025,
      amount: 7000,
      currency: "EUR",
      status: "due",
      paidOn: null,
    });
    expect(
      (await staffSA.client.request("POST", `/api/v1/memberships/${membershipRio}/invoices`, { year: 2025 }))
        .status,
    ).toBe(409);
    expect(
      (await reporter.client.request("POST", `/api/v1/memberships/${membershipRio}/invoices`, { year: 2024 }))
        .status,
    ).toBe(403);
    const id = (issued.body as { id: string }).id;
    const paid = await staffSA.client.request(
      "POST",
      `/api/v1/memberships/${membershipRio}/invoices/${id}/paid`,
      { paidOn: "2025-02-01" },
    );
    expect(paid.body).toMatchObject({ status: "paid", paidOn: "2025-02-01" });
    expect(
      (await staffSA.client.request("POST", `/api/v1/memberships/${membershipRio}/invoices/${id}/paid`, {}))
        .status,
    ).toBe(409);
  });

  it("publishes the member's agendas and showcase on its profile", async () => {
    const current = await app.anonymous.request("GET", `/api/v1/memberships/${membershipRio}`);
    const profile = {
      agendas: ["resilient", "low-carbon"],
      showcase: [
        {
          kind: "action",
          title: "Rio Resiliente",
          description: null,
          url: "https://example.org/rio",
          imageUrl: null,
          year: 2016,
        },
      ],
    };
    const res = await reporter.client.request(
      "PUT",
      `/api/v1/memberships/${membershipRio}/profile`,
      profile,
      { "if-match": current.etag as string },
    );
    expect(res.status).toBe(200);
    const view = await app.anonymous.request("GET", `/api/v1/jurisdictions/${rio}/membership`);
    expect(view.body).toMatchObject({
      agendas: ["resilient", "low-carbon"],
      office: { name: "South America Secretariat" },
      showcase: profile.showcase,
    });
    const bad = await reporter.client.request(
      "PUT",
      `/api/v1/memberships/${membershipRio}/profile`,
      { agendas: ["flying"], showcase: [] },
      { "if-match": view.etag as string },
    );
    expect(bad.status).toBe(422);
    expect((await app.anonymous.request("GET", `/api/v1/jurisdictions/${lima}/membership`)).status).toBe(200);
  });

  it("lets a member join and leave a WorkNet, not for another member", async () => {
    const created = await reporter.client.request("POST", "/api/v1/worknets", {
      name: "Coastal flooding",
      challenge: "sea-level rise and storm surge",
      agendas: ["resilient"],
    });
    expect(created.status).toBe(201);
    const id = (created.body as { id: string }).id;
    expect(
      (await reporter.client.request("POST", `/api/v1/worknets/${id}/members`, { jurisdictionId: lima }))
        .status,
    ).toBe(403);
    const joined = await reporter.client.request("POST", `/api/v1/worknets/${id}/members`, {
      jurisdictionId: rio,
    });
    expect(
      (joined.body as { members: Array<{ jurisdictionName: string }> }).members.map(
        (m) => m.jurisdictionName,
      ),
    ).toEqual(["Rio de Janeiro"]);
    expect(
      (await reporter.client.request("POST", `/api/v1/worknets/${id}/members`, { jurisdictionId: rio }))
        .status,
    ).toBe(409);
    const profile = await app.anonymous.request("GET", `/api/v1/memberships/${membershipRio}`);
    expect((profile.body as { worknets: Array<{ name: string }> }).worknets.map((w) => w.name)).toEqual([
      "Coastal flooding",
    ]);
    expect((await reporter.client.request("DELETE", `/api/v1/worknets/${id}/members/${rio}`)).status).toBe(
      200,
    );
  });

  it("suggests peers with reasons and counts engagement", async () => {
    const programme = await upsertProgramme(app.database.db, {
      key: "gcc",
      name: "GreenClimateCities",
      kind: "programme",
      agendas: ["low-carbon"],
    });
    for (const j of [rio, lima])
      await app.services.programmes.setParticipant(
        programme.id,
        { jurisdictionId: j, role: "participant", since: 2018, commitment: null },
        SYSTEM,
      );
    const m = await app.anonymous.request("GET", `/api/v1/memberships/${membershipLima}/matches`);
    const [first] = (m.body as { matches: Array<{ name: string; reasons: string[] }> }).matches;
    expect(first?.name).toBe("Rio de Janeiro");
    expect(first?.reasons).toEqual(
      expect.arrayContaining(["shared programmes: GreenClimateCities", "same region (Latin America)"]),
    );
    const k = await app.anonymous.request("GET", "/api/v1/analytics/engagement");
    expect(k.body).toMatchObject({ activeMembers: 2, engaged: { count: 2, of: 2, share: 1, met: true } });
  });

  it("never shows contacts in public responses or the open data", async () => {
    const paths = [
      "/api/v1/memberships",
      `/api/v1/memberships/${membershipRio}`,
      `/api/v1/jurisdictions/${rio}/membership`,
      `/api/v1/jurisdictions/${rio}`,
      `/api/v1/memberships/${membershipLima}/matches`,
      "/api/v1/offices",
      "/api/v1/programmes",
      "/api/v1/worknets",
      "/api/v1/analytics/engagement",
      "/api/v1/analytics/mentoring",
      "/api/v1/open-data.json",
      "/api/v1/open-data.csv",
    ];
    for (const path of paths) {
      for (const client of [app.anonymous, reporter.client]) {
        const res = await client.request("GET", path);
        expect([path, res.status]).toEqual([path, 200]);
        const text = typeof res.body === "string" ? res.body : JSON.stringify(res.body);
        expect([path, text.includes(SECRET.email) || text.includes(SECRET.name)]).toEqual([path, false]);
      }
    }
  });
});
