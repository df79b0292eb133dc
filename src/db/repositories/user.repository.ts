/** SQL for users and their role assignments. */
import { and, asc, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "../database.ts";
import { roleAssignments, users } from "../schema/index.ts";

/** A user row (with the password hash: never present it). */
export type UserRow = typeof users.$inferSelect;

/** A role assignment row. */
export type RoleRow = typeof roleAssignments.$inferSelect;

/** Inserts a user; the email is stored lowercased. */
export async function insertUser(
  db: Db,
  values: { email: string; name: string; passwordHash: string },
): Promise<UserRow> {
  const [row] = await db
    .insert(users)
    .values({ ...values, email: values.email.toLowerCase() })
    .returning();
  return row as UserRow;
}

/** Reads a user by id. */
export async function findUser(db: Db, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

/** Reads a user by email (case-insensitive). */
export async function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.email, email.toLowerCase()));
  return row;
}

/** Lists users in id order, after `afterId`. */
export async function listUsers(db: Db, limit: number, afterId?: string): Promise<UserRow[]> {
  return db
    .select()
    .from(users)
    .where(afterId ? gt(users.id, afterId) : undefined)
    .orderBy(asc(users.id))
    .limit(limit);
}

/** Disables (revokes) or re-enables a user. */
export async function setUserDisabled(db: Db, id: string, disabled: boolean): Promise<UserRow | undefined> {
  const [row] = await db
    .update(users)
    .set({ disabledAt: disabled ? sql`now()` : null })
    .where(eq(users.id, id))
    .returning();
  return row;
}

/** The role assignments of users, by user id. */
export async function rolesOf(db: Db, userIds: string[]): Promise<Map<string, RoleRow[]>> {
  const map = new Map<string, RoleRow[]>(userIds.map((id) => [id, []]));
  if (userIds.length === 0) return map;
  const rows = await db
    .select()
    .from(roleAssignments)
    .where(inArray(roleAssignments.userId, userIds))
    .orderBy(asc(roleAssignments.createdAt), asc(roleAssignments.id));
  for (const row of rows) map.get(row.userId)?.push(row);
  return map;
}

/** Grants a role; returns the existing assignment when it is already held. */
export async function insertRole(
  db: Db,
  values: { userId: string; role: string; jurisdictionId: string | null; createdBy: string },
): Promise<RoleRow> {
  const [row] = await db.insert(roleAssignments).values(values).onConflictDoNothing().returning();
  if (row) return row;
  const [existing] = await db
    .select()
    .from(roleAssignments)
    .where(
      and(
        eq(roleAssignments.userId, values.userId),
        eq(roleAssignments.role, values.role),
        values.jurisdictionId === null
          ? isNull(roleAssignments.jurisdictionId)
          : eq(roleAssignments.jurisdictionId, values.jurisdictionId),
      ),
    );
  return existing as RoleRow;
}

/** Removes a role assignment of a user; returns it, or undefined when there was none. */
export async function deleteRole(db: Db, userId: string, roleId: string): Promise<RoleRow | undefined> {
  const [row] = await db
    .delete(roleAssignments)
    .where(and(eq(roleAssignments.id, roleId), eq(roleAssignments.userId, userId)))
    .returning();
  return row;
}

/** Counts enabled users holding the admin role. */
export async function countAdmins(db: Db): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(distinct ${users.id})::int` })
    .from(users)
    .innerJoin(roleAssignments, eq(roleAssignments.userId, users.id))
    .where(and(eq(roleAssignments.role, "admin"), isNull(users.disabledAt)));
  return row?.n ?? 0;
}
