/** Use cases for targets (commitments). */

import { TARGET_TYPES } from "../core/targets/types.ts";
import { BUILTIN_REGISTRY } from "../core/themes/builtin.ts";
import type { ThemeRegistry } from "../core/themes/registry.ts";
import type { Db } from "../db/database.ts";
import {
  findTarget,
  insertTarget,
  listTargets,
  setTargetReviewStatus,
  type TargetFilter,
  type TargetRow,
  type TargetValues,
  updateTarget,
} from "../db/repositories/target.repository.ts";
import { type FieldProblem, validationFailed } from "./errors.ts";
import { ScopedService } from "./scoped.service.ts";
import { orNull } from "./service-helpers.ts";
import { CLIMATE, themeTargetProblems, themeTargetUnit } from "./themes/theme-rules.ts";

/** What a client writes about a target. */
export interface TargetInput {
  jurisdictionId: string;
  theme?: string | undefined;
  indicator?: string | undefined;
  unit?: string | undefined;
  type: string;
  scope: string;
  sectors?: string[] | undefined;
  gases?: string[] | undefined;
  baseYear?: number | null | undefined;
  baseValue?: number | null | undefined;
  targetYear: number;
  targetValue?: number | null | undefined;
  reductionPercent?: number | null | undefined;
  bauValue?: number | null | undefined;
  description?: string | null | undefined;
  status?: string | undefined;
}

/** The problems of a target's fields taken together (base year before target year, what each type needs). */
export function targetProblems(t: TargetInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (t.baseYear != null && t.baseYear >= t.targetYear) {
    problems.push({ path: "targetYear", message: `must be after the base year ${t.baseYear}` });
  }
  if (t.type.startsWith("base-year") && t.baseYear == null) {
    problems.push({ path: "baseYear", message: `is required for a ${t.type} target` });
  }
  if (t.type === "baseline-scenario" && t.bauValue == null && t.reductionPercent == null) {
    problems.push({
      path: "bauValue",
      message: "a baseline-scenario target needs bauValue or reductionPercent",
    });
  }
  return problems;
}

function valuesOf(t: TargetInput, themes: ThemeRegistry): TargetValues {
  const theme = t.theme ?? CLIMATE;
  const climate = theme === CLIMATE;
  return {
    jurisdictionId: t.jurisdictionId,
    theme,
    indicator: t.indicator ?? "ghg-emissions",
    unit: t.unit ?? (climate ? "tCO2e" : (themeTargetUnit(themes, theme, t.indicator) ?? "")),
    type: t.type,
    scope: t.scope,
    sectors: t.sectors ?? [],
    gases: t.gases ?? [],
    baseYear: orNull(t.baseYear),
    baseValue: orNull(t.baseValue),
    targetYear: t.targetYear,
    targetValue: orNull(t.targetValue),
    reductionPercent: orNull(t.reductionPercent),
    bauValue: orNull(t.bauValue),
    description: orNull(t.description),
    status: t.status ?? "active",
  };
}

/** Target use cases over one database. */
export class TargetService extends ScopedService<
  TargetInput,
  TargetRow,
  TargetValues,
  Omit<TargetFilter, "after">
> {
  constructor(db: Db, themes: ThemeRegistry = BUILTIN_REGISTRY) {
    super(
      db,
      {
        insert: insertTarget,
        find: findTarget,
        update: updateTarget,
        list: listTargets,
        setReviewStatus: setTargetReviewStatus,
      },
      {
        kind: "target",
        valuesOf: (input) => valuesOf(input, themes),
        async check(_tx, input) {
          const problems = [...targetProblems(input), ...themeTargetProblems(themes, input)];
          const climate = input.theme === undefined || input.theme === CLIMATE;
          if (climate && !(TARGET_TYPES as readonly string[]).includes(input.type)) {
            problems.push({
              path: "type",
              message: `is not a climate target type; one of ${TARGET_TYPES.join(", ")}`,
            });
          }
          if (problems.length > 0) throw validationFailed(problems);
        },
      },
    );
  }
}
