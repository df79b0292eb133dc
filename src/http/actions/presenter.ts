/** Presents an action for the API. */
import type { z } from "@hono/zod-openapi";
import type { ReviewStatus } from "../../core/workflow/light-workflow.ts";
import type { ActionRow } from "../../db/repositories/action.repository.ts";
import { presentAudit } from "../common/schema.ts";
import type { Action } from "./schema.ts";

/** The API view of an action. */
export function presentAction(row: ActionRow): z.input<typeof Action> {
  return {
    ...presentAudit(row),
    jurisdictionId: row.jurisdictionId,
    theme: row.theme,
    kind: row.kind,
    category: row.category,
    title: row.title,
    description: row.description,
    sectors: row.sectors,
    hazards: row.hazards,
    status: row.status,
    reviewStatus: row.reviewStatus as ReviewStatus,
    startYear: row.startYear,
    endYear: row.endYear,
    cost: row.cost,
    currency: row.currency,
    fundingSource: row.fundingSource,
    expectedAnnualReduction: row.expectedAnnualReduction,
    coBenefits: row.coBenefits,
    targetIds: row.targetIds,
  };
}
