import { describe, expect, it } from "vitest";
import { sharedData } from "../../test/support/shared-data.ts";
import { calculate } from "../core/calculate.ts";
import { importCityCatalyst, parseCityCatalystFileName } from "./citycatalyst.importer.ts";
import { problemsWith, sharedText } from "./test-support.ts";

// Source: CityCatalyst (Open Earth Foundation) inventory export for Rio de Janeiro 2022.
const FILE = "citycatalyst/inventory-BR RIO-2022.csv";

describe("importCityCatalyst on Rio de Janeiro 2022", async () => {
  const imported = await importCityCatalyst(sharedData(FILE));
  const { document, fileTotals, report } = imported;

  it("takes LOCODE and year from the file name", () => {
    expect(document).toMatchObject({ jurisdiction: "BR RIO", year: 2022, gwp: "AR5" });
    expect(parseCityCatalystFileName("/x/inventory-US NYC-2019.csv")).toEqual({
      jurisdiction: "US NYC",
      year: 2019,
    });
  });

  it("gives a line per row: 52 with emissions, 22 notation keys", () => {
    expect(document.lines).toHaveLength(74);
    expect(report.counts).toMatchObject({ rows: 74, emissionLines: 52, notationKeyLines: 22 });
  });

  it("calculates to the file's own total on every row", () => {
    const result = calculate(document);
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
    result.lines.forEach((line, i) => {
      const fileTotal = fileTotals[i];
      if (fileTotal === null || fileTotal === undefined) expect(line.co2e).toBeNull();
      else expect(line.co2e).toBeCloseTo(fileTotal, 2);
    });
    const sum = fileTotals.reduce<number>((s, t) => s + (t ?? 0), 0);
    expect(result.lines.reduce((s, l) => s + (l.co2e ?? 0), 0)).toBeCloseTo(sum, 1);
  });

  it('flags "RN" (not a GPC key), activity without units and per-gas columns that do not add up', () => {
    expect(problemsWith(report, "non_gpc_notation_key")).toHaveLength(22);
    expect(problemsWith(report, "activity_without_unit")[0]).toMatchObject({
      line: 2,
      column: "Activity Value",
    });
    expect(problemsWith(report, "gases_do_not_add_up").map((p) => p.line)).toEqual([47, 51]);
  });

  it("lets the caller override jurisdiction and year, and errs when there are none", async () => {
    const text = sharedText(FILE);
    const given = await importCityCatalyst(
      { name: "export.csv", data: text },
      { jurisdiction: "BR SAO", year: 2021 },
    );
    expect(given.document).toMatchObject({ jurisdiction: "BR SAO", year: 2021 });
    const none = await importCityCatalyst({ name: "export.csv", data: text });
    expect(problemsWith(none.report, "missing_jurisdiction")).toHaveLength(1);
    expect(problemsWith(none.report, "missing_year")).toHaveLength(1);
  });

  it("refuses unknown GPC rows and notation keys", async () => {
    const lines = sharedText(FILE).split("\n");
    const edited = [
      lines[0],
      lines[1]?.replace('"I.1.1"', '"I.9.1"'),
      lines[17]?.replace('"RN"', '"XX"'),
    ].join("\n");
    const r = await importCityCatalyst({ name: "inventory-BR RIO-2022.csv", data: edited });
    expect(problemsWith(r.report, "unknown_gpc_row")[0]).toMatchObject({
      line: 2,
      column: "GPC Reference Number",
    });
    expect(problemsWith(r.report, "unknown_notation_key")[0]).toMatchObject({
      line: 3,
      column: "Notation Key",
    });
  });
});
