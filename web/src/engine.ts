/** The calculation engine and its vocabularies, shared with the server: src/core is pure TypeScript (no I/O). */
export { calculate } from "../../src/core/calculate.ts";
export type { InventoryDocument, InventoryLine as DocumentLine } from "../../src/core/document.ts";
export { NOTATION_KEYS, QUALITY_LEVELS } from "../../src/core/document.ts";
export { FUEL_IDS, FUELS } from "../../src/core/fuels.ts";
export { GASES, GWP_SETS, type GwpSet } from "../../src/core/gases.ts";
export { HAZARDS } from "../../src/core/hazards.ts";
export type { CalcResult, Issue as CalcIssue } from "../../src/core/result.ts";
export { findUnit, unitsOf } from "../../src/core/units.ts";
export { transitionProblem } from "../../src/core/workflow/inventory-workflow.ts";
