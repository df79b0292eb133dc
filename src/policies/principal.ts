/** Who is asking: an anonymous visitor, a signed-in user with their roles, or the system itself (seeding). */

/** The roles a user can hold; reporter and approver are scoped to jurisdictions; funder browses TAP projects. */
export type RoleName = "reporter" | "approver" | "reviewer" | "admin" | "funder";

/** A principal: its id (recorded as the actor of writes) and its roles. */
export interface Principal {
  kind: "anonymous" | "user" | "system";
  id: string;
  admin: boolean;
  reviewer: boolean;
  /** A funder: saves Transformative Actions Program projects and tells their members of its interest. */
  funder: boolean;
  /** Jurisdictions whose drafts this principal reports. */
  reporterOf: ReadonlySet<string>;
  /** Jurisdictions whose submissions this principal approves. */
  approverOf: ReadonlySet<string>;
  /** Offices (network secretariats) this principal works for: it manages the memberships they serve. */
  officeOf: ReadonlySet<string>;
}

const NONE: ReadonlySet<string> = new Set();

/** The anonymous public. */
export const ANONYMOUS: Principal = {
  kind: "anonymous",
  id: "anonymous",
  admin: false,
  reviewer: false,
  funder: false,
  reporterOf: NONE,
  approverOf: NONE,
  officeOf: NONE,
};

/** The system: seeding and start-up bootstrap; allowed everything, recorded as "system". */
export const SYSTEM_PRINCIPAL: Principal = {
  kind: "system",
  id: "system",
  admin: true,
  reviewer: true,
  funder: true,
  reporterOf: NONE,
  approverOf: NONE,
  officeOf: NONE,
};

/** A role assignment as stored: the role and, for reporter and approver, the jurisdiction. */
export interface RoleGrant {
  role: string;
  jurisdictionId: string | null;
}

/** Builds a signed-in user's principal from their role assignments and the offices they work for. */
export function userPrincipal(
  id: string,
  grants: readonly RoleGrant[],
  offices: readonly string[] = [],
): Principal {
  const reporterOf = new Set<string>();
  const approverOf = new Set<string>();
  let admin = false;
  let reviewer = false;
  let funder = false;
  for (const g of grants) {
    if (g.role === "admin") admin = true;
    else if (g.role === "reviewer") reviewer = true;
    else if (g.role === "funder") funder = true;
    else if (g.role === "reporter" && g.jurisdictionId) reporterOf.add(g.jurisdictionId);
    else if (g.role === "approver" && g.jurisdictionId) approverOf.add(g.jurisdictionId);
  }
  return { kind: "user", id, admin, reviewer, funder, reporterOf, approverOf, officeOf: new Set(offices) };
}
