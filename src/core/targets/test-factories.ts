/** Factories for target-progress tests: a community, all-sector target and verified inventory observations. */
import type { Observation, TargetInput } from "./types.ts";

/** A base-year absolute target, −40 % by 2030 against 1,000 t in 2010, with overrides. */
export function buildTarget(over: Partial<TargetInput> = {}): TargetInput {
  return {
    type: "base-year-absolute",
    scope: "community",
    sectors: ["all"],
    gases: [],
    baseYear: 2010,
    baseValue: 1000,
    targetYear: 2030,
    targetValue: null,
    reductionPercent: 40,
    bauValue: null,
    ...over,
  };
}

/** A verified whole-inventory BASIC observation of a community inventory, with overrides. */
export function buildObservation(year: number, value: number, over: Partial<Observation> = {}): Observation {
  return {
    year,
    value,
    verified: true,
    source: "inventory",
    basis: { scope: "community", sectors: ["all"], total: "basic" },
    ...over,
  };
}
