/** The automated checks' findings on an inventory, worst first, each linking to its line. */
import { useTranslation } from "react-i18next";
import type { Issue } from "../../api/client.ts";
import { Section } from "../../components/section.tsx";
import { EmptyState } from "../../components/states.tsx";
import { useLabels } from "../../hooks/use-labels.ts";

const RANK: Record<Issue["severity"], number> = { error: 0, warning: 1, info: 2 };

/** Issues by severity, then line. */
export function IssuesList({ issues }: { issues: readonly Issue[] }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const sorted = [...issues].sort(
    (a, b) => RANK[a.severity] - RANK[b.severity] || (a.line ?? 0) - (b.line ?? 0),
  );
  return (
    <Section title={`${t("inventory.issues")} (${issues.length})`}>
      {sorted.length === 0 ? (
        <EmptyState title={t("inventory.noIssues")} />
      ) : (
        <ul className="issues">
          {sorted.map((issue) => (
            <li
              key={`${issue.code}:${issue.line}:${issue.gpc}:${issue.message}`}
              className={`issue issue-${issue.severity}`}
            >
              <span className={`severity severity-${issue.severity}`}>{labels.severity(issue.severity)}</span>
              <code>{issue.code}</code>
              {issue.gpc && <span className="gpc-ref">{issue.gpc}</span>}
              {issue.line !== null && (
                <a href={`#line-${issue.line}`}>{t("inventory.line", { line: issue.line })}</a>
              )}
              <span className="issue-message">{issue.message}</span>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
