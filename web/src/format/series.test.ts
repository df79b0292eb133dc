import { describe, expect, it } from "vitest";
import { countBy, latest } from "./series.ts";

describe("latest", () => {
  it("picks the point of the latest year whatever the order", () => {
    expect(
      latest([
        { year: 2019, value: 2 },
        { year: 2021, value: 3 },
        { year: 2020, value: 1 },
      ]),
    ).toEqual({ year: 2021, value: 3 });
  });

  it("is undefined for an empty series", () => {
    expect(latest([])).toBeUndefined();
  });
});

describe("countBy", () => {
  it("counts per key, keys in numeric order", () => {
    expect(countBy([2030, 2050, 2030, 2025, 2100], (y) => y)).toEqual([
      ["2025", 1],
      ["2030", 2],
      ["2050", 1],
      ["2100", 1],
    ]);
  });
});
