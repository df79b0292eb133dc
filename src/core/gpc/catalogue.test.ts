import { describe, expect, it } from "vitest";
import { compareRefs, gpcRow } from "./catalogue.ts";

describe("GPC reference order", () => {
  it("orders references as the standard lists them: by sector, then numerically", () => {
    const refs = ["II.1.1", "I.10.1", "V.2", "I.2.1", "III.1.2", "I.2.10", "I.2.2"];
    expect([...refs].sort(compareRefs)).toEqual([
      "I.2.1",
      "I.2.2",
      "I.2.10",
      "I.10.1",
      "II.1.1",
      "III.1.2",
      "V.2",
    ]);
  });

  it("puts a first part that is no sector last, including names of an object's built-in properties", () => {
    const refs = ["__proto__.1", "II.1.1", "constructor.2", "I.1.1"];
    const sorted = [...refs].sort(compareRefs);
    expect(sorted.slice(0, 2)).toEqual(["I.1.1", "II.1.1"]);
    expect(compareRefs("__proto__.1", "constructor.2")).toBe(-1);
    expect(Number.isNaN(compareRefs("__proto__", "I"))).toBe(false);
  });

  it("knows the rows of the standard and none named after built-ins", () => {
    expect(gpcRow("I.1.1")?.scope).toBe(1);
    expect(gpcRow("__proto__")).toBeUndefined();
  });
});
