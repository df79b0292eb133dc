/**
 * Theme reports: a jurisdiction's yearly values for one declared theme, checked against the theme's declaration,
 * with its indicators computed and its quality checks run when written; submitted, reviewed, published (with a
 * content hash), versioned and audited by the same scoped service as targets and actions.
 */
import { evaluateThemeReport } from "../../core/themes/evaluate.ts";
import type { ThemeRegistry } from "../../core/themes/registry.ts";
import type { Db } from "../../db/database.ts";
import {
  findThemeReport,
  insertThemeReport,
  listThemeReports,
  setThemeReportReviewStatus,
  type ThemeReportFilter,
  type ThemeReportRow,
  type ThemeReportValues,
  updateThemeReport,
} from "../../db/repositories/theme-report.repository.ts";
import { DomainError, validationFailed } from "../errors.ts";
import { ScopedService } from "../scoped.service.ts";
import { type Actor, orNull, uniquely } from "../service-helpers.ts";

/** What a client writes about a theme report. */
export interface ThemeReportInput {
  jurisdictionId: string;
  theme: string;
  year: number;
  values: Record<string, number>;
  notes?: string | null | undefined;
}

/** Theme report use cases over one database and the declared themes. */
export class ThemeReportService extends ScopedService<
  ThemeReportInput,
  ThemeReportRow,
  ThemeReportValues,
  Omit<ThemeReportFilter, "after">
> {
  constructor(db: Db, themes: ThemeRegistry) {
    const evaluate = (input: ThemeReportInput) => {
      const theme = themes.get(input.theme);
      if (!theme) {
        const known = themes.list().map((t) => t.id);
        throw validationFailed([{ path: "theme", message: `unknown theme; known: ${known.join(", ")}` }]);
      }
      return evaluateThemeReport(theme, input.values);
    };
    super(
      db,
      {
        insert: insertThemeReport,
        find: findThemeReport,
        update: updateThemeReport,
        list: listThemeReports,
        setReviewStatus: setThemeReportReviewStatus,
      },
      {
        kind: "theme_report",
        valuesOf(input) {
          const { indicators, issues } = evaluate(input);
          return {
            jurisdictionId: input.jurisdictionId,
            theme: input.theme,
            year: input.year,
            values: input.values,
            indicators,
            issues: [...issues],
            notes: orNull(input.notes),
          };
        },
        async check(_tx, input) {
          const { problems } = evaluate(input);
          if (problems.length > 0) throw validationFailed([...problems]);
        },
        beforeTransition(row, transition) {
          if (transition !== "submit") return;
          const errors = row.issues.filter((i) => i.severity === "error");
          if (errors.length === 0) return;
          const text = errors.map((e) => `${e.check}: ${e.message}`).join("; ");
          throw new DomainError("checks_failed", `the report cannot be submitted: ${text}`, {
            issues: errors,
          });
        },
      },
    );
  }

  /** Creates a report; one per jurisdiction, theme and year. */
  override create(input: ThemeReportInput, actor: Actor): Promise<ThemeReportRow> {
    const key = { jurisdictionId: input.jurisdictionId, theme: input.theme, year: input.year };
    return uniquely("theme report", key, () => super.create(input, actor));
  }

  /** Replaces a report; its jurisdiction, theme and year must stay unique. */
  override update(id: string, expectedVersion: number | undefined, input: ThemeReportInput, actor: Actor) {
    const key = { jurisdictionId: input.jurisdictionId, theme: input.theme, year: input.year };
    return uniquely("theme report", key, () => super.update(id, expectedVersion, input, actor));
  }
}
