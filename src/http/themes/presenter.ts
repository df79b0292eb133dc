/** Presents a theme report for the API. */
import type { z } from "@hono/zod-openapi";
import type { ReviewStatus } from "../../core/workflow/light-workflow.ts";
import type { ThemeReportRow } from "../../db/repositories/theme-report.repository.ts";
import { presentAudit } from "../common/schema.ts";
import type { ThemeReport } from "./schema.ts";

/** The API view of a theme report. */
export function presentThemeReport(row: ThemeReportRow): z.input<typeof ThemeReport> {
  return {
    ...presentAudit(row),
    jurisdictionId: row.jurisdictionId,
    theme: row.theme,
    year: row.year,
    values: row.values,
    indicators: row.indicators,
    issues: row.issues.map((i) => ({ ...i, fields: [...i.fields] })),
    notes: row.notes,
    reviewStatus: row.reviewStatus as ReviewStatus,
    contentHash: row.contentHash,
  };
}
