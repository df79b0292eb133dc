/**
 * Request and response schemas of the network's members: offices, agendas, the fee rule, memberships (public
 * facts apart from the private contacts and invoices), programmes, WorkNets and the membership figures.
 */
import { z } from "@hono/zod-openapi";
import { AGENDA_IDS, MEMBERSHIP_LEVELS, MEMBERSHIP_SCOPES } from "../../core/members/index.ts";

/** Membership statuses. */
export const MEMBERSHIP_STATUSES = ["applied", "active", "lapsed", "ended"] as const;
/** Roles of a member's contacts. */
export const CONTACT_ROLES = ["mayor", "focal-point", "technical-officer", "other"] as const;
/** Roles in a programme. */
export const PARTICIPANT_ROLES = ["lead", "participant", "mentor"] as const;
/** Kinds of programme. */
export const PROGRAMME_KINDS = ["programme", "network", "project"] as const;
/** Kinds of showcase item. */
export const SHOWCASE_KINDS = ["action", "achievement"] as const;

const IsoDate = z.iso.date().openapi({ example: "2024-01-31" });
const WebUrl = z
  .url({ protocol: /^https?$/ })
  .max(2000)
  .openapi({ description: "an http(s) address" });
const Agenda = z.enum(AGENDA_IDS);

/** A path with a membership id and an invoice id. */
export const InvoiceParams = z.object({
  id: z.uuid().openapi({ param: { name: "id", in: "path" } }),
  invoiceId: z.uuid().openapi({ param: { name: "invoiceId", in: "path" } }),
});

/** A path with an office id and a user id. */
export const StaffParams = z.object({
  id: z.uuid().openapi({ param: { name: "id", in: "path" } }),
  userId: z.uuid().openapi({ param: { name: "userId", in: "path" } }),
});

/** A user on an office's staff. */
export const OfficeStaff = z
  .object({
    userId: z.uuid(),
    email: z.string(),
    name: z.string(),
    since: z.string().openapi({ description: "when they were assigned" }),
  })
  .openapi("OfficeStaff");

/** A path with a programme or WorkNet id and a jurisdiction id. */
export const MemberParams = z.object({
  id: z.uuid().openapi({ param: { name: "id", in: "path" } }),
  jurisdictionId: z.uuid().openapi({ param: { name: "jurisdictionId", in: "path" } }),
});

/** An office of the network. */
export const Office = z
  .object({
    id: z.uuid(),
    key: z.string(),
    name: z.string(),
    kind: z.string(),
    city: z.string(),
    country: z.string(),
    regions: z.array(z.string()),
    countries: z.array(z.string()),
    members: z.number().int().openapi({ description: "memberships it serves" }),
  })
  .openapi("Office");

/** One of the ten urban agendas. */
export const AgendaView = z
  .object({ number: z.number().int(), id: z.string(), name: z.string() })
  .openapi("Agenda");

/** The published fee rule and the income groups it uses. */
export const FeeRuleView = z
  .object({
    id: z.string(),
    currency: z.string(),
    baseFee: z.record(z.string(), z.number()),
    incomeFactor: z.record(z.string(), z.number()),
    levelFactor: z.record(z.string(), z.number()),
    scopeFactor: z.record(z.string(), z.number()),
    roundTo: z.number(),
    incomeGroupSource: z.string(),
    incomeGroups: z.record(z.string(), z.string()),
    rule: z.string(),
  })
  .openapi("FeeRule");

/** What an office or admin writes about a membership. */
export const MembershipInput = z
  .strictObject({
    jurisdictionId: z.uuid(),
    officeId: z.uuid().nullable(),
    level: z.enum(MEMBERSHIP_LEVELS),
    scope: z.enum(MEMBERSHIP_SCOPES),
    status: z.enum(MEMBERSHIP_STATUSES),
    joinedOn: IsoDate.nullable(),
    endedOn: IsoDate.nullable(),
  })
  .openapi("MembershipInput");

/** A membership's public facts: never its contacts or invoices. */
export const Membership = z
  .object({
    id: z.uuid(),
    version: z.number().int(),
    jurisdictionId: z.uuid(),
    jurisdictionName: z.string(),
    country: z.string(),
    region: z.string().nullable(),
    officeId: z.uuid().nullable(),
    level: z.string(),
    scope: z.string(),
    status: z.string(),
    joinedOn: z.string().nullable(),
    endedOn: z.string().nullable(),
    agendas: z.array(z.string()),
    fee: z.object({
      rule: z.string().nullable(),
      tier: z.string().nullable(),
      annualFee: z.number().nullable(),
      currency: z.string().nullable(),
      explanation: z.string().nullable(),
    }),
  })
  .openapi("Membership");

/** The membership list query. */
export const MembershipQuery = z.object({
  officeId: z.uuid().optional(),
  status: z.enum(MEMBERSHIP_STATUSES).optional(),
  level: z.enum(MEMBERSHIP_LEVELS).optional(),
  region: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
  cursor: z.string().max(500).optional(),
});

/** A showcase item as the member writes it. */
export const ShowcaseItemInput = z
  .strictObject({
    kind: z.enum(SHOWCASE_KINDS),
    title: z.string().trim().min(1).max(200),
    description: z.string().max(4000).nullable(),
    url: WebUrl.nullable(),
    imageUrl: WebUrl.nullable(),
    year: z.number().int().min(1900).max(2100).nullable(),
  })
  .openapi("ShowcaseItemInput");

/** What the member maintains on its public profile. */
export const MembershipProfileInput = z
  .strictObject({
    agendas: z.array(Agenda).max(10),
    showcase: z.array(ShowcaseItemInput).max(30),
  })
  .openapi("MembershipProfileInput");

const Side = z.object({ jurisdictionId: z.uuid(), jurisdictionName: z.string() });

/** A membership's public profile: its facts, office, programmes, WorkNets and showcase. */
export const MembershipProfile = Membership.extend({
  office: z.object({ id: z.uuid(), name: z.string(), city: z.string() }).nullable(),
  programmes: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      kind: z.string(),
      role: z.string(),
      since: z.number().int().nullable(),
      until: z.number().int().nullable(),
      commitment: z.string().nullable(),
    }),
  ),
  mentoring: z
    .array(
      z.object({
        programme: z.object({ id: z.uuid(), name: z.string() }),
        mentor: Side,
        mentee: Side,
      }),
    )
    .openapi({ description: "mentoring pairs this member is in, as mentor or mentee, by programme" }),
  worknets: z.array(z.object({ id: z.uuid(), name: z.string() })),
  showcase: z.array(ShowcaseItemInput.extend({ title: z.string() })),
}).openapi("MembershipProfile");

/** A contact as the member writes it. */
export const ContactInput = z
  .strictObject({
    role: z.enum(CONTACT_ROLES),
    name: z.string().trim().min(1).max(200),
    title: z.string().max(200).nullable(),
    email: z.email().max(320).nullable(),
    phone: z
      .string()
      .regex(/^\+?[0-9 ()./-]{3,40}$/, "must be a phone number such as +55 21 2976 1000")
      .nullable(),
  })
  .openapi("ContactInput");

/** The member's contacts (replaced as a whole). */
export const ContactsInput = z
  .strictObject({ contacts: z.array(ContactInput).max(20) })
  .openapi("ContactsInput");

/** An invoice. */
export const Invoice = z
  .object({
    id: z.uuid(),
    year: z.number().int(),
    amount: z.number(),
    currency: z.string(),
    status: z.enum(["due", "paid"]),
    issuedOn: z.string(),
    paidOn: z.string().nullable(),
  })
  .openapi("Invoice");

/** A membership's private part: for the member, its office and admins only. */
export const MembershipPrivate = z
  .object({
    membership: Membership,
    contacts: z.array(ContactInput.extend({ id: z.uuid(), name: z.string() })),
    invoices: z.array(Invoice),
  })
  .openapi("MembershipPrivate");

/** Issue the year's invoice. */
export const InvoiceInput = z
  .strictObject({ year: z.number().int().min(1990).max(2100), issuedOn: IsoDate.optional() })
  .openapi("InvoiceInput");

/** Mark an invoice paid. */
export const PaidInput = z.strictObject({ paidOn: IsoDate.optional() }).openapi("PaidInput");

/** A programme, network or project with its participants. */
export const Programme = z
  .object({
    id: z.uuid(),
    key: z.string(),
    name: z.string(),
    kind: z.string(),
    agendas: z.array(z.string()),
    description: z.string().nullable(),
    url: z.string().nullable(),
    region: z.string().nullable(),
    startYear: z.number().int().nullable(),
    endYear: z.number().int().nullable(),
    leadOffice: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    participants: z.array(
      z.object({
        jurisdictionId: z.uuid(),
        jurisdictionName: z.string(),
        role: z.string(),
        since: z.number().int().nullable(),
        until: z.number().int().nullable(),
        mentorId: z.uuid().nullable(),
        mentorName: z.string().nullable(),
        commitment: z.string().nullable(),
      }),
    ),
    mentoring: z
      .array(z.object({ mentor: Side, mentee: Side }))
      .openapi({ description: "mentor and mentee pairs among the participants" }),
  })
  .openapi("Programme");

const Year = z.number().int().min(1990).max(2100);

/** A programme, network or project as an admin writes it. */
export const ProgrammeInput = z
  .strictObject({
    name: z.string().trim().min(2).max(200),
    kind: z.enum(PROGRAMME_KINDS),
    agendas: z.array(Agenda).max(10),
    description: z.string().trim().max(4000).nullable(),
    url: WebUrl.nullable(),
    region: z.string().trim().min(1).max(100).nullable(),
    startYear: Year.nullable(),
    endYear: Year.nullable(),
    leadOfficeId: z.uuid().nullable(),
  })
  .openapi("ProgrammeInput");

/** A new programme: its fields and a stable key. */
export const NewProgrammeInput = ProgrammeInput.extend({
  key: z.string().regex(/^[a-z0-9][a-z0-9-]{1,59}$/, "must be 2 to 60 lower-case letters, digits or hyphens"),
}).openapi("NewProgrammeInput");

/** A participant as an admin writes it. */
export const ParticipantInput = z
  .strictObject({
    role: z.enum(PARTICIPANT_ROLES),
    since: Year.nullable(),
    until: Year.nullable().optional(),
    mentorId: z.uuid().nullable().optional().openapi({
      description: "its mentor: another participant of the programme whose role is mentor",
    }),
    commitment: z.string().max(2000).nullable(),
  })
  .openapi("ParticipantInput");

/** A WorkNet with its members. */
export const Worknet = z
  .object({
    id: z.uuid(),
    name: z.string(),
    challenge: z.string(),
    agendas: z.array(z.string()),
    createdAt: z.string(),
    members: z.array(
      z.object({ jurisdictionId: z.uuid(), jurisdictionName: z.string(), joinedAt: z.string() }),
    ),
  })
  .openapi("Worknet");

/** A new WorkNet. */
export const WorknetInput = z
  .strictObject({
    name: z.string().trim().min(3).max(120),
    challenge: z.string().trim().min(3).max(2000),
    agendas: z.array(Agenda).max(10),
    jurisdictionId: z.uuid().optional(),
  })
  .openapi("WorknetInput");

/** Join a WorkNet as a member. */
export const JoinInput = z.strictObject({ jurisdictionId: z.uuid() }).openapi("JoinInput");

const Share = z.object({
  count: z.number().int(),
  of: z.number().int(),
  share: z.number().nullable(),
  goal: z.number().nullable(),
  met: z.boolean().nullable(),
});

/** The membership's engagement KPIs. */
export const EngagementView = z
  .object({
    members: z.number().int(),
    activeMembers: z.number().int(),
    engaged: Share,
    engagedByRegion: z.array(Share.extend({ key: z.string() })),
    engagedByLevel: z.array(Share.extend({ key: z.string() })),
    reportingByYear: z.array(Share.extend({ year: z.number().int() })),
    withTargets: Share,
    withRiskAssessment: Share,
    rule: z.string(),
  })
  .openapi("Engagement");

/** Suggested peers of a member, with reasons. */
export const MatchesView = z
  .object({
    membershipId: z.uuid(),
    jurisdictionId: z.uuid(),
    rule: z.string(),
    matches: z.array(
      z.object({
        id: z.uuid(),
        membershipId: z.uuid().nullable(),
        name: z.string(),
        score: z.number(),
        sharedAgendas: z.array(z.string()),
        sharedProgrammes: z.array(z.string()),
        reasons: z.array(z.string()),
      }),
    ),
  })
  .openapi("MemberMatches");

/** Mentoring pairs. */
export const MentoringView = z
  .object({
    rule: z.string(),
    pairs: z.array(
      z.object({
        mentor: z.object({
          id: z.uuid(),
          name: z.string(),
          reduction: z.object({
            baseYear: z.number().int(),
            latestYear: z.number().int(),
            absolute: z.number(),
            percent: z.number().nullable(),
          }),
        }),
        partner: z.object({
          id: z.uuid(),
          name: z.string(),
          need: z.string(),
          score: z.number(),
          matched: z.array(z.string()),
        }),
      }),
    ),
  })
  .openapi("Mentoring");

/** The limit of a suggestion list. */
export const LimitQuery = z.object({ limit: z.coerce.number().int().min(1).max(50).optional() });
