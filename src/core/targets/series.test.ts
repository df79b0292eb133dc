import { describe, expect, it } from "vitest";
import { leastSquares, lineAt, seriesValueAt } from "./series.ts";

const pts = (...xs: [number, number][]) => xs.map(([year, value]) => ({ year, value }));

describe("leastSquares", () => {
  it.each([
    { points: pts(), expected: null },
    { points: pts([2020, 5]), expected: { slope: 0, at2030: 5 } },
    { points: pts([2020, 5], [2020, 7]), expected: { slope: 0, at2030: 6 } },
    { points: pts([2010, 0], [2020, 10]), expected: { slope: 1, at2030: 20 } },
    // (2016,860) (2018,800) (2020,740): exact line, slope −30.
    { points: pts([2016, 860], [2018, 800], [2020, 740]), expected: { slope: -30, at2030: 440 } },
    // (0,1) (1,3) (2,2): mean (1,2), slope Σ(dx·dy)/Σdx² = (−1·−1 + 1·0)/2 = 0.5.
    { points: pts([0, 1], [1, 3], [2, 2]), expected: { slope: 0.5, at2030: 2 + 0.5 * 2029 } },
  ])("$points.length points", ({ points, expected }) => {
    const line = leastSquares(points);
    if (expected === null) return expect(line).toBeNull();
    expect(line?.slope).toBeCloseTo(expected.slope, 9);
    expect(line && lineAt(line, 2030)).toBeCloseTo(expected.at2030, 6);
  });
});

describe("seriesValueAt", () => {
  const s = pts([2010, 100], [2014, 140], [2015, 150]);
  it.each([
    { year: 2014, value: 140, why: "exact" },
    { year: 2012, value: 120, why: "interpolated" },
    { year: 2020, value: 200, why: "least-squares extrapolation after the end" },
    { year: 2005, value: 50, why: "extrapolation before the start" },
  ])("$year: $why", ({ year, value }) => {
    expect(seriesValueAt(s, year)).toBeCloseTo(value, 9);
  });

  it("holds a single value constant and has no value without points", () => {
    expect(seriesValueAt(pts([2019, 7]), 2030)).toBe(7);
    expect(seriesValueAt([], 2030)).toBeNull();
  });

  it("extrapolates from the last five points only", () => {
    const bent = pts([2000, 0], [2001, 0], [2010, 10], [2011, 11], [2012, 12], [2013, 13], [2014, 14]);
    expect(seriesValueAt(bent, 2020)).toBeCloseTo(20, 9);
  });
});
