import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { convert, findUnit, parseRate, unitsOf } from "./units.ts";

describe("units", () => {
  it.each([
    [1, "MWh", "GJ", 3.6],
    [1, "therm", "MJ", 105.505585262],
    [1, "MMBtu", "GJ", 1.05505585262],
    [1, "Gg", "t", 1000],
    [1, "short ton", "kg", 907.18474],
    [1, "lb", "g", 453.59237],
    [1, "US gallon", "L", 3.785411784],
    [1, "barrel", "US gallon", 42],
    [1, "mile", "km", 1.609344],
    [1, "TJ", "kWh", 277_777.7777777778],
  ])("%d %s = %d %s", (value, from, to, expected) => {
    expect(convert(value, from, to)).toBeCloseTo(expected, 9);
  });

  it("refuses to convert across dimensions and unknown units", () => {
    expect(convert(1, "kg", "m3")).toBeUndefined();
    expect(convert(1, "kg", "stone")).toBeUndefined();
    expect(findUnit("mt")).toBeUndefined(); // megatonne is Mt; lowercase is not guessed
  });

  it("parses mass-per-unit rates with or without a gas label", () => {
    expect(parseRate("kg/TJ")?.kgPerBase).toBeCloseTo(1e-12, 20);
    expect(parseRate("t/MWh")?.kgPerBase).toBeCloseTo(1000 / 3.6e9, 20);
    expect(parseRate("kg CO2e/kWh")?.denominator.id).toBe("kWh");
    expect(parseRate("tCO2/TJ")?.numerator.id).toBe("t");
    expect(parseRate("g/km")?.denominator.dimension).toBe("distance");
    expect(parseRate("MWh/kg")).toBeUndefined();
    expect(parseRate("kg/TJ/yr")).toBeUndefined();
  });

  it("a conversion and its inverse return the input (property)", () => {
    const dims = ["energy", "mass", "volume", "distance"] as const;
    fc.assert(
      fc.property(
        fc
          .constantFrom(...dims)
          .chain((d) => fc.tuple(fc.constantFrom(...unitsOf(d)), fc.constantFrom(...unitsOf(d)))),
        fc.double({ min: 1e-6, max: 1e12, noNaN: true }),
        ([a, b], value) => {
          const there = convert(value, a, b);
          expect(there).toBeDefined();
          const back = convert(there as number, b, a) as number;
          expect(Math.abs(back - value)).toBeLessThanOrEqual(Math.abs(value) * 1e-12);
        },
      ),
    );
  });
});
