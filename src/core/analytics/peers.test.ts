import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { comparePeers, findPeers, PEER_WEIGHTS, type PeerFeatures, peerFeatures } from "./peers.ts";
import { inventory, jurisdiction } from "./test-network.ts";

function city(id: string, over: Partial<PeerFeatures> = {}): PeerFeatures {
  return {
    id,
    name: id,
    sizeClass: "1m-5m",
    region: "Europe",
    country: "PT",
    hazards: ["flood", "heat"],
    tags: ["coastal"],
    sectorShares: { I: 0.6, II: 0.3, III: 0.1 },
    basicPerCapita: 4,
    ...over,
  };
}

describe("peers", () => {
  it("weights add up to 1, and identical jurisdictions score 1 with every feature matched", () => {
    expect(Object.values(PEER_WEIGHTS).reduce((a, b) => a + b, 0)).toBeCloseTo(1);
    const p = comparePeers(city("a"), city("b"));
    expect(p.score).toBeCloseTo(1);
    expect(p.matched).toHaveLength(6);
    expect(p.features.find((f) => f.feature === "hazards")?.detail).toBe("shares flood, heat");
  });

  it("explains each feature: adjacent size class half, other region zero, per capita three times apart zero", () => {
    const p = comparePeers(
      city("a"),
      city("b", {
        sizeClass: "250k-1m",
        region: "Africa",
        country: "KE",
        basicPerCapita: 12,
        hazards: ["heat"],
      }),
    );
    const by = Object.fromEntries(p.features.map((f) => [f.feature, f]));
    expect(by["population-class"]?.similarity).toBe(0.5);
    expect(by.region?.similarity).toBe(0);
    expect(by["per-capita"]?.similarity).toBeCloseTo(0);
    expect(by.hazards?.similarity).toBeCloseTo(0.5);
    expect(p.matched).toEqual(["population-class", "hazards", "tags", "sector-profile"]);
    expect(p.score).toBeCloseTo(0.2 * 0.5 + 0.2 * 0.5 + 0.15 + 0.15);
  });

  it("scores a feature one side lacks as 0 and says why", () => {
    const p = comparePeers(city("a"), city("b", { sectorShares: null, hazards: [], basicPerCapita: null }));
    const missing = p.features.filter((f) => f.similarity === 0).map((f) => f.detail);
    expect(missing).toEqual([
      "no hazards on one side",
      "no published inventory on one side",
      "no per-capita figure on one side",
    ]);
  });

  it("ranks peers best first, never the jurisdiction itself", () => {
    const me = city("me");
    const all = [
      me,
      city("twin"),
      city("far", { region: "Asia", country: "JP", sizeClass: "lt-50k" }),
      city("mid", { tags: [] }),
    ];
    expect(findPeers(me, all).map((p) => p.id)).toEqual(["twin", "mid", "far"]);
    expect(findPeers(me, all, 1)).toHaveLength(1);
  });

  it("is symmetric in score", () => {
    const arb = fc.record({
      sizeClass: fc.constantFrom("lt-50k", "50k-250k", "250k-1m", "unknown"),
      region: fc.constantFrom("Europe", "Africa", null),
      hazards: fc.subarray(["flood", "heat", "drought"]),
      tags: fc.subarray(["coastal", "island", "river"]),
      basicPerCapita: fc.option(fc.double({ min: 0.1, max: 30, noNaN: true }), { nil: null }),
    });
    fc.assert(
      fc.property(arb, arb, (a, b) => {
        const x = comparePeers(city("x", a), city("y", b)).score;
        const y = comparePeers(city("y", b), city("x", a)).score;
        expect(x).toBeCloseTo(y, 9);
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(1 + 1e-9);
      }),
    );
  });

  it("extracts features from a stored summary: latest inventory's sector shares and per capita", () => {
    const s = jurisdiction("j", {
      population: 2_000_000,
      inventories: [inventory(2018, 1, 9e6), inventory(2020, 1, 8e6, { population: 1_600_000 })],
    });
    const f = peerFeatures(s, {
      name: "J",
      tags: ["coastal"],
      hazards: ["flood"],
      sectorYears: [{ year: 2020, bySector: { I: 6e6, II: 2e6, IV: 0 } }],
      progress: [],
    });
    expect(f.sizeClass).toBe("1m-5m");
    expect(f.basicPerCapita).toBe(5);
    expect(f.sectorShares).toEqual({ I: 0.75, II: 0.25 });
  });
});
