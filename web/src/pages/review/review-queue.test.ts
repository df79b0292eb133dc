import { describe, expect, it } from "vitest";
import type { Inventory, User } from "../../api/client.ts";
import { availableTransitions } from "./available-transitions.ts";
import { queueFor } from "./review-queue.ts";

const RIO = "11111111-1111-1111-1111-111111111111";
const user = (roles: User["roles"]): User => ({
  id: "u",
  email: "u@example.org",
  name: "U",
  disabled: false,
  createdAt: "2024-01-01T00:00:00Z",
  roles,
});
const reviewer = user([{ id: "r", role: "reviewer", jurisdictionId: null }]);
const approver = user([{ id: "a", role: "approver", jurisdictionId: RIO }]);
const inv = (status: Inventory["status"], updatedAt: string, jurisdictionId = RIO) =>
  ({ id: `${status}-${updatedAt}`, status, updatedAt, jurisdictionId }) as Inventory;

describe("review queue", () => {
  const all = [
    inv("draft", "2024-01-01"),
    inv("verified", "2024-03-01"),
    inv("submitted", "2024-02-01"),
    inv("submitted", "2024-01-15", "other"),
    inv("published", "2024-01-02"),
  ];

  it("gives reviewers every version under review, oldest first", () => {
    expect(queueFor(reviewer, all).map((i) => i.id)).toEqual([
      "submitted-2024-01-15",
      "submitted-2024-02-01",
      "verified-2024-03-01",
    ]);
  });

  it("gives approvers the submitted versions of their jurisdictions", () => {
    expect(queueFor(approver, all).map((i) => i.id)).toEqual(["submitted-2024-02-01"]);
  });

  it("offers the decisions the workflow and the roles allow", () => {
    expect(availableTransitions(approver, "submitted", RIO, true)).toEqual(["approve", "return"]);
    expect(availableTransitions(reviewer, "submitted", RIO, true)).toEqual(["return"]);
    expect(availableTransitions(reviewer, "submitted", RIO, false)).toEqual(["review", "return"]);
    expect(availableTransitions(reviewer, "verified", RIO, true)).toEqual(["publish", "return"]);
    expect(availableTransitions(approver, "in_review", RIO, true)).toEqual([]);
  });
});
