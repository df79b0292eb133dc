import { describe, expect, it } from "vitest";
import { countryIso } from "./country-iso.ts";

describe("countryIso", () => {
  it("names the ISO code of a spelling in the files, trimmed", () => {
    expect([countryIso("Brazil"), countryIso(" Viet Nam "), countryIso("Atlantis")]).toEqual([
      "BR",
      "VN",
      undefined,
    ]);
  });

  it("treats prototype names as unknown countries, never as a lookup on Object.prototype", () => {
    expect(["__proto__", "constructor", "toString", "hasOwnProperty"].map(countryIso)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
