/** The network's members: the public surface of `src/core/members`. */
export * from "./agendas.ts";
export * from "./engagement.ts";
export * from "./fee-rule.ts";
export * from "./income-groups.ts";
export * from "./matching.ts";
