/** The review desk's queue: which working copies wait for whom, oldest first. */
import type { Inventory, InventoryStatus, User } from "../../api/client.ts";
import { hasRole } from "../../auth/roles.ts";

/** Statuses a reviewer acts on; an approver acts on submitted versions of their jurisdictions. */
const REVIEWER_STATUSES: ReadonlySet<InventoryStatus> = new Set([
  "submitted",
  "approved",
  "in_review",
  "verified",
]);

/** The inventories waiting for this user, oldest change first. */
export function queueFor(user: User, inventories: readonly Inventory[]): Inventory[] {
  const reviewer = hasRole(user, "reviewer");
  return inventories
    .filter(
      (inv) =>
        (reviewer && REVIEWER_STATUSES.has(inv.status)) ||
        (inv.status === "submitted" && hasRole(user, "approver", inv.jurisdictionId)),
    )
    .sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
}
