/** Population size classes of jurisdictions. */

/** One size class: population from `min` (inclusive) to `max` (exclusive). */
export interface SizeClass {
  readonly id: string;
  readonly label: string;
  readonly min: number;
  readonly max: number;
}

/** The size classes, smallest first; a jurisdiction without population is in `unknown`. */
export const SIZE_CLASSES: readonly SizeClass[] = [
  { id: "lt-50k", label: "< 50,000", min: 0, max: 50_000 },
  { id: "50k-250k", label: "50,000 – 250,000", min: 50_000, max: 250_000 },
  { id: "250k-1m", label: "250,000 – 1 million", min: 250_000, max: 1_000_000 },
  { id: "1m-5m", label: "1 – 5 million", min: 1_000_000, max: 5_000_000 },
  { id: "ge-5m", label: "≥ 5 million", min: 5_000_000, max: Number.POSITIVE_INFINITY },
];

/** The size class id of a population, or `unknown`. */
export function sizeClassOf(population: number | null | undefined): string {
  if (population == null || !Number.isFinite(population) || population < 0) return "unknown";
  return SIZE_CLASSES.find((c) => population >= c.min && population < c.max)?.id ?? "unknown";
}
