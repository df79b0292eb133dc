/** Presents memberships, programmes and WorkNets for the API; contacts and invoices only in `presentPrivate`. */
import type { z } from "@hono/zod-openapi";
import type {
  InvoiceRow,
  MembershipListRow,
  OfficeStaffRow,
  ShowcaseRow,
} from "../../db/repositories/member.repository.ts";
import type { MembershipPrivate as PrivateData } from "../../services/members/membership.service.ts";
import type { Membership, MembershipPrivate, MembershipProfile, OfficeStaff, Programme } from "./schema.ts";

/** The public facts of a membership (no contacts, no invoices). */
export function presentMembership(row: MembershipListRow): z.input<typeof Membership> {
  return {
    id: row.id,
    version: row.version,
    jurisdictionId: row.jurisdictionId,
    jurisdictionName: row.jurisdictionName,
    country: row.country,
    region: row.region,
    officeId: row.officeId,
    level: row.level,
    scope: row.scope,
    status: row.status,
    joinedOn: row.joinedOn,
    endedOn: row.endedOn,
    agendas: row.agendas,
    fee: {
      rule: row.feeRule,
      tier: row.feeTier,
      annualFee: row.annualFee,
      currency: row.feeCurrency,
      explanation: row.feeExplanation,
    },
  };
}

function presentShowcase(s: ShowcaseRow) {
  return {
    kind: s.kind as "action" | "achievement",
    title: s.title,
    description: s.description,
    url: s.url,
    imageUrl: s.imageUrl,
    year: s.year,
  };
}

/** A mentor or mentee. */
interface Side {
  jurisdictionId: string;
  jurisdictionName: string;
}

/** The public profile of a membership. */
export function presentProfile(p: {
  row: MembershipListRow;
  office: { id: string; name: string; city: string } | null;
  programmes: Array<{
    programme: { id: string; name: string; kind: string };
    role: string;
    since: number | null;
    until: number | null;
    commitment: string | null;
  }>;
  mentoring: Array<{ programme: { id: string; name: string }; mentor: Side; mentee: Side }>;
  worknets: Array<{ id: string; name: string }>;
  showcase: ShowcaseRow[];
}): z.input<typeof MembershipProfile> {
  return {
    ...presentMembership(p.row),
    office: p.office && { id: p.office.id, name: p.office.name, city: p.office.city },
    programmes: p.programmes.map((x) => ({
      id: x.programme.id,
      name: x.programme.name,
      kind: x.programme.kind,
      role: x.role,
      since: x.since,
      until: x.until,
      commitment: x.commitment,
    })),
    mentoring: p.mentoring.map((m) => ({
      programme: { id: m.programme.id, name: m.programme.name },
      mentor: side(m.mentor),
      mentee: side(m.mentee),
    })),
    worknets: p.worknets.map((w) => ({ id: w.id, name: w.name })),
    showcase: p.showcase.map(presentShowcase),
  };
}

const side = (s: Side): Side => ({ jurisdictionId: s.jurisdictionId, jurisdictionName: s.jurisdictionName });

/** An invoice. */
export function presentInvoice(i: InvoiceRow) {
  return {
    id: i.id,
    year: i.year,
    amount: i.amount,
    currency: i.currency,
    status: i.status as "due" | "paid",
    issuedOn: i.issuedOn,
    paidOn: i.paidOn,
  };
}

/** The private part of a membership: for the member, its office and admins only. */
export function presentPrivate(p: PrivateData): z.input<typeof MembershipPrivate> {
  return {
    membership: presentMembership(p.membership),
    contacts: p.contacts.map((c) => ({
      id: c.id,
      role: c.role as "mayor",
      name: c.name,
      title: c.title,
      email: c.email,
      phone: c.phone,
    })),
    invoices: p.invoices.map(presentInvoice),
  };
}

/** A programme with its participants. */
export function presentProgramme(p: {
  id: string;
  key: string;
  name: string;
  kind: string;
  agendas: string[];
  description: string | null;
  url: string | null;
  region: string | null;
  startYear: number | null;
  endYear: number | null;
  leadOffice: { id: string; name: string } | null;
  participants: Array<{
    jurisdictionId: string;
    jurisdictionName: string;
    role: string;
    since: number | null;
    until: number | null;
    mentorId: string | null;
    mentorName: string | null;
    commitment: string | null;
  }>;
  mentoring: Array<{ mentor: Side; mentee: Side }>;
}): z.input<typeof Programme> {
  const { id, key, name, kind, agendas, description, url, region, startYear, endYear } = p;
  return {
    id,
    key,
    name,
    kind,
    agendas,
    description,
    url,
    region,
    startYear,
    endYear,
    leadOffice: p.leadOffice && { id: p.leadOffice.id, name: p.leadOffice.name },
    participants: p.participants.map((x) => ({
      jurisdictionId: x.jurisdictionId,
      jurisdictionName: x.jurisdictionName,
      role: x.role,
      since: x.since,
      until: x.until,
      mentorId: x.mentorId,
      mentorName: x.mentorName,
      commitment: x.commitment,
    })),
    mentoring: p.mentoring.map((m) => ({ mentor: side(m.mentor), mentee: side(m.mentee) })),
  };
}

/** A user on an office's staff. */
export function presentStaff(s: OfficeStaffRow): z.input<typeof OfficeStaff> {
  return { userId: s.userId, email: s.email, name: s.name, since: s.createdAt.toISOString() };
}

/** A WorkNet with its members. */
export function presentWorknet(w: {
  id: string;
  name: string;
  challenge: string;
  agendas: string[];
  createdAt: Date;
  members: Array<{ jurisdictionId: string; jurisdictionName: string; joinedAt: Date }>;
}) {
  return {
    id: w.id,
    name: w.name,
    challenge: w.challenge,
    agendas: w.agendas,
    createdAt: w.createdAt.toISOString(),
    members: w.members.map((m) => ({
      jurisdictionId: m.jurisdictionId,
      jurisdictionName: m.jurisdictionName,
      joinedAt: m.joinedAt.toISOString(),
    })),
  };
}
