import { describe, expect, it } from "vitest";
import { sharedData } from "../../test/support/shared-data.ts";
import { importCdpTargets } from "./cdp-targets.importer.ts";
import { cellsMatching, problemsWith, sharedHead } from "./test-support.ts";

const FILE = "cdp/2021_Cities_Emissions_Reduction_Targets.csv";

describe("importCdpTargets on the real 2021 file", async () => {
  const { targets, report } = await importCdpTargets(sharedData(FILE));

  it("types every row as standards.md §4 counts them", () => {
    expect(report.counts).toMatchObject({
      rows: 1460,
      targets: 1127,
      "base-year-absolute": 756,
      "fixed-level": 193,
      "baseline-scenario": 120,
      "base-year-intensity": 58,
      noTarget: 206,
      blankType: 127,
    });
    expect(targets).toHaveLength(1127);
  });

  it("reads Bogotá's business-as-usual target with its figures (line 2)", () => {
    expect(targets[0]).toMatchObject({
      cdpAccount: 31154,
      jurisdictionName: "Bogotá",
      type: "baseline-scenario",
      scope: "community",
      sectors: ["all"],
      baseYear: 2017,
      baseValue: 11424724,
      targetYear: 2024,
      reductionPercent: 15,
      bauValue: 13438701,
      provenance: { line: 2 },
    });
  });

  it("keeps intensity targets' base intensity and unit", () => {
    const intensity = targets.filter((t) => t.type === "base-year-intensity");
    expect(intensity.some((t) => t.baseIntensity?.unit === "Metric tonnes of CO2e per capita")).toBe(true);
  });

  it('flags every "Do not know" answer at its line and column (200 listed, the rest counted)', () => {
    const expected = cellsMatching(FILE, /^do not know$/i);
    const listed = problemsWith(report, "do_not_know");
    expect(expected).toHaveLength(293);
    expect(listed.length + (report.suppressed.do_not_know ?? 0)).toBe(expected.length);
    expect(listed.map((p) => ({ line: p.line, column: p.column }))).toEqual(expected.slice(0, listed.length));
  });

  it("flags blank types, typed targets without a target year and incomplete targets", () => {
    expect(
      problemsWith(report, "blank_cell").some(
        (p) => p.column === "Type.of.target" && p.severity === "warning",
      ),
    ).toBe(true);
    const noYear = problemsWith(report, "blank_cell").filter((p) => p.column === "Target.year");
    expect(noYear.length).toBeGreaterThan(0);
    expect(noYear[0]?.severity).toBe("error");
    expect(problemsWith(report, "incomplete_target").length).toBeGreaterThan(0);
  });
});

describe("importCdpTargets on edited rows", () => {
  const [header, first] = sharedHead(FILE, 1) as [string, string];
  it("refuses an unknown target type and flags a base year after the target year", async () => {
    const odd = first.replace("Baseline scenario (business as usual) target", "Aspirational target");
    const late = first.replace(",2017,", ",2030,");
    const { targets, report } = await importCdpTargets({
      name: "t.csv",
      data: [header, odd, late].join("\n"),
    });
    expect(problemsWith(report, "unknown_target_type")[0]).toMatchObject({
      line: 2,
      column: "Type.of.target",
    });
    expect(problemsWith(report, "base_after_target")[0]).toMatchObject({ line: 3, column: "Base.year" });
    expect(targets).toHaveLength(1);
  });

  it("refuses a target type named like an object's built-in property (found by the fuzz)", async () => {
    const proto = first.replace("Baseline scenario (business as usual) target", "__proto__");
    const { targets, report } = await importCdpTargets({ name: "t.csv", data: [header, proto].join("\n") });
    expect(problemsWith(report, "unknown_target_type")[0]).toMatchObject({
      line: 2,
      column: "Type.of.target",
    });
    expect(targets).toHaveLength(0);
  });

  it("refuses a file that is not the targets layout", async () => {
    const { report } = await importCdpTargets(sharedData("c40/clean_c40.csv"));
    expect(report.fatal).toBe(true);
    expect(problemsWith(report, "unknown_layout")[0]?.message).toContain("Type.of.target");
  });
});
