/** Use cases for actions (mitigation and adaptation). */
import { BUILTIN_REGISTRY } from "../core/themes/builtin.ts";
import type { ThemeRegistry } from "../core/themes/registry.ts";
import type { Db } from "../db/database.ts";
import {
  type ActionFilter,
  type ActionRow,
  type ActionValues,
  findAction,
  insertAction,
  listActions,
  setActionReviewStatus,
  updateAction,
} from "../db/repositories/action.repository.ts";
import { findTarget } from "../db/repositories/target.repository.ts";
import { type FieldProblem, validationFailed } from "./errors.ts";
import { ScopedService } from "./scoped.service.ts";
import { orNull } from "./service-helpers.ts";
import { themeActionProblems } from "./themes/theme-rules.ts";

/** What a client writes about an action. */
export interface ActionInput {
  jurisdictionId: string;
  theme?: string | undefined;
  kind: string;
  category?: string | null | undefined;
  title: string;
  description?: string | null | undefined;
  sectors?: string[] | undefined;
  hazards?: string[] | undefined;
  status: string;
  startYear?: number | null | undefined;
  endYear?: number | null | undefined;
  cost?: number | null | undefined;
  currency?: string | null | undefined;
  fundingSource?: string | null | undefined;
  expectedAnnualReduction?: number | null | undefined;
  coBenefits?: string[] | undefined;
  targetIds?: string[] | undefined;
}

/** The stored values of an action input. */
export function actionValuesOf(a: ActionInput): ActionValues {
  return {
    jurisdictionId: a.jurisdictionId,
    theme: a.theme ?? "climate",
    kind: a.kind,
    category: orNull(a.category),
    title: a.title,
    description: orNull(a.description),
    sectors: a.sectors ?? [],
    hazards: a.hazards ?? [],
    status: a.status,
    startYear: orNull(a.startYear),
    endYear: orNull(a.endYear),
    cost: orNull(a.cost),
    currency: orNull(a.currency),
    fundingSource: orNull(a.fundingSource),
    expectedAnnualReduction: orNull(a.expectedAnnualReduction),
    coBenefits: a.coBenefits ?? [],
    targetIds: a.targetIds ?? [],
  };
}

/** The problems of an action's own fields (its target links are checked against the database by `check`). */
export function actionFieldProblems(a: ActionInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (a.startYear != null && a.endYear != null && a.endYear < a.startYear) {
    problems.push({ path: "endYear", message: `must not be before startYear ${a.startYear}` });
  }
  if (a.cost != null && a.currency == null)
    problems.push({ path: "currency", message: "is required with a cost" });
  return problems;
}

async function check(tx: Db, a: ActionInput, themes: ThemeRegistry): Promise<void> {
  const problems = [...actionFieldProblems(a), ...themeActionProblems(themes, a)];
  for (const [i, targetId] of (a.targetIds ?? []).entries()) {
    const target = await findTarget(tx, targetId);
    if (!target || target.jurisdictionId !== a.jurisdictionId) {
      problems.push({
        path: `targetIds.${i}`,
        message: `target ${targetId} is not a target of this jurisdiction`,
      });
    }
  }
  if (problems.length > 0) throw validationFailed(problems);
}

/** Action use cases over one database. */
export class ActionService extends ScopedService<
  ActionInput,
  ActionRow,
  ActionValues,
  Omit<ActionFilter, "after">
> {
  constructor(db: Db, themes: ThemeRegistry = BUILTIN_REGISTRY) {
    super(
      db,
      {
        insert: insertAction,
        find: findAction,
        update: updateAction,
        list: listActions,
        setReviewStatus: setActionReviewStatus,
      },
      { kind: "action", valuesOf: actionValuesOf, check: (tx, input) => check(tx, input, themes) },
    );
  }
}
