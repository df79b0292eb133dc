import { describe, expect, it } from "vitest";
import { calculate } from "../calculate.ts";
import type { InventoryLine } from "../document.ts";
import { reviewChecks, unresolved } from "./review-checks.ts";
import { diffVersions } from "./version-diff.ts";

const line = (gpc: string, t: number, gas = "CO2"): InventoryLine => ({
  gpc,
  emissions: { [gas]: { value: t, unit: "t" } },
});
const LINES = [line("I.1.1", 100_000), line("II.1.1", 50_000, "CH4"), line("III.1.1", 2000, "N2O")];
const result = (lines: InventoryLine[], population?: number) =>
  calculate({ gwp: "AR5", lines, ...(population ? { population } : {}) });

describe("reviewChecks", () => {
  it("passes the core issues through with stable ids", () => {
    const checks = reviewChecks({
      year: 2022,
      result: result(LINES),
      rows: LINES.map((l) => l.gpc),
      previous: null,
      populationYear: null,
    });
    expect(checks.map((c) => c.id)).toEqual(
      expect.arrayContaining(["core:basic_incomplete:doc", "core:population_missing:doc"]),
    );
    expect(checks.some((c) => c.code === "crf_minimum")).toBe(false);
  });

  it("flags a total or sector changing more than 30 % from the previous verified year", () => {
    const before = result(LINES);
    const now = result([line("I.1.1", 140_000), ...LINES.slice(1)]);
    const checks = reviewChecks({
      year: 2022,
      result: now,
      rows: [],
      previous: { year: 2021, result: before },
      populationYear: null,
    });
    const ids = checks.map((c) => c.id);
    expect(ids).toContain("sector_change:I");
    expect(ids).not.toContain("sector_change:II");
    const small = result([line("I.1.1", 120_000), ...LINES.slice(1)]);
    const none = reviewChecks({
      year: 2022,
      result: small,
      rows: [],
      previous: { year: 2021, result: before },
      populationYear: null,
    });
    expect(none.some((c) => c.code === "sector_change" || c.code === "total_change")).toBe(false);
    const doubled = result(
      LINES.map((l) => line(l.gpc, 2 * (Object.values(l.emissions ?? {})[0]?.value ?? 0))),
    );
    expect(
      reviewChecks({
        year: 2022,
        result: doubled,
        rows: [],
        previous: { year: 2021, result: before },
        populationYear: null,
      }).map((c) => c.id),
    ).toContain("total_change");
  });

  it("flags implausible per-capita emissions, an old population and the CRF minimum", () => {
    const checks = reviewChecks({
      year: 2022,
      result: result([line("I.1.1", 10)], 1_000_000),
      rows: ["I.1.1"],
      previous: null,
      populationYear: 2010,
    });
    const byId = new Map(checks.map((c) => [c.id, c]));
    expect(byId.get("per_capita_range")?.severity).toBe("warning");
    expect(byId.get("population_outdated")?.message).toContain("2010");
    expect(byId.get("crf_minimum")?.message).toMatch(/II transport.*III waste.*CH4, N2O/);
  });

  it("reports errors as blocking and warnings without an answer as unanswered", () => {
    const checks = [
      { id: "a", code: "x", severity: "warning" as const, line: null, gpc: null, message: "" },
      { id: "b", code: "y", severity: "error" as const, line: 1, gpc: "I.1.1", message: "" },
      { id: "c", code: "z", severity: "info" as const, line: null, gpc: null, message: "" },
    ];
    expect(unresolved(checks, {})).toEqual({ errors: [checks[1]], unanswered: [checks[0]] });
    expect(unresolved(checks, { a: "  " }).unanswered).toHaveLength(1);
    expect(unresolved(checks, { a: "new waste plant" }).unanswered).toHaveLength(0);
  });
});

describe("reviewChecks of reported-totals inventories", () => {
  const totalsOnly = (t: { scope1: number | null; scope2: number | null; basic: number | null }) =>
    reviewChecks({
      year: 2014,
      result: result([]),
      rows: [],
      previous: null,
      populationYear: null,
      reported: t,
    });

  it("checks the totals instead of the CRF minimum of lines", () => {
    const ids = totalsOnly({ scope1: 9138309, scope2: 119473513, basic: 21426358 }).map((c) => c.id);
    expect(ids).toContain("scope2_exceeds_basic");
    expect(ids).not.toContain("crf_minimum");
    const fine = totalsOnly({ scope1: 9138309, scope2: 11947351, basic: 21426358 }).map((c) => c.id);
    expect(fine).not.toContain("scope2_exceeds_basic");
  });

  it("blocks totals that report nothing", () => {
    const checks = totalsOnly({ scope1: null, scope2: null, basic: null });
    expect(checks.find((c) => c.id === "no_reported_totals")?.severity).toBe("error");
  });
});

describe("diffVersions", () => {
  it("counts lines added and removed as multisets and the change of totals", () => {
    const a = result(LINES);
    const nextLines = [LINES[0] as InventoryLine, LINES[0] as InventoryLine, line("III.1.1", 3000, "N2O")];
    const diff = diffVersions(
      { lines: LINES, totals: a.totals },
      { lines: nextLines, totals: result(nextLines).totals },
    );
    expect(diff).toMatchObject({
      linesAdded: 2,
      linesRemoved: 2,
      rowsChanged: ["I.1.1", "II.1.1", "III.1.1"],
    });
    expect(diff.totals.basic.delta).toBeCloseTo(result(nextLines).totals.basic - a.totals.basic);
    expect(
      diffVersions({ lines: LINES, totals: a.totals }, { lines: [...LINES].reverse(), totals: a.totals })
        .linesAdded,
    ).toBe(0);
  });
});
