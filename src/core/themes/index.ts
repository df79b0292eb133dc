/** Themes beyond climate, declared as data. */
export * from "./benchmark.ts";
export * from "./builtin.ts";
export * from "./efficiency.ts";
export * from "./evaluate.ts";
export * from "./formula.ts";
export * from "./registry.ts";
export type * from "./types.ts";
