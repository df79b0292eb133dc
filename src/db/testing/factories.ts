/** Test factories: valid values for each entity, with overrides. */
import { calculate } from "../../core/calculate.ts";
import type { InventoryLine } from "../../core/document.ts";
import type { ActionValues } from "../repositories/action.repository.ts";
import type { InventoryValues } from "../repositories/inventory.repository.ts";
import type { JurisdictionValues } from "../repositories/jurisdiction.repository.ts";
import type { RiskValues } from "../repositories/risk.repository.ts";
import type { TargetValues } from "../repositories/target.repository.ts";

let counter = 0;

/** A unique suffix for names and keys within one test run. */
export function unique(): string {
  counter += 1;
  return `${process.pid}-${counter}`;
}

/** A valid jurisdiction. */
export function buildJurisdiction(overrides: Partial<JurisdictionValues> = {}): JurisdictionValues {
  return { name: `City ${unique()}`, type: "city", country: "BR", tags: [], ...overrides };
}

/** Two lines of a valid inventory document. */
export const SAMPLE_LINES: InventoryLine[] = [
  { gpc: "I.1.2", activity: { value: 1000, unit: "MWh" }, factors: { CO2e: { value: 0.5, unit: "t/MWh" } } },
  { gpc: "II.1.1", emissions: { CO2: { value: 120, unit: "t" } } },
];

/** A valid, calculated inventory of `jurisdictionId`. */
export function buildInventory(
  jurisdictionId: string,
  overrides: Partial<InventoryValues> = {},
): InventoryValues {
  const lines = overrides.lines ?? SAMPLE_LINES;
  const result = calculate({ gwp: "AR5", lines });
  return {
    jurisdictionId,
    year: 2022,
    kind: "community",
    gwp: "AR5",
    lines,
    result,
    totalBasic: result.totals.basic,
    totalBasicPlus: result.totals.basicPlus,
    totalTerritorial: result.totals.territorial,
    ...overrides,
  };
}

/** A valid target of `jurisdictionId`. */
export function buildTarget(jurisdictionId: string, overrides: Partial<TargetValues> = {}): TargetValues {
  return {
    jurisdictionId,
    type: "base-year-absolute",
    scope: "community",
    baseYear: 2015,
    baseValue: 1000,
    targetYear: 2030,
    reductionPercent: 50,
    ...overrides,
  };
}

/** A valid action of `jurisdictionId`. */
export function buildAction(jurisdictionId: string, overrides: Partial<ActionValues> = {}): ActionValues {
  return { jurisdictionId, kind: "mitigation", title: `Action ${unique()}`, status: "planned", ...overrides };
}

/** A valid risk of `jurisdictionId`. */
export function buildRisk(jurisdictionId: string, overrides: Partial<RiskValues> = {}): RiskValues {
  return { jurisdictionId, hazard: "flood", probability: "high", impact: "medium", ...overrides };
}
