/**
 * The demonstration network's members, seeded by the written rules: every office of the plan, 40 active
 * members served by the office of their country or region, programme participation, WorkNets, invoices and the
 * office demo user; engagement KPIs worked by hand from the demo data (see src/db/seed/README.md).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServices, type Services } from "../../services/services.ts";
import { type Database, openDatabase } from "../database.ts";
import { allMemberships, listOffices } from "../repositories/member.repository.ts";
import { findUserByEmail } from "../repositories/user.repository.ts";
import { seedDemo } from "./seed-demo.ts";

let database: Database;
let services: Services;
beforeAll(async () => {
  database = await openDatabase();
  services = createServices(database.db);
  await seedDemo(database.db);
}, 120_000);
afterAll(() => database.close());

describe("demonstration members", () => {
  it("has the plan's 17 offices and 40 active members, each served by its country's or region's office", async () => {
    expect((await listOffices(database.db)).length).toBe(17);
    const members = await allMemberships(database.db);
    expect(members.length).toBe(40);
    expect(new Set(members.map((m) => m.status))).toEqual(new Set(["active"]));
    const offices = new Map((await listOffices(database.db)).map((o) => [o.id, o.city]));
    const officeOf = (name: string) =>
      offices.get(members.find((m) => m.jurisdictionName === name)?.officeId ?? "");
    expect(officeOf("Rio de Janeiro")).toBe("São Paulo");
    expect(officeOf("Toronto")).toBe("Toronto");
    expect(officeOf("Tainan")).toBe("Kaohsiung");
    expect(officeOf("Amman")).toBe("Bonn");
    // Rio: 6,747,815 people (class 5, 14,000 EUR) × Brazil upper-middle 0.5 × advanced 1.5 = 10,500 EUR.
    expect(members.find((m) => m.jurisdictionName === "Rio de Janeiro")).toMatchObject({
      level: "advanced",
      feeTier: "P5-UM",
      annualFee: 10_500,
    });
  });

  it("measures engagement as worked by hand from the demo data", async () => {
    const k = await services.engagement.kpis();
    // 5 members with a GPC inventory (GreenClimateCities) + 12 with a transport target (EcoMobility), no overlap.
    expect(k.engaged).toEqual({ count: 17, of: 40, share: 17 / 40, goal: 0.25, met: true });
    expect(k.engagedByLevel).toEqual([
      { key: "advanced", count: 5, of: 5, share: 1, goal: 0.25, met: true },
      { key: "basic", count: 12, of: 35, share: 12 / 35, goal: 0.25, met: true },
    ]);
    expect(k.engagedByRegion.map((r) => [r.key, r.count, r.of])).toEqual([
      ["Africa", 1, 5],
      ["East Asia", 2, 5],
      ["Europe", 4, 7],
      ["Latin America", 5, 7],
      ["Middle East", 1, 2],
      ["North America", 3, 6],
      ["South and West Asia", 1, 3],
      ["Southeast Asia and Oceania", 0, 5],
    ]);
    expect(k.reportingByYear.map((y) => [y.year, y.count])).toEqual([
      [2016, 1],
      [2018, 2],
      [2020, 1],
      [2022, 1],
    ]);
    expect(k.withTargets).toMatchObject({ count: 40, of: 40 });
    expect(k.withRiskAssessment).toEqual({ count: 0, of: 40, share: 0, goal: 0.25, met: false });
  });

  it("suggests the same peers, with reasons, every time", async () => {
    const rio = (await allMemberships(database.db)).find((m) => m.jurisdictionName === "Rio de Janeiro");
    const first = await services.engagement.matches(rio?.id as string, 5);
    expect(first.matches.length).toBe(5);
    for (const m of first.matches) expect(m.reasons.length).toBeGreaterThan(0);
    expect(first.matches[0]?.sharedProgrammes).toContain("GreenClimateCities");
    expect(await services.engagement.matches(rio?.id as string, 5)).toEqual(first);
  });

  it("names the office leading the programmes the plan assigns to one", async () => {
    const lead = new Map((await services.programmes.list()).map((p) => [p.key, p.leadOffice?.city ?? null]));
    expect(lead.get("greenclimatecities")).toBe("Bonn");
    expect(lead.get("procura-plus")).toBe("Freiburg");
    expect(lead.get("lab")).toBe("Cape Town");
    expect(lead.get("cityfood")).toBeNull();
  });

  it("creates the WorkNets, invoices and office user, and a second seed creates nothing", async () => {
    const nets = await services.programmes.worknets();
    expect(nets.map((n) => [n.name, n.members.length])).toEqual([
      ["Megacities low-carbon pathways", 10],
      ["Waste-sector targets", 11],
    ]);
    expect(await findUserByEmail(database.db, "office@demo.localledger.org")).toBeDefined();
    const again = await seedDemo(database.db);
    expect(again.members).toEqual({
      memberships: 0,
      participants: 0,
      worknets: 0,
      invoices: 0,
      demoUsers: [],
    });
  });
});
