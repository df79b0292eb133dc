/** Network analytics: the public surface of `src/core/analytics`. */
export * from "./actions.ts";
export * from "./commitments.ts";
export * from "./emissions.ts";
export * from "./groups.ts";
export * from "./leaders.ts";
export * from "./network.ts";
export * from "./overlap.ts";
export * from "./peers.ts";
export * from "./profile.ts";
export * from "./rollup.ts";
export * from "./rollup-state.ts";
export * from "./size-class.ts";
export * from "./stats.ts";
export * from "./types.ts";
