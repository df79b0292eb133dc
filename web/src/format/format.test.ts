import { describe, expect, it } from "vitest";
import {
  countryName,
  formatCompact,
  formatDate,
  formatInteger,
  formatPercent,
  formatTonnes,
  formatTonnesCompact,
} from "./format.ts";

describe("formatters", () => {
  it("formats integers with the locale's grouping", () => {
    expect(formatInteger(6211423, "en")).toBe("6,211,423");
    expect(formatInteger(6211423.6, "en")).toBe("6,211,424");
    expect(formatInteger(6211423, "pt")).toBe("6.211.423");
  });

  it("formats compact numbers", () => {
    expect(formatCompact(157_700_000, "en")).toBe("157.7M");
    expect(formatCompact(950, "en")).toBe("950");
  });

  it.each([
    [0, "0"],
    [8772887.4, "8,772,887"],
    [100, "100"],
    [99.456, "99.5"],
    [0.0123456, "0.0123"],
    [-1234.5, "-1,235"],
  ])("formats %s tonnes as %s", (value, expected) => {
    expect(formatTonnes(value, "en")).toBe(expected);
  });

  it("formats tonnes compactly only from a thousand", () => {
    expect(formatTonnesCompact(12_345_678, "en")).toBe("12.3M");
    expect(formatTonnesCompact(999, "en")).toBe("999");
  });

  it("formats percentages given in percent", () => {
    expect(formatPercent(45, "en")).toBe("45%");
    expect(formatPercent(12.25, "en")).toBe("12.3%");
  });

  it("formats dates in the reader's locale and leaves bad input as it is", () => {
    expect(formatDate("2024-03-05T12:00:00.000Z", "en")).toBe("Mar 5, 2024");
    expect(formatDate("not a date", "en")).toBe("not a date");
  });

  it("names countries in the reader's language", () => {
    expect(countryName("BR", "en")).toBe("Brazil");
    expect(countryName("BR", "fr")).toBe("Brésil");
    expect(countryName("??", "en")).toBe("??");
  });
});
