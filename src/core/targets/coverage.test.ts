import { describe, expect, it } from "vitest";
import { comparableValue, coverageOf, describeCoverage } from "./coverage.ts";
import { buildObservation as obs, buildTarget as target } from "./test-factories.ts";

describe("coverageOf", () => {
  it.each([
    { sectors: [], expected: { all: true } },
    { sectors: ["all"], expected: { all: true } },
    { sectors: ["I", "All"], expected: { all: true } },
    { sectors: ["stationary-energy", "waste"], expected: { all: false, refs: ["I", "III"], unknown: [] } },
    { sectors: ["II.1", "II", "I.2"], expected: { all: false, refs: ["I.2", "II"], unknown: [] } },
    { sectors: ["Transport", " II "], expected: { all: false, refs: ["II"], unknown: [] } },
    { sectors: ["other", "I"], expected: { all: false, refs: ["I"], unknown: ["other"] } },
    { sectors: ["I.9", "VII"], expected: { all: false, refs: [], unknown: ["i.9", "vii"] } },
  ])("$sectors", ({ sectors, expected }) => {
    expect(coverageOf(sectors)).toEqual(expected);
  });

  it("describes a coverage in words", () => {
    expect(describeCoverage(coverageOf(["waste", "other"]))).toBe("III, other");
    expect(describeCoverage(coverageOf([]))).toBe("all sectors");
  });
});

describe("comparableValue", () => {
  const breakdown = {
    bySector: { I: 600, II: 300, III: 100 },
    bySubsector: { "I.1": 400, "I.2": 200, "II.1": 300, "III.1": 100 },
  };
  it.each([
    { name: "all with all", t: {}, o: {}, value: 1000, basis: "basic" },
    {
      name: "sector from bySector",
      t: { sectors: ["I", "waste"] },
      o: breakdown,
      value: 700,
      basis: "sum of I, III",
    },
    {
      name: "sub-sector",
      t: { sectors: ["I.1", "II.1"] },
      o: breakdown,
      value: 700,
      basis: "sum of I.1, II.1",
    },
    {
      name: "sector from sub-sectors only",
      t: { sectors: ["I"] },
      o: { bySubsector: breakdown.bySubsector },
      value: 600,
      basis: "sum of I",
    },
    { name: "absent sector is 0", t: { sectors: ["V"] }, o: breakdown, value: 0, basis: "sum of V" },
    {
      name: "same sectors, no breakdown needed",
      t: { sectors: ["transportation"] },
      o: { basis: { scope: "community", sectors: ["II"], total: "reported" } },
      value: 1000,
      basis: "reported of II",
    },
    {
      name: "same unmapped sectors",
      t: { sectors: ["other"] },
      o: { basis: { scope: "community", sectors: ["Other"] } },
      value: 1000,
      basis: "reported of other",
    },
  ])("compares $name", ({ t, o, value, basis }) => {
    expect(comparableValue(target(t), obs(2020, 1000, o))).toMatchObject({ ok: true, value, basis });
  });

  it.each([
    { name: "scope", t: {}, o: { basis: { scope: "government", sectors: ["all"] } }, reason: "government" },
    {
      name: "gases",
      t: { gases: ["CO2"] },
      o: { basis: { scope: "community", sectors: ["all"], gases: ["CO2", "CH4"] } },
      reason: "gases CO2",
    },
    {
      name: "partial obs vs all target",
      t: {},
      o: { basis: { scope: "community", sectors: ["I"] } },
      reason: "target covers all sectors, observation covers I",
    },
    { name: "no breakdown", t: { sectors: ["I"] }, o: {}, reason: "no breakdown for I" },
    {
      name: "sub-sector without bySubsector",
      t: { sectors: ["I.1"] },
      o: { bySector: { I: 1 } },
      reason: "no breakdown for I.1",
    },
    {
      name: "unmapped target sector",
      t: { sectors: ["other"] },
      o: { bySector: { I: 1 } },
      reason: "target covers other",
    },
  ])("refuses $name", ({ t, o, reason }) => {
    const c = comparableValue(target(t), obs(2020, 1000, o));
    expect(c.ok).toBe(false);
    if (!c.ok) expect(c.reason).toContain(reason);
  });

  it("compares when only the target names gases, and flags it", () => {
    expect(comparableValue(target({ gases: ["co2"] }), obs(2020, 5))).toMatchObject({
      ok: true,
      gasesStated: false,
    });
    const both = obs(2020, 5, { basis: { scope: "community", sectors: ["all"], gases: ["CO2"] } });
    expect(comparableValue(target({ gases: ["co2"] }), both)).toMatchObject({ ok: true, gasesStated: true });
  });
});
