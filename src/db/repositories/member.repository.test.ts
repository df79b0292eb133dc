/** The member repositories on every driver (PGlite always; PostgreSQL with TEST_DATABASE_URL). */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildJurisdiction } from "../testing/factories.ts";
import { type TestDatabase, testDrivers } from "../testing/test-database.ts";
import { insertJurisdiction } from "./jurisdiction.repository.ts";
import {
  addOfficeStaff,
  contactsOf,
  findMembershipView,
  insertInvoice,
  insertMembership,
  listMemberships,
  markInvoicePaid,
  officeRowsOfUser,
  officesOfUser,
  removeOfficeStaff,
  replaceContacts,
  staffOfOffice,
  updateMembership,
  upsertOffice,
} from "./member.repository.ts";
import {
  clearMentor,
  insertProgramme,
  insertWorknet,
  joinWorknet,
  participantsOf,
  updateProgramme,
  upsertParticipant,
  worknetMembersOf,
} from "./programme.repository.ts";
import { insertUser } from "./user.repository.ts";

describe.each(testDrivers())("member repositories on $kind", (driver) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await driver.open();
  });
  afterAll(async () => {
    await database?.close();
  });

  const member = (jurisdictionId: string, officeId: string | null) => ({
    jurisdictionId,
    officeId,
    level: "basic",
    scope: "global",
    status: "active",
    joinedOn: "2020-02-29",
    endedOn: null,
    agendas: ["low-carbon"],
  });

  it("stores memberships, lists them by name with cursors, and updates them at a version", async () => {
    const db = database.db;
    const office = await upsertOffice(db, {
      key: "o",
      name: "Office",
      kind: "country-office",
      city: "Tokyo",
      country: "JP",
    });
    expect(
      (await upsertOffice(db, { key: "o", name: "Other", kind: "x", city: "y", country: "JP" })).id,
    ).toBe(office.id);
    const names = ["Zeta", "Alpha", "Mu"];
    const ids: string[] = [];
    for (const name of names) {
      const j = await insertJurisdiction(db, buildJurisdiction({ name }), "t");
      ids.push((await insertMembership(db, member(j.id, office.id), "t")).id);
    }
    const first = await listMemberships(db, { officeId: office.id, limit: 2 });
    expect(first.items.map((m) => m.jurisdictionName)).toEqual(["Alpha", "Mu"]);
    expect(first.items[0]?.joinedOn).toBe("2020-02-29");
    const id = ids[0] as string;
    expect(await updateMembership(db, id, 2, { status: "lapsed" }, "t")).toEqual({
      ok: false,
      reason: "conflict",
      current: 1,
    });
    const ok = await updateMembership(db, id, 1, { status: "lapsed" }, "t");
    expect(ok.ok && ok.row).toMatchObject({ status: "lapsed", version: 2, agendas: ["low-carbon"] });
    expect(await findMembershipView(db, { id })).toMatchObject({
      jurisdictionName: "Zeta",
      status: "lapsed",
    });
  });

  it("replaces contacts in order, keeps one invoice a year, and pays a due invoice once", async () => {
    const db = database.db;
    const j = await insertJurisdiction(db, buildJurisdiction({ name: "Contacts" }), "t");
    const m = await insertMembership(db, member(j.id, null), "t");
    const c = (name: string) => ({ role: "focal-point", name, title: null, email: null, phone: null });
    await replaceContacts(db, m.id, [c("B"), c("A")]);
    await replaceContacts(db, m.id, [c("C"), c("B")]);
    expect((await contactsOf(db, m.id)).map((x) => x.name)).toEqual(["C", "B"]);
    const invoice = {
      membershipId: m.id,
      year: 2025,
      amount: 900,
      currency: "EUR",
      status: "due",
      issuedOn: "2025-01-15",
      createdBy: "t",
    };
    const row = await insertInvoice(db, invoice);
    expect(await insertInvoice(db, invoice)).toBeUndefined();
    expect(await markInvoicePaid(db, m.id, row?.id as string, "2025-03-01")).toMatchObject({
      status: "paid",
      paidOn: "2025-03-01",
    });
    expect(await markInvoicePaid(db, m.id, row?.id as string, "2025-03-02")).toBeUndefined();
  });

  it("joins a WorkNet once", async () => {
    const db = database.db;
    const j = await insertJurisdiction(db, buildJurisdiction({ name: "Joiner" }), "t");
    const net = await insertWorknet(db, { name: "Heat", challenge: "extreme heat", createdBy: "t" });
    expect(await insertWorknet(db, { name: "Heat", challenge: "again", createdBy: "t" })).toBeUndefined();
    expect(await joinWorknet(db, net?.id as string, j.id, "t")).toBe(true);
    expect(await joinWorknet(db, net?.id as string, j.id, "t")).toBe(false);
    expect((await worknetMembersOf(db, { jurisdictionId: j.id })).map((m) => m.jurisdictionName)).toEqual([
      "Joiner",
    ]);
  });

  it("assigns office staff once, lists them by name with the user's offices, and removes them", async () => {
    const db = database.db;
    const office = await upsertOffice(db, {
      key: "staffed",
      name: "Staffed Office",
      kind: "regional-secretariat",
      city: "Cape Town",
      country: "ZA",
    });
    const user = (email: string, name: string) => insertUser(db, { email, name, passwordHash: "x" });
    const zoe = await user("zoe@o.example", "Zoe");
    const abe = await user("abe@o.example", "Abe");
    expect(await addOfficeStaff(db, zoe.id, office.id, "t")).toBe(true);
    expect(await addOfficeStaff(db, zoe.id, office.id, "t")).toBe(false);
    expect(await addOfficeStaff(db, abe.id, office.id, "t")).toBe(true);
    expect((await staffOfOffice(db, office.id)).map((s) => [s.name, s.email])).toEqual([
      ["Abe", "abe@o.example"],
      ["Zoe", "zoe@o.example"],
    ]);
    expect((await officeRowsOfUser(db, zoe.id)).map((o) => o.name)).toEqual(["Staffed Office"]);
    expect(await removeOfficeStaff(db, zoe.id, office.id)).toBe(true);
    expect(await removeOfficeStaff(db, zoe.id, office.id)).toBe(false);
    expect(await officesOfUser(db, zoe.id)).toEqual([]);
    expect((await staffOfOffice(db, office.id)).map((s) => s.name)).toEqual(["Abe"]);
  });

  it("creates and edits programmes, stores participants' years and mentors, and clears a mentor", async () => {
    const db = database.db;
    const values = {
      name: "Mentored",
      kind: "programme",
      agendas: ["resilient"],
      startYear: 2020,
      endYear: 2024,
    };
    const p = await insertProgramme(db, { key: "mentored", ...values });
    expect(await insertProgramme(db, { key: "mentored", ...values })).toBeUndefined();
    expect(await updateProgramme(db, p?.id as string, { ...values, name: "Mentored II" })).toMatchObject({
      key: "mentored",
      name: "Mentored II",
      leadOfficeId: null,
    });
    const id = p?.id as string;
    const mentor = await insertJurisdiction(db, buildJurisdiction({ name: "Mentor City" }), "t");
    const mentee = await insertJurisdiction(db, buildJurisdiction({ name: "Mentee Town" }), "t");
    const base = { programmeId: id, since: 2021, commitment: null, createdBy: "t" };
    await upsertParticipant(db, { ...base, jurisdictionId: mentor.id, role: "mentor", until: 2023 });
    await upsertParticipant(db, {
      ...base,
      jurisdictionId: mentee.id,
      role: "participant",
      mentorId: mentor.id,
    });
    const rows = await participantsOf(db, { programmeIds: [id] });
    expect(rows.map((r) => [r.jurisdictionName, r.role, r.until, r.mentorName])).toEqual([
      ["Mentee Town", "participant", null, "Mentor City"],
      ["Mentor City", "mentor", 2023, null],
    ]);
    await clearMentor(db, id, mentor.id);
    expect((await participantsOf(db, { jurisdictionId: mentee.id }))[0]).toMatchObject({
      mentorId: null,
      mentorName: null,
    });
    expect(await participantsOf(db, { programmeIds: [] })).toEqual([]);
  });
});
