/** The automated findings of a submitted version, with the reporter's answers to warnings. */
import { useTranslation } from "react-i18next";
import type { Inventory } from "../../api/client.ts";
import { Section } from "../../components/section.tsx";
import { EmptyState } from "../../components/states.tsx";
import { useLabels } from "../../hooks/use-labels.ts";

/** The findings section. */
export function Findings({ inventory }: { inventory: Inventory }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const checks = inventory.checks;
  return (
    <Section title={t("review.findings")}>
      {checks === null ? (
        <p>{t("review.notChecked")}</p>
      ) : checks.length === 0 ? (
        <EmptyState title={t("review.noFindings")} />
      ) : (
        <ul className="issues">
          {checks.map((check) => {
            const answer = inventory.answers?.[check.id];
            return (
              <li key={check.id} className={`issue issue-${check.severity}`}>
                <span className={`severity severity-${check.severity}`}>
                  {labels.severity(check.severity)}
                </span>
                <code>{check.id}</code>
                {check.line !== null && (
                  <a href={`#line-${check.line}`}>{t("inventory.line", { line: check.line })}</a>
                )}
                <span className="issue-message">{check.message}</span>
                {answer && <span className="answer">{t("review.reporterAnswer", { answer })}</span>}
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}
