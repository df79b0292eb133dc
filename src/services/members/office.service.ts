/**
 * The staff of the network's offices: admins assign users to an office or remove them; an office's staff (and
 * admins) read who works for it; a signed-in user reads the offices they work for.
 */
import type { Db } from "../../db/database.ts";
import { appendAuditEvent } from "../../db/repositories/audit.repository.ts";
import {
  addOfficeStaff,
  findOffice,
  type OfficeRow,
  type OfficeStaffRow,
  officeRowsOfUser,
  removeOfficeStaff,
  staffOfOffice,
} from "../../db/repositories/member.repository.ts";
import { findUser } from "../../db/repositories/user.repository.ts";
import { authorize } from "../../policies/policy.ts";
import { alreadyExists, notFound, validationFailed } from "../errors.ts";
import { type Actor, foundOrThrow, referenceOrThrow } from "../service-helpers.ts";

/** Office staff use cases over one database. */
export class OfficeService {
  constructor(private readonly db: Db) {}

  /** An office's staff (its staff and admins). */
  async staff(officeId: string, actor: Actor): Promise<OfficeStaffRow[]> {
    authorize(actor, "member.manage");
    foundOrThrow(await findOffice(this.db, officeId), "office", officeId);
    authorize(actor, "member.manage", undefined, officeId);
    return staffOfOffice(this.db, officeId);
  }

  /** The offices a user works for (none for the public and the system). */
  async ofUser(actor: Actor): Promise<OfficeRow[]> {
    if (actor.kind !== "user") return [];
    return officeRowsOfUser(this.db, actor.id);
  }

  /** Assigns a user to an office's staff (admins); the office's staff list after it. */
  assign(officeId: string, userId: string, actor: Actor): Promise<OfficeStaffRow[]> {
    authorize(actor, "office.staff");
    return this.db.transaction(async (tx) => {
      foundOrThrow(await findOffice(tx, officeId), "office", officeId);
      const user = referenceOrThrow(await findUser(tx, userId), "userId", "user", userId);
      if (user.disabledAt)
        throw validationFailed([{ path: "userId", message: `user ${user.email} is disabled` }]);
      if (!(await addOfficeStaff(tx, userId, officeId, actor.id)))
        throw alreadyExists("office staff", { officeId, userId });
      await appendAuditEvent(tx, {
        actor: actor.id,
        entity: "office",
        entityId: officeId,
        action: "add-staff",
        state: { userId },
      });
      return staffOfOffice(tx, officeId);
    });
  }

  /** Removes a user from an office's staff (admins); the office's staff list after it. */
  remove(officeId: string, userId: string, actor: Actor): Promise<OfficeStaffRow[]> {
    authorize(actor, "office.staff");
    return this.db.transaction(async (tx) => {
      foundOrThrow(await findOffice(tx, officeId), "office", officeId);
      if (!(await removeOfficeStaff(tx, userId, officeId))) throw notFound("office staff member", userId);
      await appendAuditEvent(tx, {
        actor: actor.id,
        entity: "office",
        entityId: officeId,
        action: "remove-staff",
        state: { userId },
      });
      return staffOfOffice(tx, officeId);
    });
  }
}
