import { describe, expect, it } from "vitest";
import { resilienceGoal } from "./resilience-goal.ts";

describe("the 25% resilience goal", () => {
  it("computes each element's share and meets the goal only when every element reaches 25%", () => {
    const g = resilienceGoal(40, { risks: 12, policy: 10, commitments: 9, plans: 10, actions: 20 });
    expect(g.elements.map((e) => [e.element, e.share, e.meetsGoal])).toEqual([
      ["risks", 0.3, true],
      ["policy", 0.25, true],
      ["commitments", 0.225, false],
      ["plans", 0.25, true],
      ["actions", 0.5, true],
    ]);
    expect(g.met).toBe(false);
    expect(resilienceGoal(4, { risks: 1, policy: 1, commitments: 1, plans: 1, actions: 1 }).met).toBe(true);
    expect(
      resilienceGoal(0, { risks: 0, policy: 0, commitments: 0, plans: 0, actions: 0 }).elements[0]?.share,
    ).toBeNull();
  });
});
