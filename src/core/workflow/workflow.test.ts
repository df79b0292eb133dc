import { describe, expect, it } from "vitest";
import {
  INVENTORY_STATUSES,
  INVENTORY_TRANSITIONS,
  statusAfter,
  transitionProblem,
} from "./inventory-workflow.ts";
import {
  LIGHT_TRANSITIONS,
  lightStatusAfter,
  lightTransitionProblem,
  REVIEW_STATUSES,
} from "./light-workflow.ts";

describe("inventory workflow", () => {
  it("walks the path with and without an approver", () => {
    const walk = (steps: Array<(typeof INVENTORY_TRANSITIONS)[number]>, requiresApprover: boolean) => {
      let status: (typeof INVENTORY_STATUSES)[number] = "draft";
      for (const step of steps) {
        expect(transitionProblem(step, status, requiresApprover)).toBeUndefined();
        status = statusAfter(step);
      }
      return status;
    };
    expect(walk(["submit", "review", "verify", "publish", "correct"], false)).toBe("draft");
    expect(
      walk(
        ["submit", "approve", "review", "return", "submit", "approve", "review", "verify", "publish"],
        true,
      ),
    ).toBe("published");
  });

  it("refuses every out-of-order transition with a reason", () => {
    const allowed = new Set([
      "submit:draft",
      "submit:returned",
      "approve:submitted",
      "review:submitted",
      "review:approved",
      "verify:in_review",
      "return:submitted",
      "return:approved",
      "return:in_review",
      "return:verified",
      "publish:verified",
      "correct:published",
    ]);
    for (const t of INVENTORY_TRANSITIONS)
      for (const s of INVENTORY_STATUSES) {
        const problem = transitionProblem(t, s, t === "approve");
        expect(problem === undefined).toBe(allowed.has(`${t}:${s}`));
      }
    expect(transitionProblem("approve", "submitted", false)).toMatch(/does not require an approver/);
    expect(transitionProblem("review", "submitted", true)).toMatch(/must be approved/);
  });
});

describe("light workflow", () => {
  it("allows only draft/returned → submitted → published|returned, and reopening", () => {
    const allowed = new Set([
      "submit:draft",
      "submit:returned",
      "publish:submitted",
      "return:submitted",
      "reopen:published",
    ]);
    for (const t of LIGHT_TRANSITIONS)
      for (const s of REVIEW_STATUSES)
        expect(lightTransitionProblem(t, s) === undefined).toBe(allowed.has(`${t}:${s}`));
    expect(lightStatusAfter("reopen")).toBe("draft");
  });
});
