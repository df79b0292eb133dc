/**
 * The route × role matrix's cases of the network's member routes: public facts for everyone; a membership's
 * contacts and invoices, and what the member maintains, for city A's reporter and approver and admins; what
 * offices manage for admins (the matrix has no office staff; `members.http.test.ts` covers them).
 */
import { upsertOffice } from "../../db/repositories/member.repository.ts";
import { upsertProgramme } from "../../db/repositories/programme.repository.ts";
import { SYSTEM } from "../../services/service-helpers.ts";
import type { Services } from "../../services/services.ts";
import type { TestApp } from "../testing/test-app.ts";
import { freshYear } from "../testing/workflow-fixtures.ts";
import type { Role, RouteCase } from "./route-cases.ts";

/** What the cases need from the matrix, read when a case runs. */
export interface MemberCaseContext {
  app(): TestApp;
  cityA(): string;
}

/** The roles of the matrix the member cases name. */
export interface MemberRoles {
  everyone: readonly Role[];
  signedIn: readonly Role[];
  admin: readonly Role[];
}

const membership = (jurisdictionId: string, officeId: string | null) => ({
  jurisdictionId,
  officeId,
  level: "basic" as const,
  scope: "global" as const,
  status: "active" as const,
  joinedOn: "2020-01-01",
  endedOn: null,
});

const programmeInput = () => ({
  name: "Matrix Programme",
  kind: "programme" as const,
  agendas: ["low-carbon" as const],
  description: null,
  url: null,
  region: null,
  startYear: 2020,
  endYear: null,
  leadOfficeId: null,
});

/** City A's membership, an office, a fee-paying member and a programme, made once per matrix run. */
function fixture(ctx: MemberCaseContext) {
  let made: Promise<{ officeId: string; membershipId: string; feeMembershipId: string; programmeId: string }>;
  return () => {
    made ??= (async () => {
      const services: Services = ctx.app().services;
      const db = ctx.app().database.db;
      const office = await upsertOffice(db, {
        key: "matrix-office",
        name: "Matrix Office",
        kind: "regional-secretariat",
        city: "Bonn",
        country: "DE",
      });
      const a = await services.memberships.create(membership(ctx.cityA(), office.id), SYSTEM);
      const feeCity = await services.jurisdictions.create(
        { name: "Fee City", type: "city", country: "BR", population: [{ year: 2020, value: 300_000 }] },
        SYSTEM,
      );
      const fee = await services.memberships.create(membership(feeCity.id, null), SYSTEM);
      const programme = await upsertProgramme(db, {
        key: "matrix-programme",
        name: "Matrix Programme",
        kind: "programme",
      });
      return { officeId: office.id, membershipId: a.id, feeMembershipId: fee.id, programmeId: programme.id };
    })();
    return made;
  };
}

/** One case per member route. */
export function memberCases(roles: MemberRoles, ctx: MemberCaseContext): Record<string, RouteCase> {
  const { everyone, signedIn, admin } = roles;
  const aMembers: readonly Role[] = ["reporterA", "approverA", "admin"];
  const made = fixture(ctx);
  const services = () => ctx.app().services;
  const open = (path: () => Promise<string> | string): RouteCase => ({
    allow: everyone,
    prepare: async () => ({ path: await path() }),
  });
  const ifMatch = async (id: string) => {
    const { row } = await services().memberships.get(id);
    return { "if-match": `"${row.version}"` };
  };
  const freshWorknet = async () =>
    (
      await services().programmes.createWorknet(
        {
          name: `Net ${freshYear()} ${Math.random()}`,
          challenge: "coastal flooding",
          agendas: ["resilient"],
        },
        SYSTEM,
      )
    ).id;
  return {
    "GET /api/v1/offices": open(() => "/api/v1/offices"),
    "GET /api/v1/offices/{id}/members": {
      allow: admin,
      prepare: async () => ({ path: `/api/v1/offices/${(await made()).officeId}/members` }),
    },
    "GET /api/v1/offices/{id}/staff": {
      allow: admin,
      prepare: async () => ({ path: `/api/v1/offices/${(await made()).officeId}/staff` }),
    },
    "PUT /api/v1/offices/{id}/staff/{userId}": {
      allow: admin,
      async prepare() {
        const user = await ctx.app().createUser([]);
        return { path: `/api/v1/offices/${(await made()).officeId}/staff/${user.id}` };
      },
    },
    "DELETE /api/v1/offices/{id}/staff/{userId}": {
      allow: admin,
      async prepare() {
        const { officeId } = await made();
        const user = await ctx.app().createUser([]);
        await services().offices.assign(officeId, user.id, SYSTEM);
        return { path: `/api/v1/offices/${officeId}/staff/${user.id}` };
      },
    },
    "GET /api/v1/agendas": open(() => "/api/v1/agendas"),
    "GET /api/v1/fee-rule": open(() => "/api/v1/fee-rule"),
    "GET /api/v1/memberships": open(async () => {
      await made();
      return "/api/v1/memberships?status=active";
    }),
    "POST /api/v1/memberships": {
      allow: admin,
      async prepare() {
        const j = await services().jurisdictions.create(
          { name: `Joining ${freshYear()}`, type: "town", country: "PT" },
          SYSTEM,
        );
        return { path: "/api/v1/memberships", body: membership(j.id, (await made()).officeId) };
      },
    },
    "GET /api/v1/memberships/mine": {
      allow: signedIn,
      prepare: async () => ({ path: "/api/v1/memberships/mine" }),
    },
    "GET /api/v1/memberships/{id}": open(async () => `/api/v1/memberships/${(await made()).membershipId}`),
    "PUT /api/v1/memberships/{id}": {
      allow: admin,
      async prepare() {
        const { membershipId, officeId } = await made();
        return {
          path: `/api/v1/memberships/${membershipId}`,
          body: membership(ctx.cityA(), officeId),
          headers: await ifMatch(membershipId),
        };
      },
    },
    "GET /api/v1/memberships/{id}/private": {
      allow: aMembers,
      prepare: async () => ({ path: `/api/v1/memberships/${(await made()).membershipId}/private` }),
    },
    "PUT /api/v1/memberships/{id}/contacts": {
      allow: aMembers,
      async prepare() {
        const { membershipId } = await made();
        return {
          path: `/api/v1/memberships/${membershipId}/contacts`,
          body: {
            contacts: [
              { role: "mayor", name: "A. Mayor", title: null, email: "mayor@a.example", phone: null },
            ],
          },
          headers: await ifMatch(membershipId),
        };
      },
    },
    "PUT /api/v1/memberships/{id}/profile": {
      allow: aMembers,
      async prepare() {
        const { membershipId } = await made();
        return {
          path: `/api/v1/memberships/${membershipId}/profile`,
          body: { agendas: ["low-carbon"], showcase: [] },
          headers: await ifMatch(membershipId),
        };
      },
    },
    "POST /api/v1/memberships/{id}/invoices": {
      allow: admin,
      prepare: async () => ({
        path: `/api/v1/memberships/${(await made()).feeMembershipId}/invoices`,
        body: { year: 1990 + (freshYear() % 100) },
      }),
    },
    "POST /api/v1/memberships/{id}/invoices/{invoiceId}/paid": {
      allow: admin,
      async prepare() {
        const { feeMembershipId } = await made();
        const invoice = await services().memberships.issueInvoice(
          feeMembershipId,
          2000 + (freshYear() % 100),
          "2024-01-01",
          SYSTEM,
        );
        return { path: `/api/v1/memberships/${feeMembershipId}/invoices/${invoice.id}/paid`, body: {} };
      },
    },
    "GET /api/v1/memberships/{id}/matches": open(
      async () => `/api/v1/memberships/${(await made()).membershipId}/matches`,
    ),
    "GET /api/v1/jurisdictions/{id}/membership": open(async () => {
      await made();
      return `/api/v1/jurisdictions/${ctx.cityA()}/membership`;
    }),
    "GET /api/v1/programmes": open(() => "/api/v1/programmes"),
    "POST /api/v1/programmes": {
      allow: admin,
      prepare: async () => ({
        path: "/api/v1/programmes",
        body: { ...programmeInput(), key: `matrix-${freshYear()}-${Math.floor(Math.random() * 1e9)}` },
      }),
    },
    "PUT /api/v1/programmes/{id}": {
      allow: admin,
      prepare: async () => ({
        path: `/api/v1/programmes/${(await made()).programmeId}`,
        body: programmeInput(),
      }),
    },
    "GET /api/v1/programmes/{id}": open(async () => `/api/v1/programmes/${(await made()).programmeId}`),
    "PUT /api/v1/programmes/{id}/participants/{jurisdictionId}": {
      allow: admin,
      prepare: async () => ({
        path: `/api/v1/programmes/${(await made()).programmeId}/participants/${ctx.cityA()}`,
        body: { role: "participant", since: 2020, commitment: null },
      }),
    },
    "DELETE /api/v1/programmes/{id}/participants/{jurisdictionId}": {
      allow: admin,
      async prepare() {
        const { programmeId } = await made();
        const input = { jurisdictionId: ctx.cityA(), role: "lead" as const, since: null, commitment: null };
        await services().programmes.setParticipant(programmeId, input, SYSTEM);
        return { path: `/api/v1/programmes/${programmeId}/participants/${ctx.cityA()}` };
      },
    },
    "GET /api/v1/worknets": open(() => "/api/v1/worknets"),
    "POST /api/v1/worknets": {
      allow: ["reporterA", "reporterB", "approverA", "admin"],
      prepare: async () => ({
        path: "/api/v1/worknets",
        body: {
          name: `Heat ${freshYear()} ${Math.random()}`,
          challenge: "extreme heat",
          agendas: ["resilient"],
        },
      }),
    },
    "POST /api/v1/worknets/{id}/members": {
      allow: aMembers,
      async prepare() {
        await made();
        return {
          path: `/api/v1/worknets/${await freshWorknet()}/members`,
          body: { jurisdictionId: ctx.cityA() },
        };
      },
    },
    "DELETE /api/v1/worknets/{id}/members/{jurisdictionId}": {
      allow: aMembers,
      async prepare() {
        await made();
        const id = await freshWorknet();
        await services().programmes.join(id, ctx.cityA(), SYSTEM);
        return { path: `/api/v1/worknets/${id}/members/${ctx.cityA()}` };
      },
    },
    "GET /api/v1/analytics/engagement": open(() => "/api/v1/analytics/engagement"),
    "GET /api/v1/analytics/mentoring": open(() => "/api/v1/analytics/mentoring"),
  };
}
