/** The themes LocalLedger ships, beyond climate (whose indicator is the GPC inventory). */
import { BIODIVERSITY_THEME } from "./definitions/biodiversity.theme.ts";
import { ISO37120_THEME } from "./definitions/iso37120.theme.ts";
import { MOBILITY_THEME } from "./definitions/mobility.theme.ts";
import { RESILIENCE_THEME } from "./definitions/resilience.theme.ts";
import { RESOURCE_EFFICIENCY_THEME } from "./definitions/resource-efficiency.theme.ts";
import { WATER_THEME } from "./definitions/water.theme.ts";
import { ThemeRegistry } from "./registry.ts";
import type { ThemeDefinition } from "./types.ts";

/** The shipped declarations, in the order the API and pages list them. */
export const BUILTIN_THEMES: readonly ThemeDefinition[] = [
  RESILIENCE_THEME,
  BIODIVERSITY_THEME,
  WATER_THEME,
  MOBILITY_THEME,
  RESOURCE_EFFICIENCY_THEME,
  ISO37120_THEME,
];

/** The registry of the shipped themes (checked when this module loads). */
export const BUILTIN_REGISTRY = new ThemeRegistry(BUILTIN_THEMES);
