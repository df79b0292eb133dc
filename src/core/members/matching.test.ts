import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { learningNeed, type PeerFeatures } from "../analytics/index.ts";
import { inventory, jurisdiction } from "../analytics/test-network.ts";
import { type MemberFeatures, matchMembers, mentoringPairs, suggestPeers } from "./matching.ts";

const peer = (id: string, over: Partial<PeerFeatures> = {}): PeerFeatures => ({
  id,
  name: id,
  sizeClass: "1m-5m",
  region: "Europe",
  country: "PT",
  hazards: [],
  tags: [],
  sectorShares: null,
  basicPerCapita: null,
  ...over,
});
const member = (id: string, agendas: string[], programmes: string[], over: Partial<PeerFeatures> = {}) =>
  ({ peer: peer(id, over), agendas, programmes }) satisfies MemberFeatures;

describe("member matching", () => {
  it("adds shared agendas and programmes to the analytics similarity, and says why", () => {
    const a = member("a", ["low-carbon", "resilient"], ["gcc"], { hazards: ["flood"], tags: ["coastal"] });
    const b = member("b", ["resilient", "smart"], ["gcc", "lab"], { hazards: ["flood"], tags: ["coastal"] });
    // Analytics: size 0.2 × 1 + region 0.15 × 1 + hazards 0.2 × 1 + tags 0.15 × 1 = 0.7 (no inventories).
    // Agendas: {resilient} / {low-carbon, resilient, smart} = 1/3; programmes: {gcc} / {gcc, lab} = 1/2.
    // 0.6 × 0.7 + 0.25 × 1/3 + 0.15 × 1/2 = 0.42 + 0.083333 + 0.075 = 0.578333.
    const m = matchMembers(a, b);
    expect(m.score).toBeCloseTo(0.578333, 6);
    expect(m.sharedAgendas).toEqual(["resilient"]);
    expect(m.sharedProgrammes).toEqual(["gcc"]);
    expect(m.reasons).toEqual([
      "shared agendas: resilient",
      "shared programmes: gcc",
      "same size class (1 – 5 million)",
      "same region (Europe)",
      "shares flood",
      "shares coastal",
    ]);
  });

  it("ranks best first, leaves out itself and members with nothing in common, and breaks ties by name", () => {
    const me = member("me", ["smart"], [], { region: "Africa", country: "ZA" });
    const others = [
      member("z-same", ["smart"], [], { region: "Africa", country: "ZA" }),
      member("a-same", ["smart"], [], { region: "Africa", country: "ZA" }),
      member("far", [], [], { region: "Asia", country: "JP", sizeClass: "lt-50k" }),
      member("half", ["smart", "ecomobile"], [], { region: "Asia", country: "JP" }),
    ];
    const ids = suggestPeers(me, [me, ...others]).map((m) => m.id);
    expect(ids).toEqual(["a-same", "z-same", "half"]);
  });

  it("is stable: the same dataset in any order gives the same suggestions", () => {
    const arb = fc.array(
      fc.record({
        agendas: fc.subarray(["low-carbon", "resilient", "smart", "biodiverse"]),
        programmes: fc.subarray(["gcc", "lab", "procura"]),
        region: fc.constantFrom("Europe", "Africa"),
      }),
      { minLength: 2, maxLength: 12 },
    );
    fc.assert(
      fc.property(arb, fc.nat(), (rows, seed) => {
        const all = rows.map((r, i) => member(`m${i}`, r.agendas, r.programmes, { region: r.region }));
        const shuffled = [...all].sort(
          (x, y) => ((x.peer.id.length * 31 + seed) % 7) - ((y.peer.id.length * 31 + seed) % 7),
        );
        const me = all[0] as MemberFeatures;
        expect(suggestPeers(me, shuffled)).toEqual(suggestPeers(me, all));
      }),
    );
  });
});

describe("mentoring pairs", () => {
  const people = { population: 2_000_000 };
  const candidates = [
    // Leaders: "lead1" reduced 3 Mt, "lead2" 1 Mt.
    jurisdiction("lead1", { ...people, inventories: [inventory(2015, 0, 9e6), inventory(2020, 0, 6e6)] }),
    jurisdiction("lead2", { ...people, inventories: [inventory(2015, 0, 5e6), inventory(2020, 0, 4e6)] }),
    // Learners: emissions up since 2015.
    jurisdiction("up1", { ...people, inventories: [inventory(2015, 0, 1e6), inventory(2020, 0, 2e6)] }),
    jurisdiction("up2", {
      ...people,
      region: "Africa",
      country: "ZA",
      inventories: [inventory(2015, 0, 1e6), inventory(2020, 0, 3e6)],
    }),
    // Neither: no inventory at all.
    jurisdiction("quiet", people),
  ].map((s) => ({
    summary: s,
    features: peer(s.id, { region: s.region, country: s.country }),
    need: learningNeed(s, 0),
  }));

  it("pairs each top performer, best first, with the most similar learner not yet paired", () => {
    const pairs = mentoringPairs(candidates);
    // lead1 takes up1 (same region, 0.35 + size 0.2 = 0.55 > up2's 0.2); lead2 gets the one left, up2.
    expect(pairs.map((p) => [p.mentor.id, p.partner.id])).toEqual([
      ["lead1", "up1"],
      ["lead2", "up2"],
    ]);
    expect(pairs[0]?.mentor.reduction.absolute).toBe(3e6);
    expect(pairs[0]?.partner.need).toBe("emissions up 1000000 tCO2e since 2015");
    expect(pairs[0]?.partner.score).toBeCloseTo(0.35);
  });

  it("makes no pair without a learner", () => {
    expect(mentoringPairs(candidates.filter((c) => c.summary.id.startsWith("lead")))).toEqual([]);
  });
});
