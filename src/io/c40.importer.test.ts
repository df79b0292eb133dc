import { describe, expect, it } from "vitest";
import { sharedData } from "../../test/support/shared-data.ts";
import { calculate } from "../core/calculate.ts";
import { importC40 } from "./c40.importer.ts";
import { cellsMatching, problemsWith } from "./test-support.ts";

// Source: C40 Cities open GPC inventory data, via Open-Earth-Foundation/CityCatalyst-global-data clean_c40.csv.
describe("importC40 on the real clean_c40.csv", async () => {
  const { jurisdictions, inventories, report } = await importC40(sharedData("c40/clean_c40.csv"));

  it("gives 79 cities and 313 city-year inventories", () => {
    expect(jurisdictions).toHaveLength(79);
    expect(inventories).toHaveLength(313);
    expect(report.counts).toMatchObject({ rows: 18801, jurisdictions: 79, inventories: 313, lines: 6265 });
    expect(report.fatal).toBe(false);
  });

  it("reads London 2018 as emission lines in kg CO2e, one per GPC row", () => {
    const london = inventories.find((i) => i.jurisdictionName === "London" && i.year === 2018);
    expect(london?.country).toBe("GB");
    expect(london?.document.lines).toHaveLength(36);
    expect(london?.document.lines[0]).toMatchObject({ gpc: "I.1.1", emissions: { CO2e: { unit: "kg" } } });
    const result = calculate(london?.document ?? { lines: [] });
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(result.totals.basic).toBeCloseTo(33_788_903.6166, 3);
  });

  it("reads population, GDP and area series once per year despite the repeated rows", () => {
    const ba = jurisdictions.find((j) => j.name === "Buenos Aires");
    expect(ba?.population.find((p) => p.year === 2020)?.value).toBe(3075646);
    expect(ba?.population).toHaveLength(new Set(ba?.population.map((p) => p.year)).size);
    expect(ba?.gdp.length).toBeGreaterThan(0);
    expect(ba?.area.length).toBeGreaterThan(0);
  });

  it("flags II.5.3 (not a GPC row) and leaves it out, saying how much", () => {
    const p = problemsWith(report, "non_gpc_row");
    expect(p).toHaveLength(2);
    expect(p[0]).toMatchObject({ line: 4750, column: "gpc_refno" });
    expect(p[0]?.message).toContain("II.5.3");
    expect(inventories.every((i) => i.document.lines.every((l) => l.gpc !== "II.5.3"))).toBe(true);
  });

  it("flags stray whitespace at cells that have it, once per cell, in every column that has it", () => {
    const ws = problemsWith(report, "stray_whitespace");
    const spaced = cellsMatching("c40/clean_c40.csv", (raw) => raw.trim() !== "" && raw.trim() !== raw);
    const at = new Set(spaced.map((c) => `${c.line}|${c.column}`));
    const flagged = ws.map((p) => `${p.line}|${p.column}`);
    expect(flagged.every((key) => at.has(key))).toBe(true);
    expect(new Set(flagged).size).toBe(flagged.length);
    // Country and Boundary are the columns of the file with stray spaces (the values are read trimmed).
    expect([...new Set(spaced.map((c) => c.column))].sort()).toEqual(["Boundary", "Country"]);
    expect([...new Set(ws.map((p) => p.column))].sort()).toEqual(["Boundary", "Country"]);
  });
});

describe("importC40 on edited rows", () => {
  it("refuses two different values for one city-year-row", async () => {
    const text = [
      "City,Country,Region,Boundary,Year_calendar,gpc_refno,emissions,units,gas,Variable_name,Variable_value",
      "Accra,Ghana,Africa,A Metropolitan area,2015,I.1.1,215458525.7,kg,CO2e,Population,1999810.0",
      "Accra,Ghana,Africa,A Metropolitan area,2015,I.1.1,1,kg,CO2e,GDP,5.0",
    ].join("\n");
    const { report } = await importC40({ name: "c40.csv", data: text });
    expect(problemsWith(report, "conflicting_repeat")[0]).toMatchObject({ severity: "error", line: 3 });
  });

  it("refuses a gas that is not a GPC gas (even one named like an object key), naming line and column", async () => {
    const text = [
      "City,Country,Region,Boundary,Year_calendar,gpc_refno,emissions,units,gas,Variable_name,Variable_value",
      "Accra,Ghana,Africa,A Metropolitan area,2015,I.1.1,215458525.7,kg,__proto__,Population,1999810.0",
      "Accra,Ghana,Africa,A Metropolitan area,2015,I.1.2,1000,kg,CH4,GDP,5.0",
    ].join("\n");
    const { report } = await importC40({ name: "c40.csv", data: text });
    expect(problemsWith(report, "unknown_gas")).toEqual([
      expect.objectContaining({ severity: "error", line: 2, column: "gas" }),
    ]);
  });

  it("warns about a variable name that is not a series, even one named like an object key", async () => {
    const text = [
      "City,Country,Region,Boundary,Year_calendar,gpc_refno,emissions,units,gas,Variable_name,Variable_value",
      "Accra,Ghana,Africa,A Metropolitan area,2015,I.1.1,215458525.7,kg,CO2e,__proto__,1999810.0",
    ].join("\n");
    const { report } = await importC40({ name: "c40.csv", data: text });
    expect(problemsWith(report, "unknown_variable")).toEqual([
      expect.objectContaining({ severity: "warning", line: 2, column: "Variable_name" }),
    ]);
  });
});
