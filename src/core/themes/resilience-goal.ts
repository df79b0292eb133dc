/**
 * The network plan's resilience goal: 25% of members report risks, a resilience policy, adaptation commitments,
 * adaptation plans and adaptation actions. Each element's share of members, and whether it meets the goal.
 */

/** The share of members the plan aims at for every element. */
export const RESILIENCE_GOAL_SHARE = 0.25;

/** The elements of the goal, in the plan's order. */
export const RESILIENCE_ELEMENTS = ["risks", "policy", "commitments", "plans", "actions"] as const;

/** One element. */
export type ResilienceElement = (typeof RESILIENCE_ELEMENTS)[number];

/** The rule in words (the API quotes it). */
export const RESILIENCE_GOAL_RULE =
  "share of members with: risks = at least one assessed risk; policy = resilience-policy 1 in its latest published " +
  "resilience report; commitments = a published resilience target; plans = adaptation-plan 1 in its latest " +
  "published resilience report; actions = a published adaptation action (kind adaptation or both, or theme " +
  "resilience); an element meets the goal at a share ≥ 25%; the goal is met when every element is";

/** Each element's count and share among `members`, and whether the goal is met. */
export function resilienceGoal(members: number, counts: Readonly<Record<ResilienceElement, number>>) {
  const elements = RESILIENCE_ELEMENTS.map((element) => {
    const count = counts[element];
    const share = members > 0 ? count / members : null;
    return { element, count, share, meetsGoal: share !== null && share >= RESILIENCE_GOAL_SHARE };
  });
  return { members, goalShare: RESILIENCE_GOAL_SHARE, elements, met: elements.every((e) => e.meetsGoal) };
}

/** A member as the goal groups it. */
export interface ResilienceMember {
  readonly id: string;
  readonly region: string | null;
}

/** The members (by id) that have each element. */
export type ResilienceHolders = Readonly<Record<ResilienceElement, ReadonlySet<string>>>;

/**
 * The goal over all `members` and within each region (null: members without a region, listed last; the others
 * by name). A holder that is not among `members` is not counted.
 */
export function resilienceGoalByRegion(members: readonly ResilienceMember[], holders: ResilienceHolders) {
  const countIn = (ids: readonly string[]) =>
    Object.fromEntries(
      RESILIENCE_ELEMENTS.map((e) => [e, ids.filter((id) => holders[e].has(id)).length]),
    ) as Record<ResilienceElement, number>;
  const byRegion = new Map<string | null, string[]>();
  for (const m of members) {
    const ids = byRegion.get(m.region);
    if (ids) ids.push(m.id);
    else byRegion.set(m.region, [m.id]);
  }
  const regions = [...byRegion.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)))
    .map(([region, ids]) => ({ region, ...resilienceGoal(ids.length, countIn(ids)) }));
  const all = members.map((m) => m.id);
  return { ...resilienceGoal(all.length, countIn(all)), regions };
}
