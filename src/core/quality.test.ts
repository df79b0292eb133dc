import { describe, expect, it } from "vitest";
import { calculate } from "./calculate.ts";
import type { InventoryDocument, InventoryLine } from "./document.ts";
import { BASIC_ROWS } from "./gpc/catalogue.ts";
import type { IssueCode } from "./result.ts";

/** A complete, clean inventory: every BASIC row reported or keyed, population given. */
function goodDocument(): InventoryDocument {
  const lines: InventoryLine[] = BASIC_ROWS.map((row) =>
    row.ref === "I.1.1"
      ? {
          gpc: row.ref,
          fuel: "natural-gas",
          activity: { value: 10, unit: "TJ" },
          dataQuality: { activity: "H", factor: "M" },
        }
      : row.ref === "I.2.1"
        ? { gpc: row.ref, notationKey: "IE", explanation: "Included in I.1.1 (meters are shared)" }
        : row.ref === "I.7.1"
          ? { gpc: row.ref, notationKey: "NO", explanation: "No coal mining" }
          : { gpc: row.ref, emissions: { CO2: { value: 1, unit: "t" } } },
  );
  return { gwp: "AR5", population: 100_000, lines };
}

function codesOf(doc: InventoryDocument): IssueCode[] {
  return calculate(doc).issues.map((i) => i.code);
}

const bad: Array<[IssueCode, InventoryLine, number | null]> = [
  ["unknown_gpc_row", { gpc: "I.9.9", emissions: { CO2: { value: 1, unit: "t" } } }, null],
  ["line_kind_mismatch", { gpc: "III.1.1", fuel: "diesel", activity: { value: 1, unit: "t" } }, null],
  ["line_kind_mismatch", { gpc: "I.1.2", fuel: "natural-gas", activity: { value: 1, unit: "TJ" } }, null],
  [
    "line_kind_conflict",
    { gpc: "I.1.1", notationKey: "NO", explanation: "x", emissions: { CO2: { value: 1, unit: "t" } } },
    null,
  ],
  ["empty_line", { gpc: "I.1.1" }, null],
  [
    "incompatible_units",
    { gpc: "I.1.2", activity: { value: 5, unit: "km" }, factors: { CO2: { value: 1, unit: "kg/MWh" } } },
    null,
  ],
  ["incompatible_units", { gpc: "I.1.1", fuel: "anthracite", activity: { value: 5, unit: "m3" } }, null],
  ["incompatible_units", { gpc: "IV.1", emissions: { CO2: { value: 5, unit: "MWh" } } }, null],
  ["unknown_unit", { gpc: "I.1.1", fuel: "diesel", activity: { value: 5, unit: "furlong" } }, null],
  [
    "unknown_unit",
    { gpc: "I.1.2", activity: { value: 5, unit: "MWh" }, factors: { CO2: { value: 1, unit: "MWh/kg" } } },
    null,
  ],
  ["negative_value", { gpc: "I.1.1", fuel: "diesel", activity: { value: -5, unit: "t" } }, null],
  ["negative_value", { gpc: "IV.1", emissions: { CO2: { value: -1, unit: "t" } } }, null],
  ["non_finite_value", { gpc: "I.1.1", fuel: "diesel", activity: { value: Number.NaN, unit: "t" } }, null],
  [
    "non_finite_value",
    { gpc: "IV.1", emissions: { CO2: { value: Number.POSITIVE_INFINITY, unit: "t" } } },
    null,
  ],
  // Found by the importer fuzz: finite amounts whose product overflows became totals PostgreSQL refused.
  ["non_finite_value", { gpc: "I.1.1", fuel: "diesel", activity: { value: 1e308, unit: "TJ" } }, null],
  [
    "non_finite_value",
    {
      gpc: "I.1.2",
      activity: { value: 3.6e305, unit: "MWh" },
      factors: { CO2e: { value: 0.5, unit: "kg/kWh" } },
    },
    null,
  ],
  [
    "invalid_value",
    { gpc: "I.1.1", fuel: "diesel", activity: { value: "12" as unknown as number, unit: "t" } },
    null,
  ],
  ["zero_activity", { gpc: "I.1.1", fuel: "diesel", activity: { value: 0, unit: "t" } }, 0],
  [
    "zero_factor",
    { gpc: "I.1.2", activity: { value: 1, unit: "MWh" }, factors: { CO2: { value: 0, unit: "t/MWh" } } },
    0,
  ],
  ["missing_factor", { gpc: "I.1.2", activity: { value: 1, unit: "MWh" } }, null],
  ["unknown_fuel", { gpc: "I.1.1", fuel: "unobtainium", activity: { value: 1, unit: "t" } }, null],
  ["no_default_factor", { gpc: "II.4.1", fuel: "coal-bituminous", activity: { value: 1, unit: "t" } }, null],
  ["unknown_gas", { gpc: "IV.1", emissions: { CFC11: { value: 1, unit: "t" } } }, null],
  [
    "co2e_with_gases",
    { gpc: "IV.1", emissions: { CO2e: { value: 1, unit: "t" }, CO2: { value: 1, unit: "t" } } },
    null,
  ],
  ["unknown_notation_key", { gpc: "I.4.2", notationKey: "RN", explanation: "relevant, not reported" }, null],
  ["notation_key_without_explanation", { gpc: "I.4.2", notationKey: "NO" }, null],
  ["ie_without_row", { gpc: "I.4.2", notationKey: "IE", explanation: "elsewhere" }, null],
  ["ne_in_basic_row", { gpc: "I.4.2", notationKey: "NE", explanation: "no data from the utility" }, null],
  [
    "invalid_data_quality",
    { gpc: "I.4.2", notationKey: "NO", explanation: "none", dataQuality: { activity: "X" as "H" } },
    null,
  ],
];

describe("quality checks", () => {
  it("stay silent on a good, complete document", () => {
    const result = calculate(goodDocument());
    expect(result.issues).toEqual([]);
    expect(result.totals.basic).toBeGreaterThan(0);
  });

  it.each(bad.map(([code, line, co2e], i) => [i, code, line, co2e] as const))(
    "case %i: %s fires on its bad line, names it, and leaves the rest untouched",
    (_i, code, line, co2e) => {
      const doc = goodDocument();
      doc.lines.push(line);
      const result = calculate(doc);
      const lineNo = doc.lines.length;
      const issue = result.issues.find((i) => i.code === code);
      expect(issue).toMatchObject({ line: lineNo, gpc: line.gpc });
      expect(issue?.message.length).toBeGreaterThan(10);
      expect(result.lines[lineNo - 1]?.co2e ?? null).toBe(co2e);
      expect(result.issues.every((i) => i.line === lineNo)).toBe(true);
      expect(result.totals.basic).toBeCloseTo(calculate(goodDocument()).totals.basic, 9);
    },
  );

  it("names the units on both sides of an incompatibility", () => {
    const doc = goodDocument();
    doc.lines.push({
      gpc: "I.1.2",
      activity: { value: 5, unit: "km" },
      factors: { CO2: { value: 1, unit: "kg/MWh" } },
    });
    const msg = calculate(doc).issues.find((i) => i.code === "incompatible_units")?.message ?? "";
    expect(msg).toContain('"km"');
    expect(msg).toContain('"kg/MWh"');
  });

  it("refuses totals that add up past the largest number, naming no line (each line is fine)", () => {
    const line: InventoryLine = { gpc: "II.1.1", emissions: { CO2: { value: 1.7e305, unit: "t" } } };
    const fine = calculate({ gwp: "AR5", lines: Array.from({ length: 1000 }, () => line) });
    expect(fine.issues.filter((i) => i.severity === "error")).toEqual([]);
    const over = calculate({ gwp: "AR5", lines: Array.from({ length: 1100 }, () => line) });
    expect(over.issues.filter((i) => i.severity === "error")).toEqual([
      {
        code: "non_finite_value",
        severity: "error",
        line: null,
        gpc: null,
        message: `the inventory's totals overflow (over ${Number.MAX_VALUE} t): check the largest values and units`,
      },
    ]);
  });

  it("allows removals (negative emissions) in V.2 land only", () => {
    const doc = goodDocument();
    doc.lines.push({ gpc: "V.2", emissions: { CO2: { value: -50, unit: "t" } } });
    const result = calculate(doc);
    expect(result.issues).toEqual([]);
    expect(result.bySector.V).toBe(-50);
  });

  it("lists the BASIC rows that are neither reported nor keyed", () => {
    const doc = goodDocument();
    doc.lines = doc.lines.filter((l) => l.gpc !== "II.3.1" && l.gpc !== "III.4.2");
    const issue = calculate(doc).issues.find((i) => i.code === "basic_incomplete");
    expect(issue).toMatchObject({ severity: "warning", line: null });
    expect(issue?.message).toBe(
      "BASIC incomplete: rows II.3.1, III.4.2 are neither reported nor given a notation key",
    );
  });

  it("flags a missing or impossible population and gives no per-capita figures", () => {
    const missing = goodDocument();
    delete missing.population;
    expect(codesOf(missing)).toEqual(["population_missing"]);
    expect(calculate(missing).totals.perCapita).toBeNull();
    const zero = goodDocument();
    zero.population = 0;
    expect(codesOf(zero)).toEqual(["invalid_population"]);
  });
});
