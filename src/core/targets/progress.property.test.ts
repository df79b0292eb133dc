import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildPathway, pathwayLevel } from "./pathway.ts";
import { targetProgress } from "./progress.ts";
import { achievedShare, atOrBelow, requiredReduction } from "./rates.ts";
import { buildObservation, buildTarget } from "./test-factories.ts";

const amount = fc.double({ min: 0, max: 1e9, noNaN: true });
const year = fc.integer({ min: 1990, max: 2060 });

const scenario = fc.record({
  baseYear: fc.integer({ min: 1990, max: 2025 }),
  span: fc.integer({ min: 1, max: 40 }),
  baseValue: fc.double({ min: 1, max: 1e9, noNaN: true }),
  reductionPercent: fc.double({ min: 0, max: 100, noNaN: true }),
  observations: fc.array(
    fc.record({
      offset: fc.integer({ min: 0, max: 45 }),
      factor: fc.double({ min: 0, max: 2, noNaN: true }),
      verified: fc.boolean(),
    }),
    { maxLength: 8 },
  ),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function progressOf(s: Scenario) {
  const t = buildTarget({
    baseYear: s.baseYear,
    targetYear: s.baseYear + s.span,
    baseValue: s.baseValue,
    reductionPercent: s.reductionPercent,
  });
  const obs = s.observations.map((o) =>
    buildObservation(s.baseYear + o.offset, s.baseValue * o.factor, { verified: o.verified }),
  );
  return { t, obs, p: targetProgress(t, { observations: obs }) };
}

describe("target progress properties", () => {
  it("the pathway is monotone between base and target", () => {
    fc.assert(
      fc.property(
        year,
        fc.integer({ min: 1, max: 60 }),
        amount,
        amount,
        year,
        year,
        (y0, span, v0, v1, a, b) => {
          const p = buildPathway({ year: y0, value: v0 }, { year: y0 + span, value: v1 });
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const d = pathwayLevel(p, hi) - pathwayLevel(p, lo);
          if (v1 <= v0) expect(d).toBeLessThanOrEqual(0);
          else expect(d).toBeGreaterThanOrEqual(0);
          for (const pt of p.points) {
            expect(pt.value).toBeGreaterThanOrEqual(Math.min(v0, v1));
            expect(pt.value).toBeLessThanOrEqual(Math.max(v0, v1));
          }
        },
      ),
    );
  });

  it("the achieved share is in [0, 1], and 1 exactly when the latest level is at or below the target", () => {
    fc.assert(
      fc.property(amount, amount, amount, (start, goal, latest) => {
        const { share } = achievedShare(start, goal, latest);
        expect(share).toBeGreaterThanOrEqual(0);
        expect(share).toBeLessThanOrEqual(1);
        if (latest <= goal) expect(share).toBe(1);
      }),
    );
  });

  it("the required compound rate, applied every year, reaches the target level", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e9, noNaN: true }),
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        fc.integer({ min: 1, max: 40 }),
        (latest, ratio, years) => {
          const { ratePercent } = requiredReduction(latest, 2020, latest * ratio, 2020 + years);
          const reached = latest * (1 - (ratePercent ?? 0) / 100) ** years;
          expect(reached / (latest * ratio)).toBeCloseTo(1, 9);
        },
      ),
    );
  });

  it("a base-year target implies base × (1 − r); achieved exactly when the latest is at or below it", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { p } = progressOf(s);
        expect(p.impliedLevel).toBeCloseTo(s.baseValue * (1 - s.reductionPercent / 100), 3);
        if (p.status === "no-data") {
          expect(p.latest === null || p.latest.year <= s.baseYear).toBe(true);
          return;
        }
        expect(p.latest).not.toBeNull();
        const reached = atOrBelow(p.latest?.value ?? Number.NaN, p.impliedLevel ?? Number.NaN);
        expect(p.status === "achieved").toBe(reached);
        if (reached) expect(p.achievedShare).toBe(1);
        if (p.status === "on-track") expect(p.onPathway).toBe(true);
        expect(p.pathway?.endValue).toBe(p.impliedLevel);
      }),
    );
  });

  it("the order of observations does not matter", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { t, obs, p } = progressOf(s);
        expect(targetProgress(t, { observations: [...obs].reverse() })).toEqual(p);
      }),
    );
  });
});
