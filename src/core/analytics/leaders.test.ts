import { describe, expect, it } from "vitest";
import { learningNeed, partnerCandidates, topPerformers, verifiedReduction } from "./leaders.ts";
import type { PeerFeatures } from "./peers.ts";
import { commitment, inventory, jurisdiction } from "./test-network.ts";

const features = (id: string, over: Partial<PeerFeatures> = {}): PeerFeatures => ({
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

describe("leaders", () => {
  it("measures from the target's base year when a verified inventory of it exists", () => {
    const s = jurisdiction("a", {
      population: 1_000_000,
      inventories: [
        inventory(2010, 0, 9e6),
        inventory(2015, 0, 8e6, { population: 800_000 }),
        inventory(2020, 0, 5e6, { population: 1_000_000 }),
        inventory(2021, 0, 1e6, { verified: false }),
      ],
      targets: [commitment({ baseYear: 2015, baseValue: 8e6, reductionPercent: 50 })],
    });
    const r = verifiedReduction(s);
    expect(r).toMatchObject({
      baseYear: 2015,
      latestYear: 2020,
      absolute: 3e6,
      baseFrom: "target-base-year",
    });
    expect(r?.percent).toBeCloseTo(37.5);
    expect(r?.perCapita).toBeCloseTo(10 - 5);
  });

  it("falls back to the first verified inventory, and has none with one inventory", () => {
    const two = jurisdiction("b", { inventories: [inventory(2012, 0, 100), inventory(2019, 0, 120)] });
    expect(verifiedReduction(two)).toMatchObject({ baseYear: 2012, absolute: -20, perCapita: null });
    expect(verifiedReduction(jurisdiction("c", { inventories: [inventory(2019, 0, 1)] }))).toBeNull();
  });

  it("ranks leaders by absolute or per-capita reduction, keeping only reductions", () => {
    const s = [
      jurisdiction("big", {
        population: 1e7,
        inventories: [inventory(2010, 0, 5e7), inventory(2020, 0, 4e7)],
      }),
      jurisdiction("small", {
        population: 1e5,
        inventories: [inventory(2010, 0, 1e6), inventory(2020, 0, 5e5)],
      }),
      jurisdiction("up", {
        population: 1e5,
        inventories: [inventory(2010, 0, 1e6), inventory(2020, 0, 2e6)],
      }),
    ];
    expect(topPerformers(s, "absolute").map((r) => r.id)).toEqual(["big", "small"]);
    expect(topPerformers(s, "perCapita").map((r) => r.id)).toEqual(["small", "big"]);
  });

  it("pairs a leader with the most similar jurisdictions that need to learn", () => {
    const up = jurisdiction("up", { inventories: [inventory(2010, 0, 1), inventory(2020, 0, 2)] });
    expect(learningNeed(up, 0)).toMatch(/emissions up/);
    expect(learningNeed(jurisdiction("x"), 2)).toBe("2 target(s) off track");
    expect(learningNeed(jurisdiction("none"), 0)).toBeNull();
    const pool = [
      { features: features("near"), need: "no verified reduction yet" },
      { features: features("far", { region: "Asia", country: "JP", sizeClass: "lt-50k" }), need: "x" },
      { features: features("fine"), need: null },
    ];
    const out = partnerCandidates(features("leader"), pool);
    expect(out.map((c) => c.id)).toEqual(["near", "far"]);
    expect(out[0]?.reason).toBe("no verified reduction yet");
    expect(out[0]?.matched).toContain("region");
  });
});
