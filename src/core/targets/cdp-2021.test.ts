/** Runs target progress over every row of CDP's 2021 targets file, with the 2021 city-wide totals as evidence. */
import { describe, expect, it } from "vitest";
import { readSharedCsv } from "../../../test/support/shared-data.ts";
import { targetProgress } from "./progress.ts";
import type { Observation, TargetInput, YearValue } from "./types.ts";

type Row = Record<string, string>;

const TYPES: Readonly<Record<string, string>> = {
  "Base year emissions (absolute) target": "base-year-absolute",
  "Base year intensity target": "base-year-intensity",
  "Fixed level target": "fixed-level",
  "Baseline scenario (business as usual) target": "baseline-scenario",
};
const SECTORS: Readonly<Record<string, string[]>> = {
  "All emissions sources included in city inventory": ["all"],
  Energy: ["stationary-energy"],
  Transport: ["transportation"],
  Waste: ["waste"],
  NA: [],
};

/** A CDP number cell: NA, blanks and text are null; scientific notation is read. */
function num(cell: string | undefined): number | null {
  if (cell === undefined || cell.trim() === "" || cell === "NA") return null;
  const n = Number(cell);
  return Number.isFinite(n) ? n : null;
}

function toTarget(r: Row): TargetInput {
  const boundary = r["Target.boundary.relative.to.city.boundary"] ?? "";
  const perGdp = (r["Intensity.unit..Emissions.per."] ?? "").includes("GDP");
  return {
    type: TYPES[r["Type.of.target"] ?? ""] ?? (r["Type.of.target"] || "none"),
    scope: boundary.startsWith("Local Government Operations") ? "government" : "community",
    sectors: SECTORS[r["Sector"] ?? "NA"] ?? ["other"],
    baseYear: num(r["Base.year"]),
    baseValue: num(r["Base.year.emissions..metric.tonnes.CO2e."]),
    targetYear: num(r["Target.year"]) ?? Number.NaN,
    targetValue: num(r["Target.year.absolute.emissions..metric.tonnes.CO2e."]),
    reductionPercent: num(r["Percentage.reduction.target"]),
    bauValue: num(r["Estimated.business.as.usual.absolute.emissions.in.target.year..metric.tonnes.CO2e."]),
    intensity: {
      denominator: perGdp ? "gdp" : "population",
      baseIntensity: num(r["Base.year.emissions.per.intensity.unit..metric.tonnes.CO2e.per.denominator."]),
      projectedDenominator: perGdp ? null : num(r["Projected.population.in.target.year"]),
    },
  };
}

function population(r: Row): YearValue[] {
  const year = num(r["Population.Year"]);
  const value = num(r["Population"]);
  return year !== null && value !== null ? [{ year, value }] : [];
}

/** Columns of the city-wide file whose sum is the city's reported total (its BASIC columns are empty in 2021). */
const TOTAL_COLUMNS = [
  "Direct emissions (metric tonnes CO2e) for Total emissions (excluding generation of grid-supplied energy)",
  "Indirect emissions from use of grid supplied energy (metric tonnes CO2e) for Total Emissions (excluding generation of grid-supplied energy)",
  "Emissions occurring outside city boundary (metric tonnes CO2e) for Total Emissions (excluding generation of grid-supplied energy)",
];

/** The city's reported scope 1 + 2 + 3 total (excluding generation), as an unverified reported-totals observation. */
function reportedTotals(rows: Row[]): Map<string, Observation[]> {
  const byAccount = new Map<string, Observation[]>();
  for (const r of rows) {
    const parts = TOTAL_COLUMNS.map((c) => num(r[c]));
    const value = parts[0] === null ? null : parts.reduce<number>((a, b) => a + (b ?? 0), 0);
    const year = num((r["Accounting year"] ?? "").match(/(\d{4})-\d\d-\d\d\s*$/)?.[1]); // the period's end
    if (value === null || year === null) continue;
    const list = byAccount.get(r["Account Number"] ?? "") ?? [];
    list.push({
      year,
      value,
      verified: false,
      source: "reported-totals",
      basis: { scope: "community", sectors: ["all"], total: "cdp-reported" },
    });
    byAccount.set(r["Account Number"] ?? "", list);
  }
  return byAccount;
}

describe("CDP 2021 Cities Emissions Reduction Targets", () => {
  const rows = readSharedCsv("cdp/2021_Cities_Emissions_Reduction_Targets.csv");
  const totals = reportedTotals(readSharedCsv("cdp/2021_City-wide_Emissions.csv"));
  const results = rows.map((r) => {
    const t = toTarget(r);
    const observations = totals.get(r["Account.Number"] ?? "") ?? [];
    return { r, t, p: targetProgress(t, { observations, population: population(r) }) };
  });

  it("reads all 1,460 rows and computes progress for each without an exception", () => {
    expect(rows).toHaveLength(1460);
    expect(results).toHaveLength(1460);
  });

  it("gives a finite implied level for every row with base year, base emissions, % and target year", () => {
    // Exceptions by rule: a BAU target without a BAU figure (no-data, bau_missing), and an intensity target whose
    // denominator cannot be projected (no GDP series here): its implied intensity is finite, its tCO2e is unknown.
    const complete = results.filter(
      ({ t }) =>
        t.baseYear !== null &&
        t.baseValue !== null &&
        t.reductionPercent !== null &&
        Number.isFinite(t.targetYear),
    );
    // Every complete emissions target except BAU targets without a BAU figure, which are no-data by rule.
    const bauMissing = complete.filter(({ t }) => t.type === "baseline-scenario" && t.bauValue === null);
    for (const { p } of bauMissing) expect(p.notes.map((n) => n.code)).toContain("bau_missing");
    const rest = complete.filter(({ t }) => !bauMissing.some((b) => b.t === t));
    expect(rest.length).toBeGreaterThan(700);
    const noGdp = rest.filter(({ p }) => p.notes.some((n) => n.code === "missing_denominator"));
    for (const { p, t } of noGdp) {
      expect(t.intensity?.denominator).toBe("gdp");
      expect(Number.isFinite(p.impliedIntensity ?? Number.NaN)).toBe(true);
    }
    expect(noGdp.length).toBeLessThan(10);
    const infinite = rest.filter(
      ({ p }) => !noGdp.some((x) => x.p === p) && !Number.isFinite(p.impliedLevel ?? Number.NaN),
    );
    expect(infinite.map(({ r }) => `${r["Account.Number"]} ${r["Type.of.target"]}`)).toEqual([]);
  });

  it("uses the reported totals only as unverified evidence and never as verified", () => {
    const judged = results.filter(({ p }) => p.status !== "no-data");
    expect(new Set(judged.map(({ p }) => p.status)).size).toBeGreaterThan(1);
    for (const { p } of judged) {
      expect(p.evidence).toBe("unverified");
      expect(p.notes.map((n) => n.code)).toContain("unverified_fallback");
    }
  });

  it("leaves rows that are not targets as no-data", () => {
    expect(results.filter(({ t }) => t.type === "No target" || t.type === "NA").length).toBe(333);
    for (const { r, p } of results) {
      if (!((r["Type.of.target"] ?? "") in TYPES)) expect(p.status).toBe("no-data");
    }
  });
});
