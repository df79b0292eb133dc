import { describe, expect, it } from "vitest";
import { JurisdictionIndex, locodeKey, nameKey } from "./jurisdiction-index.ts";

const stored = [
  { id: "rio", name: "Rio de Janeiro", country: "BR", cdpAccount: 35862, locode: "BR RIO" },
  { id: "sp", name: "São Paulo", country: "BR", cdpAccount: null, locode: null },
  { id: "rich", name: "City of Richmond, BC", country: "CA", cdpAccount: 834096, locode: null },
];

describe("jurisdiction matching", () => {
  const index = new JurisdictionIndex(stored);
  it.each([
    [{ name: "Rio", country: "BR", cdpAccount: 35862, locode: null }, "rio", "cdp-account"],
    [{ name: "Rio", country: null, cdpAccount: null, locode: "brrio" }, "rio", "locode"],
    [{ name: "sao paulo", country: "BR", cdpAccount: null, locode: null }, "sp", "name-country"],
    [{ name: "Richmond, BC", country: "CA", cdpAccount: null, locode: null }, "rich", "name-country"],
  ])("finds %j", (record, id, by) => {
    expect(index.match(record)).toMatchObject({ row: { id }, by });
  });

  it("does not match a namesake with another CDP account, or the same name in another country", () => {
    expect(
      index.match({ name: "City of Richmond, BC", country: "CA", cdpAccount: 1, locode: null }),
    ).toBeUndefined();
    expect(index.match({ name: "São Paulo", country: "PT", cdpAccount: null, locode: null })).toBeUndefined();
  });

  it("normalises names and LOCODEs", () => {
    expect(nameKey("City of  São Paulo!")).toBe("sao paulo");
    expect(locodeKey("br-rio")).toBe("BRRIO");
  });
});
