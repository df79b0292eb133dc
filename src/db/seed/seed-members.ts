/**
 * Seeds the network's offices, programmes, memberships, programme participants, WorkNets and 2025 invoices of
 * the demonstration network by the rules in `demo-members.ts`, through the services, as the system.
 * Idempotent: offices and programmes by key, memberships by jurisdiction, WorkNets by name, invoices by year.
 */
import { SYSTEM } from "../../services/service-helpers.ts";
import type { Services } from "../../services/services.ts";
import type { Db } from "../database.ts";
import {
  addOfficeStaff,
  findMembershipOf,
  invoicesOf,
  upsertOffice,
} from "../repositories/member.repository.ts";
import { findWorknetByName, participantsOf, upsertProgramme } from "../repositories/programme.repository.ts";
import { findUserByEmail } from "../repositories/user.repository.ts";
import {
  DEMO_MEMBER_RULES,
  DEMO_OFFICE_USER,
  DEMO_OFFICES,
  DEMO_PROGRAMMES,
  DEMO_WORKNETS,
  type DemoMemberFacts,
  servingOffice,
} from "./demo-members.ts";
import { DEMO_PASSWORD } from "./seed-demo-users.ts";

/** A demo jurisdiction as the member rules see it. */
export interface DemoMember extends DemoMemberFacts {
  jurisdictionId: string;
  country: string;
}

/** What the members seed created. */
export interface MembersSeedReport {
  memberships: number;
  participants: number;
  worknets: number;
  invoices: number;
  demoUsers: string[];
}

/** Seeds the network side of the demonstration for `members`. */
export async function seedMembers(
  tx: Db,
  services: Services,
  members: readonly DemoMember[],
  demoUsers: boolean,
): Promise<MembersSeedReport> {
  const report: MembersSeedReport = {
    memberships: 0,
    participants: 0,
    worknets: 0,
    invoices: 0,
    demoUsers: [],
  };
  const offices = new Map<string, string>();
  for (const { key, ...o } of DEMO_OFFICES) offices.set(key, (await upsertOffice(tx, { key, ...o })).id);
  const programmes = new Map<string, string>();
  for (const { leadOffice, ...p } of DEMO_PROGRAMMES) {
    const leadOfficeId = leadOffice ? (offices.get(leadOffice) ?? null) : null;
    programmes.set(p.key, (await upsertProgramme(tx, { ...p, leadOfficeId })).id);
  }

  const existingParticipants = new Set(
    (await participantsOf(tx, {})).map((p) => `${p.programmeId}:${p.jurisdictionId}`),
  );
  for (const m of members) {
    let membership = await findMembershipOf(tx, m.jurisdictionId);
    if (!membership) {
      const level = DEMO_MEMBER_RULES.level(m);
      const input = {
        jurisdictionId: m.jurisdictionId,
        officeId: offices.get(servingOffice(m.country)) ?? null,
        level,
        scope: "global" as const,
        status: "active" as const,
        joinedOn: DEMO_MEMBER_RULES.joinedOn,
        endedOn: null,
        agendas: DEMO_MEMBER_RULES.agendas(m),
      };
      membership = await services.memberships.create(input, SYSTEM);
      report.memberships += 1;
    }
    const year = DEMO_MEMBER_RULES.invoiceYear;
    const invoiced = (await invoicesOf(tx, [membership.id])).some((i) => i.year === year);
    if (!invoiced && membership.annualFee !== null) {
      await services.memberships.issueInvoice(membership.id, year, `${year}-01-15`, SYSTEM);
      report.invoices += 1;
    }
    for (const key of DEMO_MEMBER_RULES.programmes(m)) {
      const programmeId = programmes.get(key) as string;
      if (existingParticipants.has(`${programmeId}:${m.jurisdictionId}`)) continue;
      const input = {
        jurisdictionId: m.jurisdictionId,
        role: "participant" as const,
        since: 2021,
        commitment: null,
      };
      await services.programmes.setParticipant(programmeId, input, SYSTEM);
      report.participants += 1;
    }
  }
  for (const w of DEMO_WORKNETS) {
    if (await findWorknetByName(tx, w.name)) continue;
    const net = await services.programmes.createWorknet(
      { name: w.name, challenge: w.challenge, agendas: w.agendas },
      SYSTEM,
    );
    for (const m of members.filter(w.member))
      await services.programmes.join(net.id, m.jurisdictionId, SYSTEM);
    report.worknets += 1;
  }
  if (demoUsers && !(await findUserByEmail(tx, DEMO_OFFICE_USER.email))) {
    const user = await services.users.create(
      { email: DEMO_OFFICE_USER.email, name: DEMO_OFFICE_USER.name, password: DEMO_PASSWORD, roles: [] },
      SYSTEM,
    );
    await addOfficeStaff(tx, user.id, offices.get(DEMO_OFFICE_USER.office) as string, SYSTEM.id);
    report.demoUsers.push(DEMO_OFFICE_USER.email);
  }
  return report;
}
