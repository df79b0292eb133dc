/**
 * The declared themes and their public figures: declarations (with formulas written out), each indicator's spread
 * across members' latest published reports, one member benchmarked against its peers, and the 10% programme.
 * Every figure reads published data only.
 */
import { benchmarkAgainstPeers, indicatorSpread } from "../../core/themes/benchmark.ts";
import { EFFICIENCY_RULE, efficiencyProgramme, efficiencyProgress } from "../../core/themes/efficiency.ts";
import { formulaText } from "../../core/themes/formula.ts";
import type { ThemeRegistry } from "../../core/themes/registry.ts";
import { RESILIENCE_GOAL_RULE, resilienceGoalByRegion } from "../../core/themes/resilience-goal.ts";
import type { ThemeDefinition } from "../../core/themes/types.ts";
import type { Db } from "../../db/database.ts";
import {
  jurisdictionLabels,
  listPublishedThemeTargets,
  resilienceHolders,
} from "../../db/repositories/theme-analytics.repository.ts";
import {
  listPublishedThemeReports,
  type ThemeReportRow,
} from "../../db/repositories/theme-report.repository.ts";
import type { AnalyticsService } from "../analytics/analytics.service.ts";
import { DomainError, notFound } from "../errors.ts";

/** The theme whose targets make up the 10% programme, and the target type of a commitment. */
export const EFFICIENCY_THEME = "resource-efficiency";
export const EFFICIENCY_TARGET_TYPE = "efficiency-10";

/** A theme as the API presents it: the declaration, with each formula also written out. */
export function presentTheme(t: ThemeDefinition) {
  return {
    ...t,
    indicators: t.indicators.map((i) => ({
      ...i,
      computed: i.formula !== undefined,
      formulaText: i.formula === undefined ? null : formulaText(i.formula),
    })),
  };
}

/** Each jurisdiction's latest published report (rows come newest year first within a jurisdiction). */
function latestPerJurisdiction(rows: readonly ThemeReportRow[]): ThemeReportRow[] {
  const seen = new Map<string, ThemeReportRow>();
  for (const r of rows) if (!seen.has(r.jurisdictionId)) seen.set(r.jurisdictionId, r);
  return [...seen.values()];
}

/** Public theme figures over one database. */
export class ThemeService {
  constructor(
    private readonly db: Db,
    readonly registry: ThemeRegistry,
    private readonly analytics: AnalyticsService,
  ) {}

  /** Every declared theme. */
  list() {
    return this.registry.list().map(presentTheme);
  }

  /** One theme, or not_found. */
  get(id: string) {
    const theme = this.registry.get(id);
    if (!theme) throw notFound("theme", id);
    return presentTheme(theme);
  }

  /** Each indicator's spread over members' latest published reports, and how many members report the theme. */
  async figures(themeId: string) {
    const theme = this.registry.get(themeId);
    if (!theme) throw notFound("theme", themeId);
    const latest = latestPerJurisdiction(await listPublishedThemeReports(this.db, themeId));
    return {
      theme: themeId,
      reportingMembers: latest.length,
      years: latest.length
        ? { from: Math.min(...latest.map((r) => r.year)), to: Math.max(...latest.map((r) => r.year)) }
        : null,
      rule: "each member's latest published report; indicators as computed when the report was written",
      indicators: theme.indicators.map((i) => {
        const values = latest
          .map((r) => r.indicators[i.id])
          .filter((v): v is number => typeof v === "number");
        return { id: i.id, name: i.name, unit: i.unit, direction: i.direction, ...indicatorSpread(values) };
      }),
    };
  }

  /**
   * One member's latest published values of a theme, each placed among its peers' (the analytics' similar
   * jurisdictions) latest published values, or among every reporting member's when it has no peer data.
   */
  async benchmark(themeId: string, jurisdictionId: string) {
    const theme = this.registry.get(themeId);
    if (!theme) throw notFound("theme", themeId);
    const latest = latestPerJurisdiction(await listPublishedThemeReports(this.db, themeId));
    const mine = latest.find((r) => r.jurisdictionId === jurisdictionId);
    if (!mine) throw notFound(`published ${themeId} report of jurisdiction`, jurisdictionId);
    const peerIds = await this.peerIds(jurisdictionId);
    const reportingPeers = latest.filter((r) => peerIds.has(r.jurisdictionId));
    const comparedWith: "peers" | "network" = reportingPeers.length > 0 ? "peers" : "network";
    const others = comparedWith === "peers" ? reportingPeers : latest.filter((r) => r !== mine);
    const labels = await jurisdictionLabels(
      this.db,
      others.map((r) => r.jurisdictionId),
    );
    return {
      theme: themeId,
      jurisdictionId,
      year: mine.year,
      comparedWith,
      rule: "the member's latest published value against the latest published values of its peers (GET /jurisdictions/{id}/peers) that report the theme, or of every other reporting member when none does; rank 1 is best in the indicator's direction",
      compared: others.map((r) => ({
        id: r.jurisdictionId,
        name: labels.get(r.jurisdictionId)?.name ?? "",
        year: r.year,
      })),
      indicators: theme.indicators.flatMap((i) => {
        const value = mine.indicators[i.id];
        if (typeof value !== "number") return [];
        const peerValues = others
          .map((r) => r.indicators[i.id])
          .filter((v): v is number => typeof v === "number");
        return [
          {
            id: i.id,
            name: i.name,
            unit: i.unit,
            direction: i.direction,
            ...benchmarkAgainstPeers(value, peerValues, i.direction),
          },
        ];
      }),
    };
  }

  /** The 10% programme: every published commitment with its progress, and the programme's totals. */
  async efficiencyProgramme(asOfYear = new Date().getUTCFullYear()) {
    const commitments = await listPublishedThemeTargets(this.db, EFFICIENCY_THEME, EFFICIENCY_TARGET_TYPE);
    const reports = await listPublishedThemeReports(this.db, EFFICIENCY_THEME);
    const labels = await jurisdictionLabels(
      this.db,
      commitments.map((c) => c.jurisdictionId),
    );
    const entries = commitments.flatMap((c) => {
      if (c.baseYear === null || c.baseValue === null || !(c.baseValue > 0)) return [];
      const figures = reports
        .filter((r) => r.jurisdictionId === c.jurisdictionId)
        .flatMap((r) => {
          const value = r.values[c.indicator];
          return typeof value === "number" ? [{ year: r.year, value }] : [];
        });
      const progress = efficiencyProgress(
        {
          resource: c.indicator,
          unit: c.unit,
          baselineYear: c.baseYear,
          baselineValue: c.baseValue,
          figures,
        },
        asOfYear,
      );
      const label = labels.get(c.jurisdictionId);
      return [
        {
          memberId: c.jurisdictionId,
          targetId: c.id,
          name: label?.name ?? "",
          country: label?.country ?? "",
          progress,
        },
      ];
    });
    return {
      asOfYear,
      rule: EFFICIENCY_RULE,
      summary: efficiencyProgramme(entries),
      commitments: entries.map(({ memberId, targetId, name, country, progress }) => ({
        jurisdictionId: memberId,
        jurisdictionName: name,
        country,
        targetId,
        ...progress,
      })),
    };
  }

  /** The plan's 25% resilience goal over the network and per region, from published data and risks. */
  async resilienceGoal() {
    const { members, ...holders } = await resilienceHolders(this.db);
    const latest = latestPerJurisdiction(await listPublishedThemeReports(this.db, "resilience"));
    const flagged = (id: string) =>
      new Set(latest.filter((r) => r.indicators[id] === 1).map((r) => r.jurisdictionId));
    return {
      rule: RESILIENCE_GOAL_RULE,
      ...resilienceGoalByRegion(members, {
        ...holders,
        policy: flagged("resilience-policy"),
        plans: flagged("adaptation-plan"),
      }),
    };
  }

  private async peerIds(jurisdictionId: string): Promise<Set<string>> {
    try {
      const { peers } = await this.analytics.peers(jurisdictionId, 10);
      return new Set(peers.map((p) => p.id));
    } catch (error) {
      // A jurisdiction without a stored summary has no peers yet: compare with the network instead.
      if (error instanceof DomainError && error.code === "not_found") return new Set();
      throw error;
    }
  }
}
