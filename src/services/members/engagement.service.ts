/**
 * The membership's public figures: engagement KPIs, suggested peers of a member and mentoring pairs. They join
 * memberships and programme participation with the analytics summaries (published data only), so nothing private
 * enters them.
 */
import { learningNeed, type PeerFeatures, peerFeatures } from "../../core/analytics/index.ts";
import {
  ENGAGEMENT_RULE,
  engagementKpis,
  MATCH_RULE,
  MENTORING_RULE,
  type MemberFacts,
  type MemberFeatures,
  mentoringPairs,
  suggestPeers,
} from "../../core/members/index.ts";
import type { Db } from "../../db/database.ts";
import type { StoredSummary } from "../../db/repositories/analytics.repository.ts";
import { allMemberships, findMembership } from "../../db/repositories/member.repository.ts";
import { listProgrammes, participantsOf } from "../../db/repositories/programme.repository.ts";
import type { AnalyticsService } from "../analytics/analytics.service.ts";
import { foundOrThrow } from "../service-helpers.ts";

/** Membership KPIs and matching over one database. */
export class EngagementService {
  constructor(
    private readonly db: Db,
    private readonly analytics: AnalyticsService,
  ) {}

  /** The engagement KPIs of the network (active members). */
  async kpis() {
    const { members, summaries, programmesOf } = await this.network();
    const facts = members.map((m): MemberFacts => {
      const s = summaries.get(m.jurisdictionId);
      return {
        jurisdictionId: m.jurisdictionId,
        region: m.region,
        level: m.level,
        status: m.status,
        programmes: programmesOf(m.jurisdictionId).length,
        reportingYears: [...new Set(s?.summary.inventories.map((i) => i.year) ?? [])],
        hasTargets: (s?.summary.targets.length ?? 0) > 0,
        hasRiskAssessment: (s?.profile.hazards.length ?? 0) > 0,
      };
    });
    return { ...engagementKpis(facts), rule: ENGAGEMENT_RULE, members: members.length };
  }

  /** Suggested peers of a membership among the active members, with reasons. */
  async matches(membershipId: string, limit = 10) {
    const me = foundOrThrow(await findMembership(this.db, membershipId), "membership", membershipId);
    const { members, summaries, programmesOf } = await this.network();
    const features = (jurisdictionId: string, agendas: string[]): MemberFeatures | null => {
      const s = summaries.get(jurisdictionId);
      return s
        ? { peer: peerFeatures(s.summary, s.profile), agendas, programmes: programmesOf(jurisdictionId) }
        : null;
    };
    const mine = features(me.jurisdictionId, me.agendas);
    const pool = members
      .filter((m) => m.status === "active")
      .map((m) => features(m.jurisdictionId, m.agendas))
      .filter((f): f is MemberFeatures => f !== null);
    const byJurisdiction = new Map(members.map((m) => [m.jurisdictionId, m.id]));
    return {
      membershipId,
      jurisdictionId: me.jurisdictionId,
      rule: MATCH_RULE,
      matches: mine
        ? suggestPeers(mine, pool, limit).map((m) => ({
            ...m,
            membershipId: byJurisdiction.get(m.id) ?? null,
          }))
        : [],
    };
  }

  /** Mentoring pairs of top performers and performance partner cities among active members. */
  async mentoring(limit = 10) {
    const { members, summaries } = await this.network();
    const candidates = members
      .filter((m) => m.status === "active")
      .flatMap((m) => {
        const s = summaries.get(m.jurisdictionId);
        if (!s) return [];
        const offTrack = s.profile.progress.filter((p) => p.status === "off-track").length;
        const features: PeerFeatures = peerFeatures(s.summary, s.profile);
        return [{ summary: s.summary, features, need: learningNeed(s.summary, offTrack) }];
      });
    return { rule: MENTORING_RULE, pairs: mentoringPairs(candidates, "absolute", limit) };
  }

  private async network() {
    const [members, stored, participants, programmes] = await Promise.all([
      allMemberships(this.db),
      this.analytics.summaries(),
      participantsOf(this.db, {}),
      listProgrammes(this.db),
    ]);
    const summaries = new Map<string, StoredSummary>(stored.map((s) => [s.summary.id, s]));
    const names = new Map(programmes.map((p) => [p.id, p.name]));
    const programmesOf = (jurisdictionId: string) =>
      participants
        .filter((p) => p.jurisdictionId === jurisdictionId)
        .map((p) => names.get(p.programmeId) ?? p.programmeId)
        .sort();
    return { members, summaries, programmesOf };
  }
}
