/**
 * The lighter workflow of targets and actions: draft → submitted → published by a reviewer, or returned to the
 * reporter; a reporter may reopen a published record, which takes it out of the public view until republished.
 */

/** Every review status of a target or action. */
export const REVIEW_STATUSES = ["draft", "submitted", "returned", "published"] as const;

/** A target's or action's review status. */
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** The light transitions, named as the API's endpoints are. */
export const LIGHT_TRANSITIONS = ["submit", "publish", "return", "reopen"] as const;

/** A named light transition. */
export type LightTransition = (typeof LIGHT_TRANSITIONS)[number];

const RULES: Record<LightTransition, { from: readonly ReviewStatus[]; to: ReviewStatus }> = {
  submit: { from: ["draft", "returned"], to: "submitted" },
  publish: { from: ["submitted"], to: "published" },
  return: { from: ["submitted"], to: "returned" },
  reopen: { from: ["published"], to: "draft" },
};

/** Statuses in which a target or action may be changed. */
export const LIGHT_EDITABLE: ReadonlySet<ReviewStatus> = new Set(["draft", "returned"]);

/** Why a light transition cannot be made from a status, or undefined when it can. */
export function lightTransitionProblem(transition: LightTransition, from: ReviewStatus): string | undefined {
  const rule = RULES[transition];
  return rule.from.includes(from)
    ? undefined
    : `cannot ${transition} a record that is ${from}; ${transition} needs ${rule.from.join(" or ")}`;
}

/** The status a light transition leads to. */
export function lightStatusAfter(transition: LightTransition): ReviewStatus {
  return RULES[transition].to;
}
