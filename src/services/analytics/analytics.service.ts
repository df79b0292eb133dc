/**
 * Network analytics over the maintained summaries: network roll-up, trends, commitments, target progress,
 * peers, leaders with performance partners, and the State of Cities report's data. Public: every figure comes
 * from published data only. Network figures are memoised per data version (see NetworkMemo).
 */
import {
  findPeers,
  LEADER_RULE,
  type LeaderMetric,
  learningNeed,
  networkRollup,
  OVERLAP_RULE,
  PEER_RULE,
  partnerCandidates,
  peerFeatures,
  topPerformers,
} from "../../core/analytics/index.ts";
import { STATUS_RULE } from "../../core/targets/index.ts";
import type { Change } from "../../db/changes.ts";
import type { Db } from "../../db/database.ts";
import { readTargetProgress } from "../../db/repositories/analytics.repository.ts";
import { notFound } from "../errors.ts";
import type { Actor } from "../service-helpers.ts";
import type { TargetService } from "../target.service.ts";
import {
  presentRollup,
  progressCounts,
  sectorTrend,
  stateOfCitiesData,
  trendOf,
  trim,
} from "./network-figures.ts";
import {
  applyFilter,
  describeFilter,
  filterKey,
  isWholeNetwork,
  type NetworkFilter,
} from "./network-filter.ts";
import { NetworkMemo, type Snapshot } from "./network-memo.ts";

/** The attribution every report built from the demonstration network's CDP data must carry. */
export const CDP_ATTRIBUTION =
  "This data was collected in partnership by CDP and ICLEI - Local Governments for Sustainability";

/** Network analytics use cases over one database. */
export class AnalyticsService {
  private readonly memo: NetworkMemo;

  constructor(
    private readonly db: Db,
    private readonly targets: TargetService,
  ) {
    this.memo = new NetworkMemo(db);
  }

  /** Trusts the change feed for invalidation (the server calls `invalidate` for every announced change). */
  followChanges(): void {
    this.memo.followChanges();
  }

  /** Drops memoised figures when a summary changed. */
  invalidate(change?: Change): void {
    this.memo.invalidate(change);
  }

  /** How many times the summaries were read into memory (tests and the benchmark). */
  get rebuilds(): number {
    return this.memo.rebuilds;
  }

  /** The network summary: counts, groups, emissions without overlaps, distributions, commitments, progress. */
  async network(filter: NetworkFilter = {}) {
    return this.cached(`network?${filterKey(filter)}`, (snap) => {
      const { rollup, progress } = this.rollupOf(snap, filter);
      return { ...this.meta(snap, filter), rollup: presentRollup(rollup), progress };
    });
  }

  /** Verified territorial totals and per-capita medians by year, and emissions by GPC sector by year. */
  async trends(filter: NetworkFilter = {}) {
    return this.cached(`trends?${filterKey(filter)}`, (snap) => {
      const subset = applyFilter(snap.summaries, filter);
      const years = trendOf(subset).map((y) => ({
        year: y.year,
        territorial: trim(y.territorial),
        basicPerCapita: y.basicPerCapita,
      }));
      return { ...this.meta(snap, filter), years, sectors: sectorTrend(subset) };
    });
  }

  /** Committed reductions by 2030 and 2050 (against base year and BAU), actions' expected reductions, progress. */
  async commitments(filter: NetworkFilter = {}) {
    return this.cached(`commitments?${filterKey(filter)}`, (snap) => {
      const { rollup, progress } = this.rollupOf(snap, filter);
      const presented = presentRollup(rollup);
      return {
        ...this.meta(snap, filter),
        commitments: presented.commitments,
        actionReductions: presented.actionReductions,
        progress,
      };
    });
  }

  /** A target's stored progress, for those who may read the target (the public: published targets). */
  async targetProgress(targetId: string, actor: Actor) {
    const target = await this.targets.get(targetId, actor);
    const stored = (await readTargetProgress(this.db, [targetId])).get(targetId);
    if (!stored) throw notFound("target progress", targetId);
    return {
      targetId,
      jurisdictionId: target.jurisdictionId,
      status: stored.status,
      progress: stored.progress,
      updatedAt: stored.updatedAt.toISOString(),
      rule: STATUS_RULE,
    };
  }

  /** The jurisdictions most like `jurisdictionId`, with the features that matched. */
  async peers(jurisdictionId: string, limit = 10) {
    const snap = await this.memo.current();
    const features = this.memo.figure(snap, "features", () =>
      snap.summaries.map((s) => peerFeatures(s.summary, s.profile)),
    );
    const me = features.find((f) => f.id === jurisdictionId);
    if (!me) throw notFound("jurisdiction", jurisdictionId);
    return {
      jurisdiction: { id: me.id, name: me.name },
      rule: PEER_RULE,
      peers: this.memo.figure(snap, `peers:${jurisdictionId}:${limit}`, () => findPeers(me, features, limit)),
    };
  }

  /** Top performers by verified reduction within the filtered group, each with performance-partner candidates. */
  async leaders(filter: NetworkFilter = {}, metric: LeaderMetric = "absolute", limit = 10) {
    return this.cached(`leaders:${metric}:${limit}?${filterKey(filter)}`, (snap) => {
      const subset = applyFilter(snap.summaries, filter);
      const byId = new Map(subset.map((s) => [s.summary.id, s]));
      const pool = subset.map((s) => ({
        features: peerFeatures(s.summary, s.profile),
        need: learningNeed(s.summary, s.profile.progress.filter((p) => p.status === "off-track").length),
      }));
      const leaders = topPerformers(
        subset.map((s) => s.summary),
        metric,
        limit,
      ).map((r) => {
        const stored = byId.get(r.id);
        const own = pool.find((p) => p.features.id === r.id);
        return {
          ...r,
          name: stored?.profile.name ?? r.id,
          partners: own ? partnerCandidates(own.features, pool) : [],
        };
      });
      return { ...this.meta(snap, filter), metric, rule: LEADER_RULE, peerRule: PEER_RULE, leaders };
    });
  }

  /** The stored public summaries and profiles of the current data version (membership KPIs and matching). */
  async summaries() {
    return (await this.memo.current()).summaries;
  }

  /** The State of Cities report's data for the whole network or a filter. */
  async stateOfCities(filter: NetworkFilter = {}, generatedAt = new Date()) {
    const snap = await this.memo.current();
    const described = describeFilter(filter);
    return stateOfCitiesData(applyFilter(snap.summaries, filter), {
      title: `State of Cities ${generatedAt.getUTCFullYear()}`,
      filter: described,
      generatedAt: generatedAt.toISOString().slice(0, 10),
      attribution: [
        CDP_ATTRIBUTION,
        "Figures from published (reviewed) data only; see the rules in the notes.",
      ],
    });
  }

  /** The roll-up and progress counts of the filtered network: the maintained ones for the whole network. */
  private rollupOf(snap: Snapshot, filter: NetworkFilter) {
    if (isWholeNetwork(filter)) return { rollup: snap.rollup, progress: snap.progress };
    const subset = applyFilter(snap.summaries, filter);
    return { rollup: networkRollup(subset.map((s) => s.summary)), progress: progressCounts(subset) };
  }

  private meta(snap: Snapshot, filter: NetworkFilter) {
    return {
      filter,
      computedAt: snap.computedAt.toISOString(),
      rules: { overlap: OVERLAP_RULE, status: STATUS_RULE },
    };
  }

  private async cached<T>(name: string, compute: (snap: Snapshot) => T): Promise<T> {
    const snap = await this.memo.current();
    return this.memo.figure(snap, name, () => compute(snap));
  }
}
