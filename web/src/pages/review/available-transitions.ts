/** Which workflow decisions the signed-in user may take on a version now (the API checks again). */
import type { InventoryStatus, User } from "../../api/client.ts";
import type { InventoryTransitionName } from "../../api/inventory-writes.ts";
import { hasRole } from "../../auth/roles.ts";
import { transitionProblem } from "../../engine.ts";

const DECISIONS = ["approve", "review", "verify", "publish", "return"] as const;

/** The decisions, in workflow order. */
export function availableTransitions(
  user: User,
  status: InventoryStatus,
  jurisdictionId: string,
  requiresApprover: boolean,
): InventoryTransitionName[] {
  const reviewer = hasRole(user, "reviewer");
  const approver = hasRole(user, "approver", jurisdictionId);
  return DECISIONS.filter((name) => {
    if (transitionProblem(name, status, requiresApprover) !== undefined) return false;
    if (name === "approve") return approver;
    if (name === "return") return reviewer || (approver && status === "submitted");
    return reviewer;
  });
}
