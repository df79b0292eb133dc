/**
 * The network and its members: offices (and their staff), memberships with contacts and invoices, the
 * member's showcase of local action, programmes/networks/projects with participants, and WorkNets.
 */
import { sql } from "drizzle-orm";
import {
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./account.schema.ts";
import { entityColumns } from "./columns.ts";
import { jurisdictions } from "./jurisdiction.schema.ts";

const ts = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });
const textArray = (name: string) => text(name).array().notNull().default(sql`'{}'::text[]`);

/** A secretariat or office of the network, with the region or countries it serves. */
export const offices = pgTable(
  "offices",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    key: text("key").notNull(),
    name: text("name").notNull(),
    /** world-secretariat, regional-secretariat, country-office, liaison-office, project-office, thematic-centre. */
    kind: text("kind").notNull(),
    city: text("city").notNull(),
    country: text("country").notNull(),
    /** The CDP-style regions it serves (jurisdictions' `region`). */
    regions: textArray("regions"),
    /** ISO countries it serves; a country office takes its countries from its region's secretariat. */
    countries: textArray("countries"),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [uniqueIndex("offices_key_key").on(t.key)],
);

/** A user working for an office: sees and manages the memberships that office serves. */
export const officeStaff = pgTable(
  "office_staff",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    officeId: uuid("office_id")
      .notNull()
      .references(() => offices.id, { onDelete: "cascade" }),
    createdAt: ts("created_at").notNull().defaultNow(),
    createdBy: text("created_by").notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.officeId] })],
);

/** A jurisdiction's membership of the network; the fee is stored as computed by the rule named. */
export const memberships = pgTable(
  "memberships",
  {
    ...entityColumns(),
    jurisdictionId: uuid("jurisdiction_id")
      .notNull()
      .references(() => jurisdictions.id),
    officeId: uuid("office_id").references(() => offices.id),
    level: text("level").notNull(),
    scope: text("scope").notNull(),
    status: text("status").notNull(),
    joinedOn: date("joined_on", { mode: "string" }),
    endedOn: date("ended_on", { mode: "string" }),
    agendas: textArray("agendas"),
    feeRule: text("fee_rule"),
    feeTier: text("fee_tier"),
    annualFee: integer("annual_fee"),
    feeCurrency: text("fee_currency"),
    feeExplanation: text("fee_explanation"),
  },
  (t) => [
    uniqueIndex("memberships_jurisdiction_key").on(t.jurisdictionId),
    index("memberships_office_idx").on(t.officeId),
  ],
);

/** A person the member names (mayor, focal point, technical officer); personal data, never public. */
export const membershipContacts = pgTable(
  "membership_contacts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    membershipId: uuid("membership_id")
      .notNull()
      .references(() => memberships.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    role: text("role").notNull(),
    name: text("name").notNull(),
    title: text("title"),
    email: text("email"),
    phone: text("phone"),
  },
  (t) => [index("membership_contacts_membership_idx").on(t.membershipId, t.position)],
);

/** A year's membership invoice, due or paid. */
export const membershipInvoices = pgTable(
  "membership_invoices",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    membershipId: uuid("membership_id")
      .notNull()
      .references(() => memberships.id, { onDelete: "cascade" }),
    year: integer("year").notNull(),
    amount: integer("amount").notNull(),
    currency: text("currency").notNull(),
    status: text("status").notNull(),
    issuedOn: date("issued_on", { mode: "string" }).notNull(),
    paidOn: date("paid_on", { mode: "string" }),
    createdAt: ts("created_at").notNull().defaultNow(),
    createdBy: text("created_by").notNull(),
  },
  (t) => [uniqueIndex("membership_invoices_year_key").on(t.membershipId, t.year)],
);

/** One item of a member's public showcase of local action (an action or achievement, with a link or photo). */
export const showcaseItems = pgTable(
  "showcase_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    membershipId: uuid("membership_id")
      .notNull()
      .references(() => memberships.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    description: text("description"),
    url: text("url"),
    imageUrl: text("image_url"),
    year: integer("year"),
  },
  (t) => [index("showcase_items_membership_idx").on(t.membershipId, t.position)],
);

/** A programme, network or project of the network, tagged with urban agendas. */
export const programmes = pgTable(
  "programmes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    key: text("key").notNull(),
    name: text("name").notNull(),
    kind: text("kind").notNull(),
    agendas: textArray("agendas"),
    description: text("description"),
    url: text("url"),
    /** Null for a global programme. */
    region: text("region"),
    startYear: integer("start_year"),
    endYear: integer("end_year"),
    /** The office that leads it (null when none is named). */
    leadOfficeId: uuid("lead_office_id").references(() => offices.id),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [uniqueIndex("programmes_key_key").on(t.key)],
);

/** A jurisdiction taking part in a programme, with its role and commitment. */
export const programmeParticipants = pgTable(
  "programme_participants",
  {
    programmeId: uuid("programme_id")
      .notNull()
      .references(() => programmes.id, { onDelete: "cascade" }),
    jurisdictionId: uuid("jurisdiction_id")
      .notNull()
      .references(() => jurisdictions.id),
    role: text("role").notNull(),
    since: integer("since"),
    /** The last year it takes part (null while it still does). */
    until: integer("until"),
    /** Its mentor within the programme: another participant whose role is mentor. */
    mentorId: uuid("mentor_id").references(() => jurisdictions.id),
    commitment: text("commitment"),
    createdAt: ts("created_at").notNull().defaultNow(),
    createdBy: text("created_by").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.programmeId, t.jurisdictionId] }),
    index("programme_participants_jurisdiction_idx").on(t.jurisdictionId),
  ],
);

/** A WorkNet: a saved group of members with a shared challenge, which members can join. */
export const worknets = pgTable(
  "worknets",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    challenge: text("challenge").notNull(),
    agendas: textArray("agendas"),
    createdAt: ts("created_at").notNull().defaultNow(),
    createdBy: text("created_by").notNull(),
  },
  (t) => [uniqueIndex("worknets_name_key").on(t.name)],
);

/** A member of a WorkNet. */
export const worknetMembers = pgTable(
  "worknet_members",
  {
    worknetId: uuid("worknet_id")
      .notNull()
      .references(() => worknets.id, { onDelete: "cascade" }),
    jurisdictionId: uuid("jurisdiction_id")
      .notNull()
      .references(() => jurisdictions.id),
    joinedAt: ts("joined_at").notNull().defaultNow(),
    joinedBy: text("joined_by").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.worknetId, t.jurisdictionId] }),
    index("worknet_members_jurisdiction_idx").on(t.jurisdictionId),
  ],
);
