/** The jurisdiction's actions and climate risks (lists, or empty states saying what will appear). */
import { useTranslation } from "react-i18next";
import type { Action, Risk } from "../../api/client.ts";
import { Section } from "../../components/section.tsx";
import { EmptyState } from "../../components/states.tsx";
import { formatTonnes } from "../../format/format.ts";
import { useLabels } from "../../hooks/use-labels.ts";

/** Actions with kind, status, years and expected impact. */
export function ActionsList({ actions }: { actions: readonly Action[] }) {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  return (
    <Section title={t("profile.actions")}>
      {actions.length === 0 ? (
        <EmptyState title={t("profile.noActions")}>{t("profile.noActionsText")}</EmptyState>
      ) : (
        <ul className="card-list">
          {actions.map((action) => (
            <li key={action.id} className="card">
              <p className="card-title">{action.title}</p>
              <p className="card-meta">
                {labels.actionKind(action.kind)} · {labels.actionStatus(action.status)}
                {action.startYear !== null &&
                  ` · ${t("profile.years", { from: action.startYear, to: action.endYear ?? "" })}`}
              </p>
              {action.expectedAnnualReduction !== null && (
                <p>
                  {t("profile.expected", {
                    value: formatTonnes(action.expectedAnnualReduction, i18n.language),
                  })}
                </p>
              )}
              {action.description && <p className="muted">{action.description}</p>}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

/** Hazards with probability, impact and timeframe. */
export function RisksList({ risks }: { risks: readonly Risk[] }) {
  const { t } = useTranslation();
  const none = t("common.none");
  return (
    <Section title={t("profile.risks")}>
      {risks.length === 0 ? (
        <EmptyState title={t("profile.noRisks")}>{t("profile.noRisksText")}</EmptyState>
      ) : (
        <ul className="card-list">
          {risks.map((risk) => (
            <li key={risk.id} className="card">
              <p className="card-title">{risk.hazard}</p>
              <p className="card-meta">
                {t("profile.probability", { value: risk.probability ?? none })} ·{" "}
                {t("profile.impact", { value: risk.impact ?? none })}
                {risk.timeframe && ` · ${risk.timeframe}`}
              </p>
              {risk.description && <p className="muted">{risk.description}</p>}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
