/** Achievement and required-rate arithmetic shared by target progress. */

/** `a ≤ b` with a relative tolerance of 1e-9, so that 1000 × (1 − 0.3) counts as reaching 700. */
export function atOrBelow(a: number, b: number): boolean {
  return a <= b + 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Share of the reduction from `start` to `goal` achieved at `latest`: raw, and clamped to [0, 1]. */
export function achievedShare(
  start: number,
  goal: number,
  latest: number,
): { share: number; raw: number | null } {
  const required = start - goal;
  const raw = required > 0 ? (start - latest) / required : null;
  if (atOrBelow(latest, goal)) return { share: 1, raw };
  return { share: raw === null ? 0 : Math.min(1, Math.max(0, raw)), raw };
}

/**
 * Reductions still needed from `latest` (in `year`) to reach `goal` in `targetYear`: compound % per year
 * (1 − (goal ÷ latest)^(1/years), so 100 for net zero) and linear units per year; 0 when already there, null
 * when the target year has passed or the latest figure is not positive.
 */
export function requiredReduction(
  latest: number,
  year: number,
  goal: number,
  targetYear: number,
): { ratePercent: number | null; perYear: number | null } {
  if (atOrBelow(latest, goal)) return { ratePercent: 0, perYear: 0 };
  const years = targetYear - year;
  if (years <= 0) return { ratePercent: null, perYear: null };
  const perYear = (latest - goal) / years;
  if (latest <= 0) return { ratePercent: null, perYear };
  return { ratePercent: (1 - (Math.max(goal, 0) / latest) ** (1 / years)) * 100, perYear };
}
