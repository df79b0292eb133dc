/**
 * Member matching: suggested peers and mentoring pairs. A peer's score adds shared urban agendas and shared
 * programmes to the analytics similarity (`comparePeers`: size, region, hazards, tags, sector profile, per
 * capita), and every suggestion lists its reasons. Mentoring pairs a top performer (`topPerformers`) with a
 * performance partner city (`partnerCandidates`), each member in at most one pair.
 */
import {
  comparePeers,
  type LeaderMetric,
  type PeerFeatures,
  partnerCandidates,
  type Reduction,
  topPerformers,
} from "../analytics/index.ts";
import type { JurisdictionSummary } from "../analytics/types.ts";

/** A member's features: the analytics peer features plus its agendas and programmes. */
export interface MemberFeatures {
  readonly peer: PeerFeatures;
  readonly agendas: readonly string[];
  /** Programme ids it takes part in. */
  readonly programmes: readonly string[];
}

/** Weights of the three parts of a member match; they add up to 1. */
export const MATCH_WEIGHTS = { profile: 0.6, agendas: 0.25, programmes: 0.15 } as const;

/** The rule in words. */
export const MATCH_RULE =
  "score = 0.6 × the analytics peer similarity (size, region, hazards, tags, sector profile, per capita) + " +
  "0.25 × Jaccard index of urban agendas + 0.15 × Jaccard index of programmes; only members with a score > 0; " +
  "reasons list every feature that matched (similarity ≥ 0.5), the shared agendas and the shared programmes; " +
  "ties by name, then id";

/** A suggested peer and why. */
export interface MemberMatch {
  readonly id: string;
  readonly name: string;
  readonly score: number;
  readonly sharedAgendas: readonly string[];
  readonly sharedProgrammes: readonly string[];
  readonly reasons: readonly string[];
}

function shared(a: readonly string[], b: readonly string[]) {
  const sa = new Set(a);
  const common = [...new Set(b)].filter((x) => sa.has(x)).sort();
  const union = new Set([...a, ...b]).size;
  return { common, jaccard: union === 0 ? 0 : common.length / union };
}

/** Compares two members. */
export function matchMembers(a: MemberFeatures, b: MemberFeatures): MemberMatch {
  const peer = comparePeers(a.peer, b.peer);
  const agendas = shared(a.agendas, b.agendas);
  const programmes = shared(a.programmes, b.programmes);
  const score =
    MATCH_WEIGHTS.profile * peer.score +
    MATCH_WEIGHTS.agendas * agendas.jaccard +
    MATCH_WEIGHTS.programmes * programmes.jaccard;
  const reasons = [
    ...(agendas.common.length > 0 ? [`shared agendas: ${agendas.common.join(", ")}`] : []),
    ...(programmes.common.length > 0 ? [`shared programmes: ${programmes.common.join(", ")}`] : []),
    ...peer.features.filter((f) => f.matched).map((f) => f.detail),
  ];
  return {
    id: b.peer.id,
    name: b.peer.name,
    score: Math.round(score * 1e6) / 1e6,
    sharedAgendas: agendas.common,
    sharedProgrammes: programmes.common,
    reasons,
  };
}

/** The `limit` best matches of `of` among `members` (itself excluded), best first, ties by name then id. */
export function suggestPeers(
  of: MemberFeatures,
  members: readonly MemberFeatures[],
  limit = 10,
): MemberMatch[] {
  return members
    .filter((m) => m.peer.id !== of.peer.id)
    .map((m) => matchMembers(of, m))
    .filter((m) => m.score > 0)
    .sort((x, y) => y.score - x.score || x.name.localeCompare(y.name) || (x.id < y.id ? -1 : 1))
    .slice(0, limit);
}

/** A mentoring pair: a top performer and a performance partner city, with why. */
export interface MentoringPair {
  readonly mentor: { readonly id: string; readonly name: string; readonly reduction: Reduction };
  readonly partner: {
    readonly id: string;
    readonly name: string;
    readonly need: string;
    readonly score: number;
    readonly matched: readonly string[];
  };
}

/** How pairs are made, in words. */
export const MENTORING_RULE =
  "mentors are the members with the largest verified reductions since their base year (analytics leaders); " +
  "each, best first, is paired with the most similar member that could learn (no verified reduction, or a " +
  "target off track) and is not yet paired; a member is in at most one pair";

/** One member for mentoring: its summary, features and learning need (`learningNeed`). */
export interface MentoringCandidate {
  readonly summary: JurisdictionSummary;
  readonly features: PeerFeatures;
  readonly need: string | null;
}

/** Pairs top performers with performance partner cities among `members`, at most `limit` pairs. */
export function mentoringPairs(
  members: readonly MentoringCandidate[],
  metric: LeaderMetric = "absolute",
  limit = 10,
): MentoringPair[] {
  const leaders = topPerformers(
    members.map((m) => m.summary),
    metric,
    members.length,
  );
  const paired = new Set(leaders.map((l) => l.id));
  const pairs: MentoringPair[] = [];
  for (const reduction of leaders) {
    if (pairs.length >= limit) break;
    const mentor = members.find((m) => m.summary.id === reduction.id);
    if (!mentor) continue;
    const pool = members
      .filter((m) => !paired.has(m.summary.id))
      .map((m) => ({ features: m.features, need: m.need }));
    const [best] = partnerCandidates(mentor.features, pool, 1);
    if (!best) continue;
    paired.add(best.id);
    pairs.push({
      mentor: { id: mentor.features.id, name: mentor.features.name, reduction },
      partner: { id: best.id, name: best.name, need: best.reason, score: best.score, matched: best.matched },
    });
  }
  return pairs;
}
