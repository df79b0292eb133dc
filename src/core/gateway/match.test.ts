import { describe, expect, it } from "vitest";
import { emissionGaps, matchSolutions } from "./match.ts";

const solution = (id: string, sectors: string[], hazards: string[] = []) => ({
  id,
  title: id,
  sectors,
  hazards,
});

describe("Solutions Gateway matching", () => {
  const facts = {
    actionSectors: ["waste"],
    hazards: ["flood", "extreme-heat"],
    // Stationary energy 55%, transport 30% (no action in either), waste 15% (acted on, and under 20% anyway).
    sectorShares: { I: 0.55, II: 0.3, III: 0.15 },
  };

  it("finds high-emission sectors without an action, largest first", () => {
    expect(emissionGaps(facts)).toEqual([
      { sector: "stationary-energy", share: 0.55 },
      { sector: "transportation", share: 0.3 },
    ]);
    expect(emissionGaps({ ...facts, actionSectors: ["all"] })).toEqual([]);
    expect(emissionGaps({ ...facts, sectorShares: null })).toEqual([]);
  });

  it("scores gaps 3, hazards 2 and action sectors 1, and leaves out what does not match", () => {
    const matches = matchSolutions(facts, [
      solution("brt", ["transportation"]),
      solution("green-roofs", ["stationary-energy"], ["extreme-heat", "flood"]),
      solution("composting", ["waste"]),
      solution("seawall", [], ["sea-level-rise"]),
    ]);
    expect(matches.map((m) => [m.solution.id, m.score])).toEqual([
      ["green-roofs", 7],
      ["brt", 3],
      ["composting", 1],
    ]);
    expect(matches[0]?.reasons).toEqual([
      { kind: "gap", sector: "stationary-energy", share: 0.55 },
      { kind: "hazard", hazard: "extreme-heat" },
      { kind: "hazard", hazard: "flood" },
    ]);
  });
});
