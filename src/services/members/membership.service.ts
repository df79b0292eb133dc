/**
 * Membership use cases: the public membership facts, the member's own contacts, agendas and showcase, and what
 * its office (or an admin) manages: level, scope, status, dates, serving office, fee and invoices. Contacts and
 * invoices are personal or financial data: only the member, its office and admins read them (`member.read_private`).
 */
import { FEE_RULE, feeFor, type MembershipLevel, type MembershipScope } from "../../core/members/index.ts";
import type { Page } from "../../db/cursor.ts";
import type { Db } from "../../db/database.ts";
import { appendAuditEvent } from "../../db/repositories/audit.repository.ts";
import { findJurisdiction } from "../../db/repositories/jurisdiction.repository.ts";
import { seriesOf } from "../../db/repositories/jurisdiction-series.repository.ts";
import {
  allMemberships,
  type ContactRow,
  contactsOf,
  findInvoice,
  findMembership,
  findMembershipView,
  findOffice,
  type InvoiceRow,
  insertInvoice,
  insertMembership,
  invoicesOf,
  listMemberships,
  listOffices,
  type MembershipFilter,
  type MembershipListRow,
  type MembershipRow,
  type MembershipValues,
  markInvoicePaid,
  replaceContacts,
  replaceShowcase,
  type ShowcaseRow,
  showcaseOf,
  updateMembership,
} from "../../db/repositories/member.repository.ts";
import {
  listProgrammes,
  listWorknets,
  participantsOf,
  worknetMembersOf,
} from "../../db/repositories/programme.repository.ts";
import { authorize } from "../../policies/policy.ts";
import { alreadyExists, DomainError, notFound, validationFailed } from "../errors.ts";
import {
  type Actor,
  cursorKey,
  foundOrThrow,
  referenceOrThrow,
  requireVersion,
  uniquely,
  updatedOrThrow,
} from "../service-helpers.ts";
import { mentoringPairs } from "./programme.service.ts";

/** What an office or admin writes about a membership. */
export interface MembershipInput {
  jurisdictionId: string;
  officeId: string | null;
  level: MembershipLevel;
  scope: MembershipScope;
  status: "applied" | "active" | "lapsed" | "ended";
  joinedOn: string | null;
  endedOn: string | null;
  /** The member's urban agendas at enrolment (kept on later replacements; the member edits them). */
  agendas?: string[] | undefined;
}

/** A contact as the member writes it. */
export type ContactInput = Omit<ContactRow, "id" | "membershipId" | "position">;

/** A showcase item as the member writes it. */
export type ShowcaseInput = Omit<ShowcaseRow, "id" | "membershipId" | "position">;

/** What the member maintains on its public profile. */
export interface ProfileInput {
  agendas: string[];
  showcase: ShowcaseInput[];
}

/** The private part of a membership: contacts and invoices. */
export interface MembershipPrivate {
  membership: MembershipListRow;
  contacts: ContactRow[];
  invoices: InvoiceRow[];
}

function checkDates(input: MembershipInput): void {
  const problems = [];
  if (input.status === "active" && !input.joinedOn)
    problems.push({ path: "joinedOn", message: "an active membership needs the date it was joined" });
  if (input.status === "ended" && !input.endedOn)
    problems.push({ path: "endedOn", message: "an ended membership needs the date it ended" });
  if (input.joinedOn && input.endedOn && input.endedOn < input.joinedOn)
    problems.push({ path: "endedOn", message: `is before joinedOn (${input.joinedOn})` });
  if (problems.length > 0) throw validationFailed(problems);
}

/** Membership use cases over one database. */
export class MembershipService {
  constructor(private readonly db: Db) {}

  /** The network's offices, each with how many memberships it serves. */
  async offices() {
    const [offices, members] = await Promise.all([listOffices(this.db), allMemberships(this.db)]);
    return offices.map((o) => ({ ...o, members: members.filter((m) => m.officeId === o.id).length }));
  }

  /** Public: a page of memberships (facts only). */
  list(
    query: Omit<MembershipFilter, "after"> & { cursor?: string | undefined },
  ): Promise<Page<MembershipListRow>> {
    return listMemberships(this.db, { ...query, after: cursorKey(query.cursor) });
  }

  /** Public: one membership's profile (facts, office, programmes, WorkNets, showcase). */
  async get(id: string) {
    return this.profile(foundOrThrow(await findMembershipView(this.db, { id }), "membership", id));
  }

  /** Public: a jurisdiction's membership profile, or not_found when it is not a member. */
  async ofJurisdiction(jurisdictionId: string) {
    const row = await findMembershipView(this.db, { jurisdictionId });
    if (!row) throw notFound("membership of jurisdiction", jurisdictionId);
    return this.profile(row);
  }

  private async profile(row: MembershipListRow) {
    const [office, participation, programmes, nets, netMembers, showcase] = await Promise.all([
      row.officeId ? findOffice(this.db, row.officeId) : undefined,
      participantsOf(this.db, { jurisdictionId: row.jurisdictionId }),
      listProgrammes(this.db),
      listWorknets(this.db),
      worknetMembersOf(this.db, { jurisdictionId: row.jurisdictionId }),
      showcaseOf(this.db, row.id),
    ]);
    const inNets = new Set(netMembers.map((m) => m.worknetId));
    const together = await participantsOf(this.db, { programmeIds: participation.map((p) => p.programmeId) });
    const mentoring = participation.flatMap((p) => {
      const programme = programmes.find((x) => x.id === p.programmeId);
      if (!programme) return [];
      return mentoringPairs(together.filter((x) => x.programmeId === p.programmeId))
        .filter((pair) => [pair.mentor, pair.mentee].some((s) => s.jurisdictionId === row.jurisdictionId))
        .map((pair) => ({ programme: { id: programme.id, name: programme.name }, ...pair }));
    });
    return {
      mentoring,
      row,
      office: office ?? null,
      programmes: participation.flatMap((p) => {
        const programme = programmes.find((x) => x.id === p.programmeId);
        return programme ? [{ ...p, programme }] : [];
      }),
      worknets: nets.filter((w) => inNets.has(w.id)),
      showcase,
    };
  }

  /** The memberships `actor` maintains as a member (reporter or approver of the jurisdiction). */
  async mine(actor: Actor): Promise<MembershipListRow[]> {
    authorize(actor, "token.own");
    const ids = [...new Set([...actor.reporterOf, ...actor.approverOf])];
    const rows = await Promise.all(
      ids.map((jurisdictionId) => findMembershipView(this.db, { jurisdictionId })),
    );
    return rows
      .filter((r): r is MembershipListRow => r !== undefined)
      .sort((a, b) => a.jurisdictionName.localeCompare(b.jurisdictionName));
  }

  /** Contacts and invoices, for the member, its office and admins only. */
  async privateOf(id: string, actor: Actor): Promise<MembershipPrivate> {
    authorize(actor, "member.read_private");
    const membership = foundOrThrow(await findMembershipView(this.db, { id }), "membership", id);
    authorize(actor, "member.read_private", membership.jurisdictionId, membership.officeId);
    return {
      membership,
      contacts: await contactsOf(this.db, id),
      invoices: await invoicesOf(this.db, [id]),
    };
  }

  /** The memberships an office serves, with their private parts, for its staff and admins. */
  async officeMembers(officeId: string, actor: Actor): Promise<MembershipPrivate[]> {
    authorize(actor, "member.manage");
    foundOrThrow(await findOffice(this.db, officeId), "office", officeId);
    authorize(actor, "member.manage", undefined, officeId);
    const rows: MembershipListRow[] = [];
    let cursor: string | undefined;
    do {
      const page = await listMemberships(this.db, { officeId, limit: 200, after: cursorKey(cursor) });
      rows.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const invoices = await invoicesOf(
      this.db,
      rows.map((r) => r.id),
    );
    return Promise.all(
      rows.map(async (membership) => ({
        membership,
        contacts: await contactsOf(this.db, membership.id),
        invoices: invoices.filter((i) => i.membershipId === membership.id),
      })),
    );
  }

  /** Creates a membership (its office's staff or an admin), computing its fee by the published rule. */
  create(input: MembershipInput, actor: Actor): Promise<MembershipRow> {
    authorize(actor, "member.manage", input.jurisdictionId, input.officeId);
    checkDates(input);
    return this.db.transaction(async (tx) => {
      const values = await this.valuesOf(tx, input);
      const row = await uniquely("membership", { jurisdictionId: input.jurisdictionId }, () =>
        insertMembership(tx, values, actor.id),
      );
      await this.audit(tx, actor, row, "create");
      return row;
    });
  }

  /** Replaces a membership's facts at `expectedVersion`; the office must serve it before and after. */
  update(id: string, expectedVersion: number | undefined, input: MembershipInput, actor: Actor) {
    authorize(actor, "member.manage");
    return this.db.transaction(async (tx) => {
      const current = foundOrThrow(await findMembership(tx, id), "membership", id);
      authorize(actor, "member.manage", current.jurisdictionId, current.officeId);
      authorize(actor, "member.manage", input.jurisdictionId, input.officeId);
      if (input.jurisdictionId !== current.jurisdictionId)
        throw validationFailed([
          { path: "jurisdictionId", message: "a membership cannot move to another jurisdiction" },
        ]);
      checkDates(input);
      const version = requireVersion(expectedVersion);
      const outcome = await updateMembership(
        tx,
        id,
        version,
        await this.valuesOf(tx, input, current),
        actor.id,
      );
      const row = updatedOrThrow(outcome, "membership", id, version);
      await this.audit(tx, actor, row, "update");
      return row;
    });
  }

  /** Replaces the member's contacts (the member, its office or an admin). */
  replaceContacts(id: string, expectedVersion: number | undefined, contacts: ContactInput[], actor: Actor) {
    return this.memberEdit(id, expectedVersion, actor, "update-contacts", async (tx, row) => {
      await replaceContacts(tx, row.id, contacts);
      return { contacts };
    });
  }

  /** Replaces the member's agendas and showcase of local action (the member, its office or an admin). */
  updateProfile(id: string, expectedVersion: number | undefined, profile: ProfileInput, actor: Actor) {
    return this.memberEdit(
      id,
      expectedVersion,
      actor,
      "update-profile",
      async (tx, row) => {
        await replaceShowcase(tx, row.id, profile.showcase);
        return { agendas: profile.agendas, showcase: profile.showcase };
      },
      { agendas: [...new Set(profile.agendas)] },
    );
  }

  /** Issues the year's invoice at the stored annual fee (its office or an admin). */
  issueInvoice(id: string, year: number, issuedOn: string, actor: Actor): Promise<InvoiceRow> {
    authorize(actor, "member.manage");
    return this.db.transaction(async (tx) => {
      const m = foundOrThrow(await findMembership(tx, id), "membership", id);
      authorize(actor, "member.manage", m.jurisdictionId, m.officeId);
      if (m.annualFee === null || m.feeCurrency === null)
        throw validationFailed([
          { path: "year", message: `membership ${id} has no fee: ${m.feeExplanation ?? "no fee tier"}` },
        ]);
      const row = await insertInvoice(tx, {
        membershipId: id,
        year,
        amount: m.annualFee,
        currency: m.feeCurrency,
        status: "due",
        issuedOn,
        createdBy: actor.id,
      });
      if (!row) throw alreadyExists("invoice", { membershipId: id, year });
      await appendAuditEvent(tx, {
        actor: actor.id,
        entity: "membership-invoice",
        entityId: row.id,
        action: "create",
        state: row,
      });
      return row;
    });
  }

  /** Marks a due invoice paid (its office or an admin). */
  markPaid(id: string, invoiceId: string, paidOn: string, actor: Actor): Promise<InvoiceRow> {
    authorize(actor, "member.manage");
    return this.db.transaction(async (tx) => {
      const m = foundOrThrow(await findMembership(tx, id), "membership", id);
      authorize(actor, "member.manage", m.jurisdictionId, m.officeId);
      const invoice = foundOrThrow(await findInvoice(tx, id, invoiceId), "invoice", invoiceId);
      const row = await markInvoicePaid(tx, id, invoiceId, paidOn);
      if (!row)
        throw new DomainError("invalid_transition", `invoice ${invoiceId} is already ${invoice.status}`);
      await appendAuditEvent(tx, {
        actor: actor.id,
        entity: "membership-invoice",
        entityId: row.id,
        action: "paid",
        state: row,
      });
      return row;
    });
  }

  private memberEdit(
    id: string,
    expectedVersion: number | undefined,
    actor: Actor,
    action: string,
    write: (tx: Db, row: MembershipRow) => Promise<unknown>,
    values: Partial<MembershipValues> = {},
  ): Promise<MembershipRow> {
    authorize(actor, "member.edit");
    return this.db.transaction(async (tx) => {
      const current = foundOrThrow(await findMembership(tx, id), "membership", id);
      authorize(actor, "member.edit", current.jurisdictionId, current.officeId);
      const version = requireVersion(expectedVersion);
      const row = updatedOrThrow(
        await updateMembership(tx, id, version, values, actor.id),
        "membership",
        id,
        version,
      );
      const written = await write(tx, row);
      await appendAuditEvent(tx, {
        actor: actor.id,
        entity: "membership",
        entityId: id,
        action,
        state: { id, version: row.version, ...(written as object) },
      });
      return row;
    });
  }

  private async valuesOf(tx: Db, input: MembershipInput, current?: MembershipRow): Promise<MembershipValues> {
    const jurisdiction = referenceOrThrow(
      await findJurisdiction(tx, input.jurisdictionId),
      "jurisdictionId",
      "jurisdiction",
      input.jurisdictionId,
    );
    if (input.officeId !== null)
      referenceOrThrow(await findOffice(tx, input.officeId), "officeId", "office", input.officeId);
    const series = (await seriesOf(tx, [jurisdiction.id])).get(jurisdiction.id) ?? [];
    const population = series.filter((p) => p.indicator === "population").at(-1)?.value ?? null;
    const fee = feeFor({ population, country: jurisdiction.country, level: input.level, scope: input.scope });
    return {
      jurisdictionId: input.jurisdictionId,
      officeId: input.officeId,
      level: input.level,
      scope: input.scope,
      status: input.status,
      joinedOn: input.joinedOn,
      endedOn: input.endedOn,
      agendas: current?.agendas ?? [...new Set(input.agendas ?? [])],
      feeRule: FEE_RULE.id,
      feeTier: fee.ok ? fee.tier : null,
      annualFee: fee.ok ? fee.annualFee : null,
      feeCurrency: fee.ok ? fee.currency : null,
      feeExplanation: fee.ok ? fee.explanation : fee.reason,
    };
  }

  private audit(tx: Db, actor: Actor, row: MembershipRow, action: string) {
    const { createdAt: _c, updatedAt: _u, ...state } = row;
    return appendAuditEvent(tx, { actor: actor.id, entity: "membership", entityId: row.id, action, state });
  }
}
