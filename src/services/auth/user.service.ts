/** Users and roles, managed by admins; and the start-up bootstrap of the first admin. */
import type { Db } from "../../db/database.ts";
import { appendAuditEvent } from "../../db/repositories/audit.repository.ts";
import { findJurisdiction } from "../../db/repositories/jurisdiction.repository.ts";
import {
  countAdmins,
  deleteRole,
  findUser,
  insertRole,
  insertUser,
  listUsers,
  type RoleRow,
  rolesOf,
  setUserDisabled,
  type UserRow,
} from "../../db/repositories/user.repository.ts";
import { authorize } from "../../policies/policy.ts";
import { type Principal, type RoleName, SYSTEM_PRINCIPAL } from "../../policies/principal.ts";
import { notFound, validationFailed } from "../errors.ts";
import { foundOrThrow, referenceOrThrow, uniquely } from "../service-helpers.ts";
import { hashPassword } from "./secrets.ts";

/** A user with their roles. */
export interface User extends UserRow {
  roles: RoleRow[];
}

/** What an admin writes to create a user. */
export interface UserInput {
  email: string;
  name: string;
  password: string;
  roles?: Array<{ role: RoleName; jurisdictionId?: string | null | undefined }> | undefined;
}

const stateOf = (u: UserRow) => ({ id: u.id, email: u.email, name: u.name, disabledAt: u.disabledAt });
const roleState = (r: RoleRow) => ({
  id: r.id,
  userId: r.userId,
  role: r.role,
  jurisdictionId: r.jurisdictionId,
});

/** User and role use cases over one database. */
export class UserService {
  constructor(private readonly db: Db) {}

  /** Creates a user with a hashed password and optional roles. */
  async create(input: UserInput, actor: Principal): Promise<User> {
    authorize(actor, "user.manage");
    const passwordHash = await hashPassword(input.password);
    return this.db.transaction(async (tx) => {
      const row = await uniquely("user", { email: input.email.toLowerCase() }, () =>
        insertUser(tx, { email: input.email, name: input.name, passwordHash }),
      );
      await appendAuditEvent(tx, {
        actor: actor.id,
        entity: "user",
        entityId: row.id,
        action: "create",
        state: stateOf(row),
      });
      for (const grant of input.roles ?? [])
        await this.grantIn(tx, row.id, grant.role, grant.jurisdictionId ?? null, actor);
      return { ...row, roles: (await rolesOf(tx, [row.id])).get(row.id) ?? [] };
    });
  }

  /** Reads a user with their roles. */
  async get(id: string, actor: Principal): Promise<User> {
    authorize(actor, "user.manage");
    const row = foundOrThrow(await findUser(this.db, id), "user", id);
    return { ...row, roles: (await rolesOf(this.db, [id])).get(id) ?? [] };
  }

  /** Lists users with their roles, in id order. */
  async list(actor: Principal, limit: number, afterId?: string): Promise<User[]> {
    authorize(actor, "user.manage");
    const rows = await listUsers(this.db, limit, afterId);
    const roles = await rolesOf(
      this.db,
      rows.map((r) => r.id),
    );
    return rows.map((r) => ({ ...r, roles: roles.get(r.id) ?? [] }));
  }

  /** Grants a role; reporter and approver need a jurisdiction, reviewer and admin take none. */
  grant(userId: string, role: RoleName, jurisdictionId: string | null, actor: Principal): Promise<User> {
    authorize(actor, "user.manage");
    return this.db.transaction(async (tx) => {
      foundOrThrow(await findUser(tx, userId), "user", userId);
      await this.grantIn(tx, userId, role, jurisdictionId, actor);
      const row = foundOrThrow(await findUser(tx, userId), "user", userId);
      return { ...row, roles: (await rolesOf(tx, [userId])).get(userId) ?? [] };
    });
  }

  /** Removes a role assignment. */
  revoke(userId: string, roleId: string, actor: Principal): Promise<void> {
    authorize(actor, "user.manage");
    return this.db.transaction(async (tx) => {
      const row = await deleteRole(tx, userId, roleId);
      if (!row) throw notFound("role assignment", roleId);
      await appendAuditEvent(tx, {
        actor: actor.id,
        entity: "role_assignment",
        entityId: row.id,
        action: "revoke",
        state: roleState(row),
      });
    });
  }

  /** Disables or re-enables a user: a disabled user's sessions and tokens stop working at once. */
  setDisabled(userId: string, disabled: boolean, actor: Principal): Promise<User> {
    authorize(actor, "user.manage");
    return this.db.transaction(async (tx) => {
      const row = await setUserDisabled(tx, userId, disabled);
      if (!row) throw notFound("user", userId);
      await appendAuditEvent(tx, {
        actor: actor.id,
        entity: "user",
        entityId: row.id,
        action: disabled ? "disable" : "enable",
        state: stateOf(row),
      });
      return { ...row, roles: (await rolesOf(tx, [userId])).get(userId) ?? [] };
    });
  }

  /** Creates the first admin from the environment when no enabled admin exists; returns whether it did. */
  async bootstrapAdmin(email: string, password: string): Promise<boolean> {
    if ((await countAdmins(this.db)) > 0) return false;
    await this.create(
      { email, name: "Administrator", password, roles: [{ role: "admin" }] },
      SYSTEM_PRINCIPAL,
    );
    return true;
  }

  private async grantIn(
    tx: Db,
    userId: string,
    role: RoleName,
    jurisdictionId: string | null,
    actor: Principal,
  ) {
    const scoped = role === "reporter" || role === "approver";
    if (scoped && !jurisdictionId) {
      throw validationFailed([{ path: "jurisdictionId", message: `a ${role} role needs a jurisdiction` }]);
    }
    if (!scoped && jurisdictionId) {
      throw validationFailed([
        { path: "jurisdictionId", message: `a ${role} role is network-wide; give no jurisdiction` },
      ]);
    }
    if (jurisdictionId) {
      referenceOrThrow(
        await findJurisdiction(tx, jurisdictionId),
        "jurisdictionId",
        "jurisdiction",
        jurisdictionId,
      );
    }
    const row = await insertRole(tx, { userId, role, jurisdictionId, createdBy: actor.id });
    await appendAuditEvent(tx, {
      actor: actor.id,
      entity: "role_assignment",
      entityId: row.id,
      action: "grant",
      state: roleState(row),
    });
  }
}
