/**
 * Transformative Actions Program projects: a member presents a project (problem, action, expected impact, stage,
 * cost, finance sought, linked targets) as a jurisdiction-scoped record with the light review workflow, so the
 * network screens it before it is listed publicly; funders save projects and express interest, and the member
 * sees who is interested.
 */
import { isAgenda } from "../../core/members/agendas.ts";
import type { Db } from "../../db/database.ts";
import { appendAuditEvent } from "../../db/repositories/audit.repository.ts";
import {
  findTapProject,
  insertTapProject,
  listFunderInterests,
  listProjectInterests,
  listTapProjects,
  setTapProjectReviewStatus,
  type TapProjectFilter,
  type TapProjectRow,
  type TapProjectValues,
  updateTapProject,
  upsertTapInterest,
} from "../../db/repositories/tap.repository.ts";
import { findTarget } from "../../db/repositories/target.repository.ts";
import { authorize } from "../../policies/policy.ts";
import { type FieldProblem, notFound, validationFailed } from "../errors.ts";
import { ScopedService } from "../scoped.service.ts";
import { type Actor, foundOrThrow, orNull } from "../service-helpers.ts";

/** The stages of a project, in order. */
export const TAP_STAGES = ["concept", "feasibility", "ready-for-finance", "financed", "implemented"] as const;

/** What a member writes about a project. */
export interface TapProjectInput {
  jurisdictionId: string;
  title: string;
  problem: string;
  action: string;
  expectedReduction?: number | null | undefined;
  peopleServed?: number | null | undefined;
  coBenefits?: string[] | undefined;
  stage: string;
  cost: number;
  financeSought: number;
  currency: string;
  sectors?: string[] | undefined;
  agendas?: string[] | undefined;
  targetIds?: string[] | undefined;
}

function valuesOf(p: TapProjectInput): TapProjectValues {
  return {
    jurisdictionId: p.jurisdictionId,
    title: p.title,
    problem: p.problem,
    action: p.action,
    expectedReduction: orNull(p.expectedReduction),
    peopleServed: orNull(p.peopleServed),
    coBenefits: p.coBenefits ?? [],
    stage: p.stage,
    cost: p.cost,
    financeSought: p.financeSought,
    currency: p.currency,
    sectors: p.sectors ?? [],
    agendas: p.agendas ?? [],
    targetIds: p.targetIds ?? [],
  };
}

async function check(tx: Db, p: TapProjectInput): Promise<void> {
  const problems: FieldProblem[] = [];
  if (p.financeSought > p.cost)
    problems.push({ path: "financeSought", message: `must not exceed the cost ${p.cost}` });
  for (const [i, a] of (p.agendas ?? []).entries())
    if (!isAgenda(a))
      problems.push({ path: `agendas.${i}`, message: `${a} is not one of the ten urban agendas` });
  for (const [i, id] of (p.targetIds ?? []).entries()) {
    const target = await findTarget(tx, id);
    if (!target || target.jurisdictionId !== p.jurisdictionId)
      problems.push({ path: `targetIds.${i}`, message: `target ${id} is not a target of this jurisdiction` });
  }
  if (problems.length > 0) throw validationFailed(problems);
}

/** What a funder says about a project. */
export interface InterestInput {
  saved: boolean;
  interested: boolean;
  message?: string | null | undefined;
}

/** TAP project use cases over one database. */
export class TapProjectService extends ScopedService<
  TapProjectInput,
  TapProjectRow,
  TapProjectValues,
  Omit<TapProjectFilter, "after">
> {
  constructor(private readonly database: Db) {
    super(
      database,
      {
        insert: insertTapProject,
        find: findTapProject,
        update: updateTapProject,
        list: listTapProjects,
        setReviewStatus: setTapProjectReviewStatus,
      },
      { kind: "tap_project", valuesOf, check },
    );
  }

  /** A funder saves a published project and/or expresses interest in it (audited). */
  setInterest(projectId: string, input: InterestInput, actor: Actor) {
    authorize(actor, "tap.fund");
    return this.database.transaction(async (tx) => {
      const project = await findTapProject(tx, projectId);
      if (project?.reviewStatus !== "published") throw notFound("TAP project", projectId);
      const row = await upsertTapInterest(tx, {
        projectId,
        funderId: actor.id,
        saved: input.saved,
        interested: input.interested,
        message: input.message?.trim() || null,
      });
      await appendAuditEvent(tx, {
        actor: actor.id,
        entity: "tap_interest",
        entityId: row.id,
        action: "set",
        state: {
          projectId,
          funderId: actor.id,
          saved: row.saved,
          interested: row.interested,
          message: row.message,
        },
      });
      return row;
    });
  }

  /** The projects the acting funder saved or is interested in. */
  funderInterests(actor: Actor) {
    authorize(actor, "tap.fund");
    return this.database.transaction((tx) => listFunderInterests(tx, actor.id));
  }

  /** Who is interested in a project: for the member's reporters and approvers, reviewers and admins. */
  interestsIn(projectId: string, actor: Actor) {
    authorize(actor, "tap.read_interests");
    return this.database.transaction(async (tx) => {
      const project = foundOrThrow(await findTapProject(tx, projectId), "TAP project", projectId);
      authorize(actor, "tap.read_interests", project.jurisdictionId);
      return listProjectInterests(tx, projectId);
    });
  }
}
