import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { TargetProgressView } from "../../api/analytics.ts";
import { pathwaySeries, TargetProgressPanel } from "./target-progress.tsx";

/** Rio's 2030 target as /targets/{id}/progress answers it: a pathway from 2017 and one compared figure. */
function view(overrides: Partial<TargetProgressView["progress"]> = {}): TargetProgressView {
  const points = [2017, 2018, 2019, 2020].map((year, i) => ({ year, value: 1000 - 100 * i }));
  return {
    targetId: "t",
    jurisdictionId: "j",
    status: "off-track",
    updatedAt: "2026-01-01T00:00:00Z",
    rule: "r",
    progress: {
      status: "off-track",
      metric: "absolute",
      unit: "tCO2e",
      impliedLevel: 700,
      impliedIntensity: null,
      pathway: {
        startYear: 2017,
        startValue: 1000,
        endYear: 2020,
        endValue: 700,
        anchor: "base-year",
        points,
      },
      latest: { year: 2019, value: 950, verified: true, source: "inventory", basis: "basic" },
      evidence: "verified",
      achievedShare: 50 / 300,
      achievedShareRaw: 50 / 300,
      requiredAnnualRatePercent: 26.4,
      requiredAnnualReduction: 250,
      onPathway: false,
      trend: null,
      trendReachesTarget: null,
      basisMismatch: null,
      notes: [{ code: "single_observation", message: "only one observation: the pathway alone decides" }],
      ...overrides,
    } as TargetProgressView["progress"],
  };
}

describe("pathwaySeries", () => {
  it("puts the pathway, the published figures within its years (and up to 5 before) and the compared one on one axis", () => {
    const actual = [
      { year: 2010, value: 1200 }, // more than five years before the pathway: left out
      { year: 2015, value: 1100 },
      { year: 2019, value: 950 },
      { year: 2024, value: 600 }, // after the target year: left out
    ];
    const { years, rows } = pathwaySeries(view(), actual);
    expect(years).toEqual([2015, 2017, 2018, 2019, 2020]);
    expect(rows[0]).toEqual({ year: 2015, pathway: null, actual: 1100, compared: null });
    expect(rows[3]).toEqual({ year: 2019, pathway: 800, actual: 950, compared: 950 });
  });
});

describe("TargetProgressPanel", () => {
  it("shows the status, the share achieved, the required rate, the notes and the pathway chart", () => {
    render(<TargetProgressPanel view={view()} actual={[{ year: 2019, value: 950 }]} />);
    expect(screen.getByText("Off track")).toBeTruthy();
    expect(screen.getByText("16.7% of the required reduction achieved")).toBeTruthy();
    expect(screen.getByText(/26\.4% a year needed from now/)).toBeTruthy();
    expect(screen.getByText("only one observation: the pathway alone decides")).toBeTruthy();
    expect(screen.getByText("Pathway against emissions, tCO2e")).toBeTruthy();
  });

  it("draws no chart when the API computed no pathway", () => {
    render(<TargetProgressPanel view={view({ pathway: null, latest: null })} actual={[]} />);
    expect(screen.getByText("Off track")).toBeTruthy();
    expect(screen.queryByText(/^Pathway against emissions/)).toBeNull();
  });
});
