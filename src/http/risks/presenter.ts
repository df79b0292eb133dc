/** Presents a risk for the API. */
import type { z } from "@hono/zod-openapi";
import type { RiskRow } from "../../db/repositories/risk.repository.ts";
import { presentAudit } from "../common/schema.ts";
import type { Risk } from "./schema.ts";

/** The API view of a risk. */
export function presentRisk(row: RiskRow): z.input<typeof Risk> {
  return {
    ...presentAudit(row),
    jurisdictionId: row.jurisdictionId,
    theme: row.theme,
    hazard: row.hazard,
    probability: row.probability,
    impact: row.impact,
    timeframe: row.timeframe,
    sectors: row.sectors,
    vulnerableGroups: row.vulnerableGroups,
    description: row.description,
  };
}
