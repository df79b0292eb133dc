import { describe, expect, it } from "vitest";
import { acyclicParents, nonOverlapping } from "./overlap.ts";
import { SIZE_CLASSES, sizeClassOf } from "./size-class.ts";
import { fiveNumbers, quantile } from "./stats.ts";

describe("sizeClassOf", () => {
  it.each([
    [0, "lt-50k"],
    [49_999, "lt-50k"],
    [50_000, "50k-250k"],
    [249_999, "50k-250k"],
    [250_000, "250k-1m"],
    [999_999, "250k-1m"],
    [1_000_000, "1m-5m"],
    [4_999_999, "1m-5m"],
    [5_000_000, "ge-5m"],
    [40_000_000, "ge-5m"],
    [null, "unknown"],
    [-1, "unknown"],
    [Number.NaN, "unknown"],
  ])("%s → %s", (population, id) => {
    expect(sizeClassOf(population)).toBe(id);
  });

  it("classes are contiguous from 0 to infinity", () => {
    expect(SIZE_CLASSES[0]?.min).toBe(0);
    for (let i = 1; i < SIZE_CLASSES.length; i++) expect(SIZE_CLASSES[i]?.min).toBe(SIZE_CLASSES[i - 1]?.max);
    expect(SIZE_CLASSES[SIZE_CLASSES.length - 1]?.max).toBe(Number.POSITIVE_INFINITY);
  });
});

describe("quantile (type 7)", () => {
  it.each([
    { values: [], q: 0.5, expected: null },
    { values: [7], q: 0.25, expected: 7 },
    { values: [1, 2, 3, 4], q: 0.5, expected: 2.5 },
    { values: [1, 2, 3, 4], q: 0.25, expected: 1.75 },
    { values: [1, 2, 3, 4], q: 0.75, expected: 3.25 },
    { values: [1, 2, 3, 4, 5], q: 0.25, expected: 2 },
    { values: [1, 2, 3, 4, 5], q: 1, expected: 5 },
    { values: [1, 2, 3, 4, 5], q: 0, expected: 1 },
  ])("$q of $values is $expected", ({ values, q, expected }) => {
    expect(quantile(values, q)).toBe(expected);
  });

  it("fiveNumbers ignores non-finite values and sorts", () => {
    expect(fiveNumbers([5, Number.NaN, 1, 3])).toEqual({ n: 3, min: 1, q1: 2, median: 3, q3: 4, max: 5 });
  });
});

describe("overlap", () => {
  const parents = new Map<string, string | null>([
    ["country", null],
    ["province", "country"],
    ["city", "province"],
    ["district", "city"],
    ["other", null],
  ]);

  it.each([
    {
      figures: ["province", "city", "district"],
      included: ["province"],
      excluded: { city: "province", district: "province" },
    },
    { figures: ["city", "district", "other"], included: ["city", "other"], excluded: { district: "city" } },
    { figures: ["country", "district"], included: ["country"], excluded: { district: "country" } },
    { figures: ["district"], included: ["district"], excluded: {} },
  ])("$figures", ({ figures, included, excluded }) => {
    const r = nonOverlapping(figures, parents);
    expect(r.included.sort()).toEqual(included);
    expect(Object.fromEntries(r.excluded.map((e) => [e.id, e.coveredBy]))).toEqual(excluded);
  });

  it("breaks a parent cycle at its smallest id, so the cycle is still counted once", () => {
    const cyclic = acyclicParents(
      new Map([
        ["b", "c"],
        ["c", "a"],
        ["a", "b"],
        ["d", "a"],
      ]),
    );
    expect(cyclic.get("a")).toBeNull();
    expect(nonOverlapping(["a", "b", "c", "d"], cyclic).included).toEqual(["a"]);
  });
});
