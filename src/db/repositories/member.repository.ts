/** SQL for offices, office staff, memberships, their contacts, invoices and showcase. */
import { and, asc, eq, inArray, type SQL } from "drizzle-orm";
import { type CursorKey, type Page, toPage } from "../cursor.ts";
import type { Db } from "../database.ts";
import {
  jurisdictions,
  membershipContacts,
  membershipInvoices,
  memberships,
  officeStaff,
  offices,
  showcaseItems,
  users,
} from "../schema/index.ts";
import { afterText, bump, clampLimit, missedUpdate, type UpdateOutcome } from "./query-helpers.ts";

export type OfficeRow = typeof offices.$inferSelect;
export type MembershipRow = typeof memberships.$inferSelect;
export type ContactRow = typeof membershipContacts.$inferSelect;
export type InvoiceRow = typeof membershipInvoices.$inferSelect;
export type ShowcaseRow = typeof showcaseItems.$inferSelect;

/** The writable fields of a membership. */
export type MembershipValues = Omit<
  typeof memberships.$inferInsert,
  "id" | "createdAt" | "updatedAt" | "createdBy" | "updatedBy" | "version"
>;

/** A membership with its jurisdiction's name, country and region. */
export type MembershipListRow = MembershipRow & {
  jurisdictionName: string;
  country: string;
  region: string | null;
};

/** Filters of the membership list. */
export interface MembershipFilter {
  officeId?: string | undefined;
  status?: string | undefined;
  level?: string | undefined;
  region?: string | undefined;
  limit?: number | undefined;
  after?: CursorKey | undefined;
}

/** Inserts an office unless its key exists; returns the stored office. */
export async function upsertOffice(db: Db, values: typeof offices.$inferInsert): Promise<OfficeRow> {
  await db.insert(offices).values(values).onConflictDoNothing();
  const [row] = await db.select().from(offices).where(eq(offices.key, values.key));
  return row as OfficeRow;
}

/** Every office, by name. */
export function listOffices(db: Db): Promise<OfficeRow[]> {
  return db.select().from(offices).orderBy(asc(offices.name));
}

/** One office. */
export async function findOffice(db: Db, id: string): Promise<OfficeRow | undefined> {
  const [row] = await db.select().from(offices).where(eq(offices.id, id));
  return row;
}

/** The offices a user works for. */
export async function officesOfUser(db: Db, userId: string): Promise<string[]> {
  const rows = await db
    .select({ officeId: officeStaff.officeId })
    .from(officeStaff)
    .where(eq(officeStaff.userId, userId));
  return rows.map((r) => r.officeId);
}

/** The offices a user works for, as rows, by name. */
export function officeRowsOfUser(db: Db, userId: string): Promise<OfficeRow[]> {
  return db
    .select({ office: offices })
    .from(officeStaff)
    .innerJoin(offices, eq(offices.id, officeStaff.officeId))
    .where(eq(officeStaff.userId, userId))
    .orderBy(asc(offices.name))
    .then((rows) => rows.map((r) => r.office));
}

/** A user on an office's staff, with their name and email. */
export interface OfficeStaffRow {
  userId: string;
  email: string;
  name: string;
  createdAt: Date;
  createdBy: string;
}

/** An office's staff, by name. */
export function staffOfOffice(db: Db, officeId: string): Promise<OfficeStaffRow[]> {
  return db
    .select({
      userId: officeStaff.userId,
      email: users.email,
      name: users.name,
      createdAt: officeStaff.createdAt,
      createdBy: officeStaff.createdBy,
    })
    .from(officeStaff)
    .innerJoin(users, eq(users.id, officeStaff.userId))
    .where(eq(officeStaff.officeId, officeId))
    .orderBy(asc(users.name), asc(users.id));
}

/** Adds a user to an office's staff; false when already there. */
export async function addOfficeStaff(db: Db, userId: string, officeId: string, actor: string) {
  const rows = await db
    .insert(officeStaff)
    .values({ userId, officeId, createdBy: actor })
    .onConflictDoNothing()
    .returning();
  return rows.length > 0;
}

/** Removes a user from an office's staff; whether they were on it. */
export async function removeOfficeStaff(db: Db, userId: string, officeId: string) {
  const rows = await db
    .delete(officeStaff)
    .where(and(eq(officeStaff.userId, userId), eq(officeStaff.officeId, officeId)))
    .returning();
  return rows.length > 0;
}

/** Inserts a membership. */
export async function insertMembership(db: Db, values: MembershipValues, actor: string) {
  const [row] = await db
    .insert(memberships)
    .values({ ...values, createdBy: actor, updatedBy: actor })
    .returning();
  return row as MembershipRow;
}

/** Reads one membership. */
export async function findMembership(db: Db, id: string): Promise<MembershipRow | undefined> {
  const [row] = await db.select().from(memberships).where(eq(memberships.id, id));
  return row;
}

/** Reads a jurisdiction's membership. */
export async function findMembershipOf(db: Db, jurisdictionId: string): Promise<MembershipRow | undefined> {
  const [row] = await db.select().from(memberships).where(eq(memberships.jurisdictionId, jurisdictionId));
  return row;
}

/** Replaces a membership's fields if its version is still `expectedVersion`. */
export async function updateMembership(
  db: Db,
  id: string,
  expectedVersion: number,
  values: Partial<MembershipValues>,
  actor: string,
): Promise<UpdateOutcome<MembershipRow>> {
  const [row] = await db
    .update(memberships)
    .set({ ...values, ...bump(memberships.version, actor) })
    .where(and(eq(memberships.id, id), eq(memberships.version, expectedVersion)))
    .returning();
  if (row) return { ok: true, row };
  const [current] = await db
    .select({ version: memberships.version })
    .from(memberships)
    .where(eq(memberships.id, id));
  return missedUpdate(current);
}

const LIST_COLUMNS = {
  membership: memberships,
  jurisdictionName: jurisdictions.name,
  country: jurisdictions.country,
  region: jurisdictions.region,
};

function flatten(r: {
  membership: MembershipRow;
  jurisdictionName: string;
  country: string;
  region: string | null;
}) {
  return { ...r.membership, jurisdictionName: r.jurisdictionName, country: r.country, region: r.region };
}

/** Lists memberships by jurisdiction name, filtered, one page at a time. */
export async function listMemberships(db: Db, filter: MembershipFilter): Promise<Page<MembershipListRow>> {
  const limit = clampLimit(filter.limit);
  const where: SQL[] = [];
  if (filter.officeId) where.push(eq(memberships.officeId, filter.officeId));
  if (filter.status) where.push(eq(memberships.status, filter.status));
  if (filter.level) where.push(eq(memberships.level, filter.level));
  if (filter.region) where.push(eq(jurisdictions.region, filter.region));
  if (filter.after) where.push(afterText(jurisdictions.name, memberships.id, filter.after));
  const rows = await db
    .select(LIST_COLUMNS)
    .from(memberships)
    .innerJoin(jurisdictions, eq(jurisdictions.id, memberships.jurisdictionId))
    .where(and(...where))
    .orderBy(asc(jurisdictions.name), asc(memberships.id))
    .limit(limit + 1);
  return toPage(rows.map(flatten), limit, (r) => [r.jurisdictionName, r.id]);
}

/** One membership with its jurisdiction, by id or by jurisdiction. */
export async function findMembershipView(
  db: Db,
  key: { id: string } | { jurisdictionId: string },
): Promise<MembershipListRow | undefined> {
  const where = "id" in key ? eq(memberships.id, key.id) : eq(memberships.jurisdictionId, key.jurisdictionId);
  const [row] = await db
    .select(LIST_COLUMNS)
    .from(memberships)
    .innerJoin(jurisdictions, eq(jurisdictions.id, memberships.jurisdictionId))
    .where(where);
  return row && flatten(row);
}

/** Every membership with its jurisdiction (for network figures; the network is thousands, not millions). */
export async function allMemberships(db: Db): Promise<MembershipListRow[]> {
  const rows = await db
    .select(LIST_COLUMNS)
    .from(memberships)
    .innerJoin(jurisdictions, eq(jurisdictions.id, memberships.jurisdictionId))
    .orderBy(asc(jurisdictions.name), asc(memberships.id));
  return rows.map(flatten);
}

/** A membership's contacts, in the member's order. */
export function contactsOf(db: Db, membershipId: string): Promise<ContactRow[]> {
  return db
    .select()
    .from(membershipContacts)
    .where(eq(membershipContacts.membershipId, membershipId))
    .orderBy(asc(membershipContacts.position));
}

/** Replaces a membership's contacts. */
export async function replaceContacts(
  db: Db,
  membershipId: string,
  contacts: ReadonlyArray<Omit<ContactRow, "id" | "membershipId" | "position">>,
) {
  await db.delete(membershipContacts).where(eq(membershipContacts.membershipId, membershipId));
  if (contacts.length === 0) return;
  await db
    .insert(membershipContacts)
    .values(contacts.map((c, position) => ({ ...c, membershipId, position })));
}

/** A membership's showcase, in the member's order. */
export function showcaseOf(db: Db, membershipId: string): Promise<ShowcaseRow[]> {
  return db
    .select()
    .from(showcaseItems)
    .where(eq(showcaseItems.membershipId, membershipId))
    .orderBy(asc(showcaseItems.position));
}

/** Replaces a membership's showcase. */
export async function replaceShowcase(
  db: Db,
  membershipId: string,
  items: ReadonlyArray<Omit<ShowcaseRow, "id" | "membershipId" | "position">>,
) {
  await db.delete(showcaseItems).where(eq(showcaseItems.membershipId, membershipId));
  if (items.length === 0) return;
  await db.insert(showcaseItems).values(items.map((c, position) => ({ ...c, membershipId, position })));
}

/** Invoices of memberships, newest year first. */
export function invoicesOf(db: Db, membershipIds: string[]): Promise<InvoiceRow[]> {
  if (membershipIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(membershipInvoices)
    .where(inArray(membershipInvoices.membershipId, membershipIds))
    .orderBy(asc(membershipInvoices.membershipId), asc(membershipInvoices.year));
}

/** Inserts an invoice; undefined when the membership already has one for that year. */
export async function insertInvoice(
  db: Db,
  values: Omit<typeof membershipInvoices.$inferInsert, "id" | "createdAt">,
): Promise<InvoiceRow | undefined> {
  const [row] = await db.insert(membershipInvoices).values(values).onConflictDoNothing().returning();
  return row;
}

/** Marks a due invoice paid; undefined when it is not a due invoice of that membership. */
export async function markInvoicePaid(db: Db, membershipId: string, invoiceId: string, paidOn: string) {
  const [row] = await db
    .update(membershipInvoices)
    .set({ status: "paid", paidOn })
    .where(
      and(
        eq(membershipInvoices.id, invoiceId),
        eq(membershipInvoices.membershipId, membershipId),
        eq(membershipInvoices.status, "due"),
      ),
    )
    .returning();
  return row;
}

/** Finds an invoice of a membership. */
export async function findInvoice(db: Db, membershipId: string, invoiceId: string) {
  const [row] = await db
    .select()
    .from(membershipInvoices)
    .where(and(eq(membershipInvoices.id, invoiceId), eq(membershipInvoices.membershipId, membershipId)));
  return row;
}
