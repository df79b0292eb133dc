/**
 * The access rules, in one place: an exhaustive switch over permissions. `jurisdictionId` names the
 * jurisdiction the data belongs to; without it the question is "may this principal do it for any jurisdiction",
 * which services ask before they read data, and ask again with the jurisdiction once they know it.
 */
import { DomainError } from "../services/errors.ts";
import type { Permission } from "./permissions.ts";
import type { Principal } from "./principal.ts";

function inScope(jurisdictions: ReadonlySet<string>, jurisdictionId: string | undefined): boolean {
  return jurisdictionId === undefined ? jurisdictions.size > 0 : jurisdictions.has(jurisdictionId);
}

/**
 * Whether `principal` holds `permission`, for `jurisdictionId` or (when absent) for some jurisdiction. Member
 * permissions also name the office serving the membership (`officeId`; null when none, absent for "any office").
 */
export function can(
  principal: Principal,
  permission: Permission,
  jurisdictionId?: string,
  officeId?: string | null,
): boolean {
  if (principal.kind === "system" || principal.admin) return true;
  if (principal.kind === "anonymous") return false;
  const reporter = inScope(principal.reporterOf, jurisdictionId);
  const approver = inScope(principal.approverOf, jurisdictionId);
  const office =
    officeId === undefined
      ? principal.officeOf.size > 0
      : officeId !== null && principal.officeOf.has(officeId);
  switch (permission) {
    case "member.read_private":
    case "member.edit":
      return reporter || approver || office;
    case "member.manage":
      return office;
    case "worknet.join":
      return reporter || approver;
    case "worknet.create":
      return principal.reporterOf.size + principal.approverOf.size > 0 || principal.officeOf.size > 0;
    case "office.staff":
    case "programme.manage":
      return false;
    case "record.read_private":
      return principal.reviewer || reporter || approver;
    case "record.write":
    case "record.submit":
    case "record.reopen":
      return reporter;
    case "inventory.approve":
      return approver;
    case "inventory.return_submission":
      return approver || principal.reviewer;
    case "inventory.comment":
      return principal.reviewer || reporter || approver;
    case "record.publish":
    case "record.return":
    case "inventory.review":
    case "inventory.verify":
    case "inventory.return":
    case "inventory.publish":
    case "audit.read":
    case "import.network":
      return principal.reviewer;
    case "jurisdiction.write":
    case "user.manage":
    case "inventory.import_published":
      return false;
    case "token.own":
    case "gateway.propose":
      return true;
    case "tap.fund":
      return principal.funder;
    case "tap.read_interests":
      return principal.reviewer || reporter || approver;
    case "gateway.review":
      return principal.reviewer;
  }
}

/** The jurisdictions whose unpublished records `principal` may read: all of them, or a set. */
export function privateReadScope(principal: Principal): "all" | ReadonlySet<string> {
  if (principal.kind === "system" || principal.admin || principal.reviewer) return "all";
  return new Set([...principal.reporterOf, ...principal.approverOf]);
}

/** Throws `unauthenticated` for the anonymous and `forbidden` for others unless `principal` holds `permission`. */
export function authorize(
  principal: Principal,
  permission: Permission,
  jurisdictionId?: string,
  officeId?: string | null,
): void {
  if (can(principal, permission, jurisdictionId, officeId)) return;
  if (principal.kind === "anonymous") {
    throw new DomainError("unauthenticated", "sign in, or send an API token, to do this");
  }
  const where = jurisdictionId ? ` for jurisdiction ${jurisdictionId}` : "";
  throw new DomainError("forbidden", `you are not allowed to ${permission}${where}`, {
    permission,
    jurisdictionId: jurisdictionId ?? null,
  });
}

/** Whether `principal` may change a record someone proposed in their own name: its proposer, an admin, the system. */
export function isOwnerOrAdmin(principal: Principal, ownerId: string): boolean {
  if (principal.kind === "system" || principal.admin) return true;
  return principal.kind === "user" && principal.id === ownerId;
}
