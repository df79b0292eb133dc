/**
 * The MRV workflow of an inventory version: draft → submitted → (approved, where the jurisdiction requires an
 * approver) → in review → verified or returned → published. Only draft and returned versions are editable; a
 * published version is immutable and a correction starts the next version as a draft.
 */

/** Every status an inventory version can be in. */
export const INVENTORY_STATUSES = [
  "draft",
  "submitted",
  "approved",
  "in_review",
  "verified",
  "returned",
  "published",
] as const;

/** An inventory version's status. */
export type InventoryStatus = (typeof INVENTORY_STATUSES)[number];

/** The transitions, named as the API's endpoints are. */
export const INVENTORY_TRANSITIONS = [
  "submit",
  "approve",
  "review",
  "verify",
  "return",
  "publish",
  "correct",
] as const;

/** A named transition. */
export type InventoryTransition = (typeof INVENTORY_TRANSITIONS)[number];

/** Statuses in which the document may be changed. */
export const EDITABLE_STATUSES: ReadonlySet<InventoryStatus> = new Set(["draft", "returned"]);

/** Where a transition may start and where it leads; `correct` leads to the next version's draft. */
const RULES: Record<InventoryTransition, { from: readonly InventoryStatus[]; to: InventoryStatus }> = {
  submit: { from: ["draft", "returned"], to: "submitted" },
  approve: { from: ["submitted"], to: "approved" },
  review: { from: ["submitted", "approved"], to: "in_review" },
  verify: { from: ["in_review"], to: "verified" },
  return: { from: ["submitted", "approved", "in_review", "verified"], to: "returned" },
  publish: { from: ["verified"], to: "published" },
  correct: { from: ["published"], to: "draft" },
};

/** Why a transition cannot be made from a status, or undefined when it can. */
export function transitionProblem(
  transition: InventoryTransition,
  from: InventoryStatus,
  requiresApprover: boolean,
): string | undefined {
  const rule = RULES[transition];
  if (!rule.from.includes(from)) {
    return `cannot ${transition} a version that is ${from}; ${transition} needs ${rule.from.join(" or ")}`;
  }
  if (transition === "approve" && !requiresApprover) {
    return "this jurisdiction does not require an approver; a reviewer takes submitted versions into review";
  }
  if (transition === "review" && from === "submitted" && requiresApprover) {
    return "this jurisdiction requires an approver: the submitted version must be approved before review";
  }
  return undefined;
}

/** The status a transition leads to. */
export function statusAfter(transition: InventoryTransition): InventoryStatus {
  return RULES[transition].to;
}
