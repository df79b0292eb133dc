/** The network's members through the typed client: offices, memberships, contacts, programmes, WorkNets, KPIs. */
import { type ApiError, api, unwrap } from "./client.ts";
import { etagOf } from "./inventory-writes.ts";
import type { components } from "./schema";

type Schemas = components["schemas"];
export type Office = Schemas["Office"];
export type Agenda = Schemas["Agenda"];
export type Membership = Schemas["Membership"];
export type MembershipProfile = Schemas["MembershipProfile"];
export type MembershipPrivate = Schemas["MembershipPrivate"];
export type ContactInput = Schemas["ContactInput"];
export type ShowcaseItemInput = Schemas["ShowcaseItemInput"];
export type Programme = Schemas["Programme"];
export type Worknet = Schemas["Worknet"];
export type Engagement = Schemas["Engagement"];
export type MemberMatches = Schemas["MemberMatches"];
export type Invoice = Schemas["Invoice"];
export type MembershipInput = Schemas["MembershipInput"];

const ifMatch = (version: number) => ({ "if-match": etagOf(version) });
const id = (value: string) => ({ path: { id: value } });

/** The offices of the network. */
export async function listOffices(signal?: AbortSignal): Promise<Office[]> {
  return unwrap(await api.GET("/api/v1/offices", { signal })).items;
}

/** The ten urban agendas. */
export async function listAgendas(signal?: AbortSignal): Promise<Agenda[]> {
  return unwrap(await api.GET("/api/v1/agendas", { signal })).items;
}

/** Programmes with participants. */
export async function listProgrammes(signal?: AbortSignal): Promise<Programme[]> {
  return unwrap(await api.GET("/api/v1/programmes", { signal })).items;
}

/** WorkNets with members. */
export async function listWorknets(signal?: AbortSignal): Promise<Worknet[]> {
  return unwrap(await api.GET("/api/v1/worknets", { signal })).items;
}

/** The engagement KPIs. */
export async function engagement(signal?: AbortSignal): Promise<Engagement> {
  return unwrap(await api.GET("/api/v1/analytics/engagement", { signal }));
}

/** Every membership (public facts), all pages. */
export async function allMemberships(signal?: AbortSignal): Promise<Membership[]> {
  const items: Membership[] = [];
  let cursor: string | undefined;
  do {
    const page = unwrap(
      await api.GET("/api/v1/memberships", { params: { query: { limit: 200, cursor } }, signal }),
    );
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

/** The memberships the signed-in user maintains. */
export async function myMemberships(signal?: AbortSignal): Promise<Membership[]> {
  return unwrap(await api.GET("/api/v1/memberships/mine", { signal }));
}

/** A membership's public profile. */
export async function membershipProfile(
  membershipId: string,
  signal?: AbortSignal,
): Promise<MembershipProfile> {
  return unwrap(await api.GET("/api/v1/memberships/{id}", { params: id(membershipId), signal }));
}

/** A jurisdiction's membership profile, or null when it is not a member. */
export async function jurisdictionMembership(jurisdictionId: string, signal?: AbortSignal) {
  try {
    return unwrap(
      await api.GET("/api/v1/jurisdictions/{id}/membership", { params: id(jurisdictionId), signal }),
    );
  } catch (error) {
    if ((error as ApiError).status === 404) return null;
    throw error;
  }
}

/** Contacts and invoices (the member, its office, admins). */
export async function membershipPrivate(
  membershipId: string,
  signal?: AbortSignal,
): Promise<MembershipPrivate> {
  return unwrap(await api.GET("/api/v1/memberships/{id}/private", { params: id(membershipId), signal }));
}

/** Replaces the contacts at the membership's version. */
export async function saveContacts(membershipId: string, version: number, contacts: ContactInput[]) {
  return unwrap(
    await api.PUT("/api/v1/memberships/{id}/contacts", {
      params: { ...id(membershipId), header: ifMatch(version) },
      body: { contacts },
    }),
  );
}

/** Replaces the agendas and showcase at the membership's version. */
export async function saveProfile(
  membershipId: string,
  version: number,
  body: { agendas: Agenda["id"][]; showcase: ShowcaseItemInput[] },
) {
  return unwrap(
    await api.PUT("/api/v1/memberships/{id}/profile", {
      params: { ...id(membershipId), header: ifMatch(version) },
      body: body as Schemas["MembershipProfileInput"],
    }),
  );
}

/** Suggested peers with reasons. */
export async function matchesOf(membershipId: string, signal?: AbortSignal): Promise<MemberMatches> {
  return unwrap(
    await api.GET("/api/v1/memberships/{id}/matches", {
      params: { ...id(membershipId), query: { limit: 5 } },
      signal,
    }),
  );
}

/** Joins a WorkNet. */
export async function joinWorknet(worknetId: string, jurisdictionId: string): Promise<Worknet> {
  return unwrap(
    await api.POST("/api/v1/worknets/{id}/members", { params: id(worknetId), body: { jurisdictionId } }),
  );
}

/** Leaves a WorkNet. */
export async function leaveWorknet(worknetId: string, jurisdictionId: string): Promise<Worknet> {
  return unwrap(
    await api.DELETE("/api/v1/worknets/{id}/members/{jurisdictionId}", {
      params: { path: { id: worknetId, jurisdictionId } },
    }),
  );
}

/** An office's members with contacts and invoices (its staff and admins). */
export async function officeMembers(officeId: string, signal?: AbortSignal): Promise<MembershipPrivate[]> {
  return unwrap(await api.GET("/api/v1/offices/{id}/members", { params: id(officeId), signal })).items;
}

/** Issues the year's invoice. */
export async function issueInvoice(membershipId: string, year: number): Promise<Invoice> {
  return unwrap(
    await api.POST("/api/v1/memberships/{id}/invoices", { params: id(membershipId), body: { year } }),
  );
}

/** Marks an invoice paid today. */
export async function markPaid(membershipId: string, invoiceId: string): Promise<Invoice> {
  return unwrap(
    await api.POST("/api/v1/memberships/{id}/invoices/{invoiceId}/paid", {
      params: { path: { id: membershipId, invoiceId } },
      body: {},
    }),
  );
}

/** Replaces a membership's facts (office staff, admins). */
export async function saveMembership(input: MembershipInput, existing?: Membership): Promise<Membership> {
  if (!existing) return unwrap(await api.POST("/api/v1/memberships", { body: input }));
  return unwrap(
    await api.PUT("/api/v1/memberships/{id}", {
      params: { ...id(existing.id), header: ifMatch(existing.version) },
      body: input,
    }),
  );
}

export type OfficeStaff = Schemas["OfficeStaff"];
export type ProgrammeInput = Schemas["ProgrammeInput"];
export type ParticipantInput = Schemas["ParticipantInput"];
export type WorknetInput = Schemas["WorknetInput"];

/** One programme with participants and mentoring pairs. */
export async function getProgramme(programmeId: string, signal?: AbortSignal): Promise<Programme> {
  return unwrap(await api.GET("/api/v1/programmes/{id}", { params: id(programmeId), signal }));
}

/** Creates a programme (admins) or, given `existing`, replaces its fields. */
export async function saveProgramme(
  input: ProgrammeInput,
  existing?: { id: string } | { key: string },
): Promise<Programme> {
  if (existing && "id" in existing)
    return unwrap(await api.PUT("/api/v1/programmes/{id}", { params: id(existing.id), body: input }));
  return unwrap(await api.POST("/api/v1/programmes", { body: { ...input, key: existing?.key ?? "" } }));
}

/** Adds a participant or changes its role, years, mentor and commitment (admins). */
export async function setParticipant(
  programmeId: string,
  jurisdictionId: string,
  input: ParticipantInput,
): Promise<Programme> {
  return unwrap(
    await api.PUT("/api/v1/programmes/{id}/participants/{jurisdictionId}", {
      params: { path: { id: programmeId, jurisdictionId } },
      body: input,
    }),
  );
}

/** Removes a participant (admins). */
export async function removeParticipant(programmeId: string, jurisdictionId: string): Promise<Programme> {
  return unwrap(
    await api.DELETE("/api/v1/programmes/{id}/participants/{jurisdictionId}", {
      params: { path: { id: programmeId, jurisdictionId } },
    }),
  );
}

/** Creates a WorkNet; the founding member joins it. */
export async function createWorknet(input: WorknetInput): Promise<Worknet> {
  return unwrap(await api.POST("/api/v1/worknets", { body: input }));
}

/** An office's staff (its staff and admins). */
export async function officeStaff(officeId: string, signal?: AbortSignal): Promise<OfficeStaff[]> {
  return unwrap(await api.GET("/api/v1/offices/{id}/staff", { params: id(officeId), signal })).items;
}

/** Assigns a user to an office's staff (admins); the staff after it. */
export async function addOfficeStaff(officeId: string, userId: string): Promise<OfficeStaff[]> {
  return unwrap(
    await api.PUT("/api/v1/offices/{id}/staff/{userId}", { params: { path: { id: officeId, userId } } }),
  ).items;
}

/** Removes a user from an office's staff (admins); the staff after it. */
export async function removeOfficeStaff(officeId: string, userId: string): Promise<OfficeStaff[]> {
  return unwrap(
    await api.DELETE("/api/v1/offices/{id}/staff/{userId}", { params: { path: { id: officeId, userId } } }),
  ).items;
}

export type MentoringSuggestions = Schemas["Mentoring"];

/** Suggested mentoring pairs from the analytics: a top performer and a performance partner city. */
export async function suggestedMentoring(signal?: AbortSignal): Promise<MentoringSuggestions> {
  return unwrap(await api.GET("/api/v1/analytics/mentoring", { params: { query: { limit: 10 } }, signal }));
}
