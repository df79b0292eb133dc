/** Presents TAP projects and interests for the API. */
import type { z } from "@hono/zod-openapi";
import type { ReviewStatus } from "../../core/workflow/light-workflow.ts";
import type { TapInterestRow, TapProjectRow } from "../../db/repositories/tap.repository.ts";
import type { TAP_STAGES } from "../../services/themes/tap-project.service.ts";
import { presentAudit } from "../common/schema.ts";
import type { Interest, TapProject } from "./schema.ts";

/** The API view of a project. */
export function presentTapProject(row: TapProjectRow): z.input<typeof TapProject> {
  return {
    ...presentAudit(row),
    jurisdictionId: row.jurisdictionId,
    title: row.title,
    problem: row.problem,
    action: row.action,
    expectedReduction: row.expectedReduction,
    peopleServed: row.peopleServed,
    coBenefits: row.coBenefits,
    stage: row.stage as (typeof TAP_STAGES)[number],
    cost: row.cost,
    financeSought: row.financeSought,
    currency: row.currency,
    sectors: row.sectors,
    agendas: row.agendas,
    targetIds: row.targetIds,
    reviewStatus: row.reviewStatus as ReviewStatus,
  };
}

/** The API view of a funder's interest. */
export function presentInterest(row: TapInterestRow): z.input<typeof Interest> {
  return {
    projectId: row.projectId,
    saved: row.saved,
    interested: row.interested,
    message: row.message,
    updatedAt: row.updatedAt.toISOString(),
  };
}
