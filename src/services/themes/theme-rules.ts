/**
 * What targets and actions of a declared theme must meet: the theme exists, a target's indicator and type are
 * the theme's, an action's category is one of the theme's; a 10% programme commitment (`efficiency-10`) names a
 * resource, a baseline above zero and a target year at most three years on.
 */
import { EFFICIENCY_GOAL_PERCENT, EFFICIENCY_YEARS } from "../../core/themes/efficiency.ts";
import type { ThemeRegistry } from "../../core/themes/registry.ts";
import type { ThemeDefinition } from "../../core/themes/types.ts";
import type { FieldProblem } from "../errors.ts";

/** The theme of GPC inventories; its targets and actions follow the climate rules. */
export const CLIMATE = "climate";

function themeOf(registry: ThemeRegistry, id: string, problems: FieldProblem[]): ThemeDefinition | undefined {
  const theme = registry.get(id);
  if (!theme) {
    const known = [CLIMATE, ...registry.list().map((t) => t.id)].join(", ");
    problems.push({ path: "theme", message: `unknown theme ${id}; known: ${known}` });
  }
  return theme;
}

/** The problems of a target of a declared theme (none for climate targets). */
export function themeTargetProblems(
  registry: ThemeRegistry,
  t: {
    theme?: string | undefined;
    indicator?: string | undefined;
    type: string;
    baseYear?: number | null | undefined;
    baseValue?: number | null | undefined;
    targetYear: number;
    reductionPercent?: number | null | undefined;
  },
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (t.theme === undefined || t.theme === CLIMATE) return problems;
  const theme = themeOf(registry, t.theme, problems);
  if (!theme) return problems;
  if (!theme.targetTypes.some((x) => x.id === t.type)) {
    const types = theme.targetTypes.map((x) => x.id).join(", ");
    problems.push({ path: "type", message: `is not a target type of ${theme.id}; one of ${types}` });
  }
  if (t.indicator === undefined)
    problems.push({ path: "indicator", message: `is required for a ${theme.id} target` });
  else if (!theme.indicators.some((i) => i.id === t.indicator)) {
    problems.push({ path: "indicator", message: `${t.indicator} is not an indicator of ${theme.id}` });
  }
  if (t.type === "efficiency-10") {
    if (t.baseYear == null) problems.push({ path: "baseYear", message: "is required: the baseline year" });
    if (t.baseValue == null || !(t.baseValue > 0))
      problems.push({ path: "baseValue", message: "is required: the baseline consumption, above zero" });
    if (t.baseYear != null && t.targetYear - t.baseYear > EFFICIENCY_YEARS)
      problems.push({
        path: "targetYear",
        message: `must be at most ${EFFICIENCY_YEARS} years after the base year ${t.baseYear}`,
      });
    if (t.reductionPercent != null && t.reductionPercent !== EFFICIENCY_GOAL_PERCENT)
      problems.push({
        path: "reductionPercent",
        message: `is ${EFFICIENCY_GOAL_PERCENT} in the 10% programme`,
      });
  }
  return problems;
}

/** The unit a theme target is in when the client names none: its indicator's. */
export function themeTargetUnit(registry: ThemeRegistry, theme: string, indicator: string | undefined) {
  return registry.get(theme)?.indicators.find((i) => i.id === indicator)?.unit;
}

/** The problems of an action of a declared theme (none for climate actions). */
export function themeActionProblems(
  registry: ThemeRegistry,
  a: { theme?: string | undefined; category?: string | null | undefined },
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (a.theme === undefined || a.theme === CLIMATE) return problems;
  const theme = themeOf(registry, a.theme, problems);
  if (theme && a.category != null && !theme.actionCategories.some((c) => c.id === a.category)) {
    const known = theme.actionCategories.map((c) => c.id).join(", ");
    problems.push({ path: "category", message: `is not an action category of ${theme.id}; one of ${known}` });
  }
  return problems;
}
