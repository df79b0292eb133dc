/** SQL for programmes, networks and projects, their participants, and WorkNets with their members. */
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../database.ts";
import {
  jurisdictions,
  programmeParticipants,
  programmes,
  worknetMembers,
  worknets,
} from "../schema/index.ts";

export type ProgrammeRow = typeof programmes.$inferSelect;
export type ParticipantRow = typeof programmeParticipants.$inferSelect & {
  jurisdictionName: string;
  /** The mentor's name, when it has one. */
  mentorName: string | null;
};
/** The writable fields of a programme. */
export type ProgrammeValues = Omit<typeof programmes.$inferInsert, "id" | "createdAt">;
export type WorknetRow = typeof worknets.$inferSelect;
export type WorknetMemberRow = typeof worknetMembers.$inferSelect & { jurisdictionName: string };

/** Inserts a programme unless its key exists; returns the stored one. */
export async function upsertProgramme(db: Db, values: typeof programmes.$inferInsert): Promise<ProgrammeRow> {
  await db.insert(programmes).values(values).onConflictDoNothing();
  const [row] = await db.select().from(programmes).where(eq(programmes.key, values.key));
  return row as ProgrammeRow;
}

/** Inserts a programme; undefined when its key is taken. */
export async function insertProgramme(db: Db, values: ProgrammeValues): Promise<ProgrammeRow | undefined> {
  const [row] = await db.insert(programmes).values(values).onConflictDoNothing().returning();
  return row;
}

/** Replaces a programme's fields (its key stays); undefined when there is no such programme. */
export async function updateProgramme(
  db: Db,
  id: string,
  values: Omit<ProgrammeValues, "key">,
): Promise<ProgrammeRow | undefined> {
  const [row] = await db.update(programmes).set(values).where(eq(programmes.id, id)).returning();
  return row;
}

/** Every programme, by name. */
export function listProgrammes(db: Db): Promise<ProgrammeRow[]> {
  return db.select().from(programmes).orderBy(asc(programmes.name));
}

/** One programme. */
export async function findProgramme(db: Db, id: string): Promise<ProgrammeRow | undefined> {
  const [row] = await db.select().from(programmes).where(eq(programmes.id, id));
  return row;
}

/** Participants of programmes (all when `programmeIds` is undefined), by jurisdiction name. */
export async function participantsOf(db: Db, filter: { programmeIds?: string[]; jurisdictionId?: string }) {
  const where = [];
  if (filter.programmeIds) where.push(inArray(programmeParticipants.programmeId, filter.programmeIds));
  if (filter.jurisdictionId) where.push(eq(programmeParticipants.jurisdictionId, filter.jurisdictionId));
  const mentor = alias(jurisdictions, "mentor");
  const rows = await db
    .select({ p: programmeParticipants, jurisdictionName: jurisdictions.name, mentorName: mentor.name })
    .from(programmeParticipants)
    .innerJoin(jurisdictions, eq(jurisdictions.id, programmeParticipants.jurisdictionId))
    .leftJoin(mentor, eq(mentor.id, programmeParticipants.mentorId))
    .where(and(...where))
    .orderBy(asc(jurisdictions.name), asc(programmeParticipants.programmeId));
  return rows.map(
    (r): ParticipantRow => ({ ...r.p, jurisdictionName: r.jurisdictionName, mentorName: r.mentorName }),
  );
}

/** Adds or updates a participant. */
export async function upsertParticipant(
  db: Db,
  values: Omit<typeof programmeParticipants.$inferInsert, "createdAt">,
) {
  await db
    .insert(programmeParticipants)
    .values(values)
    .onConflictDoUpdate({
      target: [programmeParticipants.programmeId, programmeParticipants.jurisdictionId],
      set: {
        role: values.role,
        since: values.since,
        until: values.until,
        mentorId: values.mentorId,
        commitment: values.commitment,
      },
    });
}

/** Clears `mentorId` as the mentor of its mentees in a programme (when it leaves or stops mentoring). */
export async function clearMentor(db: Db, programmeId: string, mentorId: string) {
  await db
    .update(programmeParticipants)
    .set({ mentorId: null })
    .where(
      and(eq(programmeParticipants.programmeId, programmeId), eq(programmeParticipants.mentorId, mentorId)),
    );
}

/** Removes a participant; whether there was one. */
export async function deleteParticipant(db: Db, programmeId: string, jurisdictionId: string) {
  const rows = await db
    .delete(programmeParticipants)
    .where(
      and(
        eq(programmeParticipants.programmeId, programmeId),
        eq(programmeParticipants.jurisdictionId, jurisdictionId),
      ),
    )
    .returning();
  return rows.length > 0;
}

/** Inserts a WorkNet; undefined when the name is taken. */
export async function insertWorknet(db: Db, values: typeof worknets.$inferInsert) {
  const [row] = await db.insert(worknets).values(values).onConflictDoNothing().returning();
  return row;
}

/** A WorkNet by name. */
export async function findWorknetByName(db: Db, name: string): Promise<WorknetRow | undefined> {
  const [row] = await db.select().from(worknets).where(eq(worknets.name, name));
  return row;
}

/** One WorkNet. */
export async function findWorknet(db: Db, id: string): Promise<WorknetRow | undefined> {
  const [row] = await db.select().from(worknets).where(eq(worknets.id, id));
  return row;
}

/** Every WorkNet, by name. */
export function listWorknets(db: Db): Promise<WorknetRow[]> {
  return db.select().from(worknets).orderBy(asc(worknets.name));
}

/** Members of WorkNets (all, or one jurisdiction's), by jurisdiction name. */
export async function worknetMembersOf(db: Db, filter: { jurisdictionId?: string } = {}) {
  const rows = await db
    .select({ m: worknetMembers, jurisdictionName: jurisdictions.name })
    .from(worknetMembers)
    .innerJoin(jurisdictions, eq(jurisdictions.id, worknetMembers.jurisdictionId))
    .where(filter.jurisdictionId ? eq(worknetMembers.jurisdictionId, filter.jurisdictionId) : sql`true`)
    .orderBy(asc(jurisdictions.name));
  return rows.map((r): WorknetMemberRow => ({ ...r.m, jurisdictionName: r.jurisdictionName }));
}

/** Adds a member to a WorkNet; false when it already was one. */
export async function joinWorknet(db: Db, worknetId: string, jurisdictionId: string, actor: string) {
  const rows = await db
    .insert(worknetMembers)
    .values({ worknetId, jurisdictionId, joinedBy: actor })
    .onConflictDoNothing()
    .returning();
  return rows.length > 0;
}

/** Removes a member from a WorkNet; whether it was one. */
export async function leaveWorknet(db: Db, worknetId: string, jurisdictionId: string) {
  const rows = await db
    .delete(worknetMembers)
    .where(and(eq(worknetMembers.worknetId, worknetId), eq(worknetMembers.jurisdictionId, jurisdictionId)))
    .returning();
  return rows.length > 0;
}
