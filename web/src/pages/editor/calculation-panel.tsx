/** The live results: BASIC, BASIC+ and territorial totals, totals by sector, and the issues, as the user types. */
import { useTranslation } from "react-i18next";
import type { CalcResult } from "../../engine.ts";
import { formatTonnes } from "../../format/format.ts";
import { useLabels } from "../../hooks/use-labels.ts";

/** Counts issues by severity. */
export function issueCounts(result: CalcResult): { errors: number; warnings: number } {
  return {
    errors: result.issues.filter((i) => i.severity === "error").length,
    warnings: result.issues.filter((i) => i.severity === "warning").length,
  };
}

/** The panel (a complementary landmark beside the grid); issues link to their line. */
export function CalculationPanel({ result }: { result: CalcResult }) {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const tonnes = (v: number) => formatTonnes(v, i18n.language);
  const counts = issueCounts(result);
  const sectors = Object.entries(result.bySector).filter(([, v]) => v !== 0);
  return (
    <aside className="calc-panel" aria-labelledby="calc-title">
      <h2 id="calc-title">{t("calc.title")}</h2>
      <p className="muted">{t("calc.intro")}</p>
      <dl className="calc-totals" aria-live="polite">
        <div>
          <dt>{t("calc.basic")}</dt>
          <dd data-total="basic">{tonnes(result.totals.basic)}</dd>
        </div>
        <div>
          <dt>{t("calc.basicPlus")}</dt>
          <dd data-total="basicPlus">{tonnes(result.totals.basicPlus)}</dd>
        </div>
        <div>
          <dt>{t("calc.territorial")}</dt>
          <dd data-total="territorial">{tonnes(result.totals.territorial)}</dd>
        </div>
      </dl>
      <p className="muted">{t("inventory.unit")}</p>
      <h3>{t("calc.bySector")}</h3>
      <table className="calc-sectors">
        <tbody>
          {sectors.map(([sector, value]) => (
            <tr key={sector}>
              <th scope="row">
                {sector} {labels.sector(sector)}
              </th>
              <td className="num">{tonnes(value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>
        {t("calc.issues")}{" "}
        <span className="muted">
          ({t("calc.errors", { count: counts.errors })}, {t("calc.warnings", { count: counts.warnings })})
        </span>
      </h3>
      {result.issues.length === 0 ? (
        <p>{t("calc.noIssues")}</p>
      ) : (
        <ul className="calc-issues">
          {result.issues.map((issue, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: issues are listed in the engine's order
            <li key={i} className={`issue-${issue.severity}`}>
              <span className={`severity severity-${issue.severity}`}>{labels.severity(issue.severity)}</span>{" "}
              {issue.line !== null && (
                <a href={`#edit-line-${issue.line}`}>{t("calc.goToLine", { line: issue.line })}</a>
              )}{" "}
              {issue.message}
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
