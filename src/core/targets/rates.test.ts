import { describe, expect, it } from "vitest";
import { achievedShare, atOrBelow, requiredReduction } from "./rates.ts";

describe("achievedShare", () => {
  it.each([
    { start: 1000, goal: 600, latest: 1000, share: 0, raw: 0 },
    { start: 1000, goal: 600, latest: 800, share: 0.5, raw: 0.5 },
    { start: 1000, goal: 600, latest: 600, share: 1, raw: 1 },
    { start: 1000, goal: 600, latest: 400, share: 1, raw: 1.5 },
    { start: 1000, goal: 600, latest: 1100, share: 0, raw: -0.25 },
    { start: 1000, goal: 1200, latest: 1100, share: 1, raw: null },
    { start: 1000, goal: 1200, latest: 1300, share: 0, raw: null },
    { start: 1000, goal: 0, latest: 250, share: 0.75, raw: 0.75 },
  ])("$start → $goal at $latest", ({ start, goal, latest, share, raw }) => {
    const r = achievedShare(start, goal, latest);
    expect(r.share).toBeCloseTo(share, 12);
    if (raw === null) expect(r.raw).toBeNull();
    else expect(r.raw).toBeCloseTo(raw, 12);
  });
});

describe("requiredReduction", () => {
  it.each([
    { latest: 800, year: 2020, goal: 400, targetYear: 2030, rate: (1 - 0.5 ** 0.1) * 100, perYear: 40 },
    { latest: 1000, year: 2025, goal: 810, targetYear: 2027, rate: 10, perYear: 95 }, // 1000 × 0.9² = 810
    { latest: 1000, year: 2020, goal: 0, targetYear: 2050, rate: 100, perYear: 1000 / 30 },
    { latest: 500, year: 2020, goal: 600, targetYear: 2030, rate: 0, perYear: 0 },
    { latest: 800, year: 2030, goal: 400, targetYear: 2030, rate: null, perYear: null },
    { latest: 800, year: 2035, goal: 400, targetYear: 2030, rate: null, perYear: null },
    { latest: 0, year: 2020, goal: -100, targetYear: 2030, rate: null, perYear: 10 },
  ])("$latest in $year → $goal in $targetYear", ({ latest, year, goal, targetYear, rate, perYear }) => {
    const r = requiredReduction(latest, year, goal, targetYear);
    if (rate === null) expect(r.ratePercent).toBeNull();
    else expect(r.ratePercent).toBeCloseTo(rate, 9);
    if (perYear === null) expect(r.perYear).toBeNull();
    else expect(r.perYear).toBeCloseTo(perYear, 9);
  });
});

describe("atOrBelow", () => {
  it.each([
    { a: 1, b: 1, ok: true },
    { a: 700.0000000001, b: 700, ok: true },
    { a: 700.001, b: 700, ok: false },
    { a: 0, b: 0, ok: true },
    { a: 1e-12, b: 0, ok: true },
    { a: 1e-6, b: 0, ok: false },
  ])("$a ≤ $b is $ok", ({ a, b, ok }) => {
    expect(atOrBelow(a, b)).toBe(ok);
  });
});
