import { describe, expect, it } from "vitest";
import { engagementKpis, type MemberFacts } from "./engagement.ts";

const member = (id: string, over: Partial<MemberFacts> = {}): MemberFacts => ({
  jurisdictionId: id,
  region: "Europe",
  level: "basic",
  status: "active",
  programmes: 0,
  reportingYears: [],
  hasTargets: false,
  hasRiskAssessment: false,
  ...over,
});

// Hand-worked network: 5 active members (a–e), one lapsed (f) and one applicant (g) that never count.
const NETWORK = [
  member("a", { programmes: 2, reportingYears: [2020, 2021], hasTargets: true, hasRiskAssessment: true }),
  member("b", {
    region: "Africa",
    level: "advanced",
    programmes: 1,
    reportingYears: [2021],
    hasTargets: true,
  }),
  member("c", { region: "Africa", reportingYears: [2021] }),
  member("d", { level: "advanced", hasTargets: true }),
  member("e", { region: null }),
  member("f", { status: "lapsed", programmes: 3, reportingYears: [2021], hasRiskAssessment: true }),
  member("g", { status: "applied", programmes: 1 }),
];

describe("engagement KPIs", () => {
  const kpis = engagementKpis(NETWORK);

  it("counts active members in at least one programme against the 25 % goal", () => {
    expect(kpis.activeMembers).toBe(5);
    // a and b of a–e: 2/5 = 40 % ≥ 25 %.
    expect(kpis.engaged).toEqual({ count: 2, of: 5, share: 0.4, goal: 0.25, met: true });
  });

  it("splits engagement by region and level", () => {
    expect(kpis.engagedByRegion).toEqual([
      { key: "Africa", count: 1, of: 2, share: 0.5, goal: 0.25, met: true },
      { key: "Europe", count: 1, of: 2, share: 0.5, goal: 0.25, met: true },
      { key: "unknown", count: 0, of: 1, share: 0, goal: 0.25, met: false },
    ]);
    expect(kpis.engagedByLevel).toEqual([
      { key: "advanced", count: 1, of: 2, share: 0.5, goal: 0.25, met: true },
      { key: "basic", count: 1, of: 3, share: 1 / 3, goal: 0.25, met: true },
    ]);
  });

  it("counts members reporting each year, targets and risk assessments", () => {
    expect(kpis.reportingByYear).toEqual([
      { year: 2020, count: 1, of: 5, share: 0.2, goal: null, met: null },
      { year: 2021, count: 3, of: 5, share: 0.6, goal: null, met: null },
    ]);
    expect(kpis.withTargets).toMatchObject({ count: 3, of: 5, share: 0.6 });
    // Only a (f is lapsed): 1/5 = 20 % < 25 %.
    expect(kpis.withRiskAssessment).toEqual({ count: 1, of: 5, share: 0.2, goal: 0.25, met: false });
  });

  it("gives no share, and no verdict, without active members", () => {
    const empty = engagementKpis([member("x", { status: "ended", programmes: 1 })]);
    expect(empty.engaged).toEqual({ count: 0, of: 0, share: null, goal: 0.25, met: null });
    expect(empty.engagedByRegion).toEqual([]);
  });
});
