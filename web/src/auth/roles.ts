/** What a signed-in user may do, read from their roles (the API decides; this only shapes the pages). */
import type { RoleName, User } from "../api/client.ts";

/** True when the user has the role (for reporter and approver: in that jurisdiction, when one is given). */
export function hasRole(user: User | null, role: RoleName, jurisdictionId?: string): boolean {
  if (!user) return false;
  if (user.roles.some((r) => r.role === "admin")) return true;
  return user.roles.some(
    (r) =>
      r.role === role &&
      (jurisdictionId === undefined || r.jurisdictionId === null || r.jurisdictionId === jurisdictionId),
  );
}

/** The jurisdictions the user holds a scoped role in, each once. */
export function jurisdictionsOf(user: User | null, role: "reporter" | "approver"): string[] {
  if (!user) return [];
  return [
    ...new Set(
      user.roles.filter((r) => r.role === role && r.jurisdictionId).map((r) => r.jurisdictionId ?? ""),
    ),
  ];
}

/** The areas of the app a user sees in the navigation. */
export function navigationFor(user: User | null): { work: boolean; review: boolean; admin: boolean } {
  return {
    work: hasRole(user, "reporter") || hasRole(user, "approver"),
    review: hasRole(user, "reviewer") || hasRole(user, "approver"),
    admin: user?.roles.some((r) => r.role === "admin") ?? false,
  };
}

/** Whether the user may change a record proposed in someone's own name: its proposer or an admin. */
export function isOwnerOrAdminUser(user: User | null, ownerId: string): boolean {
  if (!user) return false;
  return user.id === ownerId || user.roles.some((r) => r.role === "admin");
}
