/** Presents a target for the API. */
import type { z } from "@hono/zod-openapi";
import type { ReviewStatus } from "../../core/workflow/light-workflow.ts";
import type { TargetRow } from "../../db/repositories/target.repository.ts";
import { presentAudit } from "../common/schema.ts";
import type { Target } from "./schema.ts";

/** The API view of a target. */
export function presentTarget(row: TargetRow): z.input<typeof Target> {
  return {
    ...presentAudit(row),
    jurisdictionId: row.jurisdictionId,
    theme: row.theme,
    indicator: row.indicator,
    unit: row.unit,
    type: row.type,
    scope: row.scope,
    sectors: row.sectors,
    gases: row.gases,
    baseYear: row.baseYear,
    baseValue: row.baseValue,
    targetYear: row.targetYear,
    targetValue: row.targetValue,
    reductionPercent: row.reductionPercent,
    bauValue: row.bauValue,
    description: row.description,
    status: row.status,
    reviewStatus: row.reviewStatus as ReviewStatus,
  };
}
