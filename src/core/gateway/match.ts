/**
 * Solutions Gateway matching: a member's facts (the sectors of its actions, the hazards it assessed, its
 * emissions by sector) against solutions tagged by sector, hazard and agenda. A gap is a sector holding at least
 * GAP_SHARE of the member's latest published emissions with no action in it; every match says why.
 */

/** A sector with at least this share of emissions and no action is a gap. */
export const GAP_SHARE = 0.2;

/** The GPC sectors, as the sector tags actions and solutions use. */
export const GPC_SECTOR_TAGS: Readonly<Record<string, string>> = {
  I: "stationary-energy",
  II: "transportation",
  III: "waste",
  IV: "ippu",
  V: "afolu",
};

/** The matching rule in words (the API quotes it). */
export const MATCH_RULE =
  `score = 3 per gap sector the solution covers (a GPC sector with ≥ ${GAP_SHARE * 100}% of the latest published ` +
  "emissions and no action tagged with it) + 2 per assessed hazard it addresses + 1 per sector of the member's " +
  "actions it covers; solutions scoring 0 are left out; highest score first, then title";

/** What is known of a member. */
export interface MemberFacts {
  readonly actionSectors: readonly string[];
  readonly hazards: readonly string[];
  /** Share of each GPC sector (I–V) in the latest published inventory's positive sector totals; null without one. */
  readonly sectorShares: Readonly<Record<string, number>> | null;
}

/** A solution as matching sees it. */
export interface MatchableSolution {
  readonly id: string;
  readonly title: string;
  readonly sectors: readonly string[];
  readonly hazards: readonly string[];
}

/** Why a solution matched. */
export type MatchReason =
  | { readonly kind: "gap"; readonly sector: string; readonly share: number }
  | { readonly kind: "hazard"; readonly hazard: string }
  | { readonly kind: "action-sector"; readonly sector: string };

/** The member's gaps: high-emission sectors (as tags) with no action, largest share first. */
export function emissionGaps(facts: MemberFacts): Array<{ sector: string; share: number }> {
  if (!facts.sectorShares) return [];
  const acted = new Set(facts.actionSectors);
  return Object.entries(facts.sectorShares)
    .flatMap(([gpc, share]) => {
      const sector = GPC_SECTOR_TAGS[gpc];
      return sector && share >= GAP_SHARE && !acted.has(sector) && !acted.has("all")
        ? [{ sector, share }]
        : [];
    })
    .sort((a, b) => b.share - a.share);
}

/** Solutions matched to `facts`, best first, each with its score and reasons. */
export function matchSolutions<S extends MatchableSolution>(facts: MemberFacts, solutions: readonly S[]) {
  const gaps = emissionGaps(facts);
  const hazards = new Set(facts.hazards);
  const actionSectors = new Set(facts.actionSectors);
  return solutions
    .map((solution) => {
      const reasons: MatchReason[] = [];
      for (const g of gaps) if (solution.sectors.includes(g.sector)) reasons.push({ kind: "gap", ...g });
      for (const h of solution.hazards) if (hazards.has(h)) reasons.push({ kind: "hazard", hazard: h });
      for (const s of solution.sectors)
        if (actionSectors.has(s)) reasons.push({ kind: "action-sector", sector: s });
      const weight = { gap: 3, hazard: 2, "action-sector": 1 } as const;
      const score = reasons.reduce((sum, r) => sum + weight[r.kind], 0);
      return { solution, score, reasons };
    })
    .filter((m) => m.score > 0)
    .sort((a, b) => b.score - a.score || a.solution.title.localeCompare(b.solution.title));
}
