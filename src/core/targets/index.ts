/** Target progress: the public surface of `src/core/targets`. */
export { type Coverage, comparableValue, coverageOf } from "./coverage.ts";
export {
  type InventoryForProgress,
  type InventoryTotal,
  observationFromInventory,
  VERIFIED_INVENTORY_STATUSES,
} from "./from-inventory.ts";
export { type ImpliedTarget, impliedTarget, isTargetType } from "./implied.ts";
export { buildPathway, pathwayLevel } from "./pathway.ts";
export { STATUS_RULE, TREND_WINDOW, targetProgress } from "./progress.ts";
export { achievedShare, requiredReduction } from "./rates.ts";
export { leastSquares, seriesValueAt } from "./series.ts";
export * from "./types.ts";
