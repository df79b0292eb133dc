/**
 * Engagement KPIs of the membership (Strategic Plan 2015–2021): the share of active members in at least one
 * programme, network or project (goal 25 %), by region and level; members reporting each year; members with
 * targets; members with risk assessments (the resilience agenda's goal: 25 %). Counted over active members only.
 */

/** What the KPIs need to know about one member. */
export interface MemberFacts {
  readonly jurisdictionId: string;
  readonly region: string | null;
  readonly level: string;
  readonly status: string;
  /** How many programmes, networks or projects it takes part in (any role). */
  readonly programmes: number;
  /** Years of its published inventories. */
  readonly reportingYears: readonly number[];
  readonly hasTargets: boolean;
  readonly hasRiskAssessment: boolean;
}

/** A count out of a total, its share (null when the total is 0), and the goal when there is one. */
export interface Share {
  readonly count: number;
  readonly of: number;
  readonly share: number | null;
  readonly goal: number | null;
  readonly met: boolean | null;
}

/** The engagement KPIs. */
export interface EngagementKpis {
  readonly activeMembers: number;
  readonly engaged: Share;
  readonly engagedByRegion: ReadonlyArray<{ readonly key: string } & Share>;
  readonly engagedByLevel: ReadonlyArray<{ readonly key: string } & Share>;
  readonly reportingByYear: ReadonlyArray<{ readonly year: number } & Share>;
  readonly withTargets: Share;
  readonly withRiskAssessment: Share;
  readonly rule: string;
}

/** The plan's goals. */
export const ENGAGEMENT_GOAL = 0.25;
export const RISK_ASSESSMENT_GOAL = 0.25;

/** The rule, in words. */
export const ENGAGEMENT_RULE =
  "over members whose status is active: engaged = takes part in at least one programme, network or project " +
  "(goal 25 %); reporting in a year = has a published inventory for that year; with targets = has a published " +
  "target; with a risk assessment = has at least one assessed hazard (goal 25 %); a region or level with no " +
  "active member is not listed";

function share(count: number, of: number, goal: number | null = null): Share {
  const s = of === 0 ? null : count / of;
  return { count, of, share: s, goal, met: goal === null || s === null ? null : s >= goal };
}

function grouped(members: readonly MemberFacts[], keyOf: (m: MemberFacts) => string) {
  const groups = new Map<string, MemberFacts[]>();
  for (const m of members) {
    const key = keyOf(m);
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, ms]) => ({
      key,
      ...share(ms.filter((m) => m.programmes > 0).length, ms.length, ENGAGEMENT_GOAL),
    }));
}

/** Computes the KPIs over `members` (any status; only active ones count). */
export function engagementKpis(members: readonly MemberFacts[]): EngagementKpis {
  const active = members.filter((m) => m.status === "active");
  const n = active.length;
  const years = [...new Set(active.flatMap((m) => m.reportingYears))].sort((a, b) => a - b);
  return {
    activeMembers: n,
    engaged: share(active.filter((m) => m.programmes > 0).length, n, ENGAGEMENT_GOAL),
    engagedByRegion: grouped(active, (m) => m.region ?? "unknown"),
    engagedByLevel: grouped(active, (m) => m.level),
    reportingByYear: years.map((year) => ({
      year,
      ...share(active.filter((m) => m.reportingYears.includes(year)).length, n),
    })),
    withTargets: share(active.filter((m) => m.hasTargets).length, n),
    withRiskAssessment: share(active.filter((m) => m.hasRiskAssessment).length, n, RISK_ASSESSMENT_GOAL),
    rule: ENGAGEMENT_RULE,
  };
}
