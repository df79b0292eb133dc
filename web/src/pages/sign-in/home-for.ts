/** The first page a user sees after signing in, by role. */
import type { Me, User } from "../../api/client.ts";
import { navigationFor } from "../../auth/roles.ts";

/**
 * Admins go to users, reviewers to the review desk, reporters and approvers to their work, office staff to their
 * (first) office, funders to the TAP.
 */
export function homeFor(user: User & { offices?: Me["offices"] }): string {
  const nav = navigationFor(user);
  if (nav.admin) return "/admin/users";
  if (user.roles.some((r) => r.role === "reviewer")) return "/review";
  if (user.roles.some((r) => r.role === "approver") && !user.roles.some((r) => r.role === "reporter"))
    return "/review";
  if (nav.work) return "/work";
  const office = user.offices?.[0];
  if (office) return `/offices/${office.id}`;
  return user.roles.some((r) => r.role === "funder") ? "/tap" : "/";
}
