/**
 * Running the network through the API: admins assign office staff (who then see their office's members and
 * find the office in /auth/me), create and edit programmes with a lead office, and add participants with roles,
 * years and mentors; mentoring pairs show on the programme and on both members' profiles.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { upsertOffice } from "../../db/repositories/member.repository.ts";
import { SYSTEM } from "../../services/service-helpers.ts";
import { createTestApp, type TestApp, type TestUser } from "../testing/test-app.ts";

let app: TestApp;
let office: string;
let otherOffice: string;
let clerk: TestUser;
let reporter: TestUser;
let seoul: string;
let suwon: string;
let busan: string;

const member = (jurisdictionId: string) => ({
  jurisdictionId,
  officeId: office,
  level: "basic" as const,
  scope: "global" as const,
  status: "active" as const,
  joinedOn: "2019-01-01",
  endedOn: null,
});

const programme = (over: Record<string, unknown> = {}) => ({
  key: "urban-lead",
  name: "Urban-LEDS",
  kind: "project",
  agendas: ["low-carbon", "low-carbon", "resilient"],
  description: "Low-emission development strategies in emerging economies.",
  url: "https://urban-leds.example/",
  region: null,
  startYear: 2013,
  endYear: 2017,
  leadOfficeId: office,
  ...over,
});

type ProgrammeBody = {
  id: string;
  agendas: string[];
  leadOffice: { id: string; name: string } | null;
  participants: Array<{
    jurisdictionId: string;
    role: string;
    until: number | null;
    mentorName: string | null;
  }>;
  mentoring: Array<{ mentor: { jurisdictionName: string }; mentee: { jurisdictionName: string } }>;
};

beforeAll(async () => {
  app = await createTestApp();
  const s = app.services;
  const db = app.database.db;
  office = (
    await upsertOffice(db, {
      key: "eas",
      name: "East Asia Secretariat",
      kind: "regional-secretariat",
      city: "Seoul",
      country: "KR",
    })
  ).id;
  otherOffice = (
    await upsertOffice(db, {
      key: "kcc",
      name: "Kaohsiung Capacity Center",
      kind: "thematic-centre",
      city: "Kaohsiung",
      country: "TW",
    })
  ).id;
  const city = async (name: string) =>
    (await s.jurisdictions.create({ name, type: "city", country: "KR" }, SYSTEM)).id;
  seoul = await city("Seoul");
  suwon = await city("Suwon");
  busan = await city("Busan");
  for (const id of [seoul, suwon]) await s.memberships.create(member(id), SYSTEM);
  clerk = await app.createUser([]);
  reporter = await app.createUser([{ role: "reporter", jurisdictionId: suwon }]);
});
afterAll(() => app.close());

describe("office staff", () => {
  it("an admin assigns a user; the office then answers the user's /auth/me and its members", async () => {
    const before = await clerk.client.request("GET", "/api/v1/auth/me");
    expect(before.body).toMatchObject({ offices: [] });
    expect((await clerk.client.request("GET", `/api/v1/offices/${office}/members`)).status).toBe(403);

    const res = await app.request("PUT", `/api/v1/offices/${office}/staff/${clerk.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ items: [{ userId: clerk.id, email: clerk.email }] });

    const me = await clerk.client.request("GET", "/api/v1/auth/me");
    expect(me.body).toMatchObject({
      offices: [{ id: office, key: "eas", name: "East Asia Secretariat", kind: "regional-secretariat" }],
    });
    const members = await clerk.client.request("GET", `/api/v1/offices/${office}/members`);
    expect(members.status).toBe(200);
    expect((members.body as { items: unknown[] }).items).toHaveLength(2);
    const staff = await clerk.client.request("GET", `/api/v1/offices/${office}/staff`);
    expect(staff.body).toMatchObject({ items: [{ userId: clerk.id }] });
    expect((await clerk.client.request("GET", `/api/v1/offices/${otherOffice}/staff`)).status).toBe(403);
  });

  it("only admins assign or remove staff; a second assignment is a 409, an unknown user a 422", async () => {
    expect((await clerk.client.request("PUT", `/api/v1/offices/${office}/staff/${reporter.id}`)).status).toBe(
      403,
    );
    expect((await reporter.client.request("GET", `/api/v1/offices/${office}/staff`)).status).toBe(403);
    expect((await app.request("PUT", `/api/v1/offices/${office}/staff/${clerk.id}`)).status).toBe(409);
    const unknown = await app.request("PUT", `/api/v1/offices/${office}/staff/${crypto.randomUUID()}`);
    expect(unknown.status).toBe(422);
    expect(JSON.stringify(unknown.body)).toContain("userId");
    const noOffice = await app.request("PUT", `/api/v1/offices/${crypto.randomUUID()}/staff/${clerk.id}`);
    expect(noOffice.status).toBe(404);
  });

  it("removing the user ends their access to the office's members at once", async () => {
    const res = await app.request("DELETE", `/api/v1/offices/${office}/staff/${clerk.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ items: [] });
    expect((await clerk.client.request("GET", `/api/v1/offices/${office}/members`)).status).toBe(403);
    expect((await clerk.client.request("GET", "/api/v1/auth/me")).body).toMatchObject({ offices: [] });
    expect((await app.request("DELETE", `/api/v1/offices/${office}/staff/${clerk.id}`)).status).toBe(404);
  });
});

describe("programmes", () => {
  let id: string;

  it("an admin creates a programme with its lead office; agendas are kept once each", async () => {
    expect((await reporter.client.request("POST", "/api/v1/programmes", programme())).status).toBe(403);
    const res = await app.request("POST", "/api/v1/programmes", programme());
    expect(res.status).toBe(201);
    const body = res.body as ProgrammeBody;
    expect(body).toMatchObject({
      name: "Urban-LEDS",
      kind: "project",
      agendas: ["low-carbon", "resilient"],
      startYear: 2013,
      endYear: 2017,
      leadOffice: { id: office, name: "East Asia Secretariat" },
      participants: [],
      mentoring: [],
    });
    id = body.id;
    expect((await app.request("POST", "/api/v1/programmes", programme())).status).toBe(409);
  });

  it("refuses bad input naming the field, and writes nothing", async () => {
    const years = await app.request("POST", "/api/v1/programmes", programme({ key: "x-1", endYear: 2010 }));
    expect(years.status).toBe(422);
    expect(JSON.stringify(years.body)).toContain("endYear");
    const lead = await app.request(
      "POST",
      "/api/v1/programmes",
      programme({ key: "x-2", leadOfficeId: crypto.randomUUID() }),
    );
    expect(lead.status).toBe(422);
    expect(JSON.stringify(lead.body)).toContain("leadOfficeId");
    const key = await app.request("POST", "/api/v1/programmes", programme({ key: "Bad Key" }));
    expect(key.status).toBe(422);
    expect(JSON.stringify(key.body)).toContain("key");
    const kind = await app.request("POST", "/api/v1/programmes", programme({ key: "x-3", kind: "club" }));
    expect(kind.status).toBe(422);
    const list = (await app.request("GET", "/api/v1/programmes")).body as { items: unknown[] };
    expect(list.items).toHaveLength(1);
  });

  it("an admin edits it (the key stays)", async () => {
    const { key: _key, ...input } = programme({ name: "Urban-LEDS II", endYear: 2021, leadOfficeId: null });
    const res = await app.request("PUT", `/api/v1/programmes/${id}`, input);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      key: "urban-lead",
      name: "Urban-LEDS II",
      endYear: 2021,
      leadOffice: null,
    });
    expect((await reporter.client.request("PUT", `/api/v1/programmes/${id}`, input)).status).toBe(403);
    expect((await app.request("PUT", `/api/v1/programmes/${crypto.randomUUID()}`, input)).status).toBe(404);
  });

  it("mentors: a participant names a mentor participant; pairs show on the programme and both profiles", async () => {
    const put = (j: string, b: Record<string, unknown>) =>
      app.request("PUT", `/api/v1/programmes/${id}/participants/${j}`, {
        since: 2018,
        commitment: null,
        ...b,
      });
    // Suwon cannot name Seoul before Seoul takes part as a mentor.
    const early = await put(suwon, { role: "participant", mentorId: seoul });
    expect(early.status).toBe(422);
    expect(JSON.stringify(early.body)).toContain("mentorId");
    expect((await put(seoul, { role: "lead" })).status).toBe(200);
    const notMentor = await put(suwon, { role: "participant", mentorId: seoul });
    expect(notMentor.status).toBe(422);
    expect(JSON.stringify(notMentor.body)).toContain("not as a mentor");
    expect((await put(seoul, { role: "mentor", until: 2020 })).status).toBe(200);
    expect((await put(seoul, { role: "mentor", mentorId: seoul })).status).toBe(422);
    const backwards = await put(busan, { role: "participant", since: 2020, until: 2019 });
    expect(backwards.status).toBe(422);
    expect(JSON.stringify(backwards.body)).toContain("until");

    const res = await put(suwon, { role: "participant", mentorId: seoul });
    expect(res.status).toBe(200);
    const body = res.body as ProgrammeBody;
    expect(body.participants).toEqual([
      expect.objectContaining({ jurisdictionId: seoul, role: "mentor", until: 2020, mentorName: null }),
      expect.objectContaining({ jurisdictionId: suwon, role: "participant", mentorName: "Seoul" }),
    ]);
    expect(body.mentoring).toEqual([
      {
        mentor: { jurisdictionId: seoul, jurisdictionName: "Seoul" },
        mentee: { jurisdictionId: suwon, jurisdictionName: "Suwon" },
      },
    ]);
    for (const j of [seoul, suwon]) {
      const profile = await app.anonymous.request("GET", `/api/v1/jurisdictions/${j}/membership`);
      expect(profile.body).toMatchObject({
        mentoring: [
          {
            programme: { id, name: "Urban-LEDS II" },
            mentor: { jurisdictionName: "Seoul" },
            mentee: { jurisdictionName: "Suwon" },
          },
        ],
      });
    }
  });

  it("a mentor that stops mentoring or leaves takes its pairs with it", async () => {
    const res = await app.request("PUT", `/api/v1/programmes/${id}/participants/${seoul}`, {
      role: "lead",
      since: 2018,
      commitment: null,
    });
    expect((res.body as ProgrammeBody).mentoring).toEqual([]);
    await app.request("PUT", `/api/v1/programmes/${id}/participants/${seoul}`, {
      role: "mentor",
      since: 2018,
      commitment: null,
    });
    await app.request("PUT", `/api/v1/programmes/${id}/participants/${suwon}`, {
      role: "participant",
      since: 2018,
      mentorId: seoul,
      commitment: null,
    });
    const gone = await app.request("DELETE", `/api/v1/programmes/${id}/participants/${seoul}`);
    expect(gone.status).toBe(200);
    expect(gone.body).toMatchObject({
      mentoring: [],
      participants: [{ jurisdictionId: suwon, mentorId: null }],
    });
    const profile = await app.anonymous.request("GET", `/api/v1/jurisdictions/${suwon}/membership`);
    expect(profile.body).toMatchObject({ mentoring: [] });
  });
});
