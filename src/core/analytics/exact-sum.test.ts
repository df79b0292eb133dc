import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ExactSum, exactSum } from "./exact-sum.ts";

/** Doubles that are integers times 2^-60 (so their exact sum is an integer count of 2^-60, never subnormal). */
const scaled = fc
  .tuple(fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }), fc.integer({ min: -60, max: 60 }))
  .map(([m, e]) => m * 2 ** e);

/** The exact sum of such doubles, rounded once to the nearest double (ties to even), with BigInt arithmetic. */
function reference(values: readonly number[]): number {
  let total = 0n;
  for (const v of values) total += BigInt(v * 2 ** 60); // exact: v·2^60 is an integer below 2^173
  const negative = total < 0n;
  let mag = negative ? -total : total;
  let shift = 0;
  const bits = mag.toString(2).length;
  if (bits > 53) {
    shift = bits - 53;
    const rest = mag & ((1n << BigInt(shift)) - 1n);
    mag >>= BigInt(shift);
    const half = 1n << BigInt(shift - 1);
    if (rest > half || (rest === half && (mag & 1n) === 1n)) mag += 1n;
  }
  const out = Number(mag) * 2 ** (shift - 60);
  return negative ? -out : out;
}

describe("exact summation", () => {
  it("gives the worked examples of Python's math.fsum", () => {
    expect(exactSum(Array(10).fill(0.1))).toBe(1);
    expect(
      Array(10)
        .fill(0.1)
        .reduce((a, b) => a + b, 0),
    ).toBe(0.9999999999999999); // the naive sum
    expect(exactSum([1e100, 1, -1e100, 1e-100, 1e50, -1, -1e50])).toBe(1e-100);
    expect(exactSum([2 ** 53, -0.5, -(2 ** -54)])).toBe(2 ** 53 - 1);
  });

  it("is the correctly rounded exact sum, whatever the order", () => {
    fc.assert(
      fc.property(fc.array(scaled, { maxLength: 40 }), (values) => {
        const want = reference(values);
        expect(exactSum(values)).toBe(want);
        expect(exactSum([...values].reverse())).toBe(want);
      }),
      { numRuns: 2000 },
    );
  });

  it("takes a value out exactly: adding and removing leaves the sum of the rest", () => {
    fc.assert(
      fc.property(
        fc.array(scaled, { maxLength: 20 }),
        fc.array(scaled, { maxLength: 20 }),
        (kept, passing) => {
          const s = new ExactSum();
          for (const [i, v] of kept.entries()) {
            s.add(v);
            if (passing[i] !== undefined) s.add(passing[i]);
          }
          for (const v of passing.slice(0, kept.length)) s.remove(v);
          expect(s.value()).toBe(exactSum(kept));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("follows IEEE for non-finite parts and recovers when they are taken out", () => {
    const s = new ExactSum();
    s.add(1.5);
    s.add(Number.POSITIVE_INFINITY);
    expect(s.value()).toBe(Number.POSITIVE_INFINITY);
    s.add(Number.NEGATIVE_INFINITY);
    expect(s.value()).toBeNaN();
    s.remove(Number.POSITIVE_INFINITY);
    expect(s.value()).toBe(Number.NEGATIVE_INFINITY);
    s.remove(Number.NEGATIVE_INFINITY);
    s.add(Number.NaN);
    expect(s.value()).toBeNaN();
    s.remove(Number.NaN);
    expect(s.value()).toBe(1.5);
    expect(Object.is(exactSum([-0, -0]), 0)).toBe(true);
    expect(exactSum([])).toBe(0);
  });
});
