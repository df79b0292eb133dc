import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RESILIENCE_ELEMENTS, resilienceGoal, resilienceGoalByRegion } from "./resilience-goal.ts";

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

describe("the 25% resilience goal by region", () => {
  const members = [
    { id: "a", region: "Europe" },
    { id: "b", region: "Europe" },
    { id: "c", region: "Africa" },
    { id: "d", region: null },
  ];
  const holders = {
    risks: new Set(["a", "c", "stranger"]),
    policy: new Set(["a"]),
    commitments: new Set<string>(),
    plans: new Set(["c", "d"]),
    actions: new Set(["a", "b", "c", "d"]),
  };

  it("counts each region's members apart, regions by name and members without a region last", () => {
    const g = resilienceGoalByRegion(members, holders);
    expect(g.members).toBe(4);
    expect(g.elements.map((e) => [e.element, e.count, e.share])).toEqual([
      ["risks", 2, 0.5],
      ["policy", 1, 0.25],
      ["commitments", 0, 0],
      ["plans", 2, 0.5],
      ["actions", 4, 1],
    ]);
    expect(g.regions.map((r) => [r.region, r.members, r.elements.map((e) => e.count)])).toEqual([
      ["Africa", 1, [1, 0, 0, 1, 1]],
      ["Europe", 2, [1, 1, 0, 0, 2]],
      [null, 1, [0, 0, 0, 1, 1]],
    ]);
    expect(g.regions[1]?.elements[0]).toMatchObject({ share: 0.5, meetsGoal: true });
    expect(g.regions[1]?.elements[3]).toMatchObject({ share: 0, meetsGoal: false });
  });

  it("adds up: every element's count over the regions is the network's count", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            region: fc.constantFrom("Asia", "Europe", null),
            picks: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
          }),
          { maxLength: 30 },
        ),
        (rows) => {
          const ms = rows.map((r, i) => ({ id: `m${i}`, region: r.region }));
          const hs = Object.fromEntries(
            RESILIENCE_ELEMENTS.map((e, k) => [
              e,
              new Set(rows.flatMap((r, i) => (r.picks[k] ? [`m${i}`] : []))),
            ]),
          ) as Record<(typeof RESILIENCE_ELEMENTS)[number], Set<string>>;
          const g = resilienceGoalByRegion(ms, hs);
          expect(g.regions.reduce((s, r) => s + r.members, 0)).toBe(ms.length);
          for (const [k, e] of g.elements.entries())
            expect(g.regions.reduce((s, r) => s + (r.elements[k]?.count ?? 0), 0)).toBe(e.count);
        },
      ),
    );
  });
});
