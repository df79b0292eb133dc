/**
 * The network analytics cards (emissions, commitments, on/off track). The API has no analytics endpoint yet, so
 * each card says so instead of showing a figure; when the endpoints land, each card gets its query here.
 */
import { useTranslation } from "react-i18next";
import { Section } from "../../components/section.tsx";

/** The analytics still to come, shown as such. */
export function AnalyticsSection() {
  const { t } = useTranslation();
  const cards = [
    t("dashboard.analyticsEmissions"),
    t("dashboard.analyticsCommitments"),
    t("dashboard.analyticsTrack"),
  ];
  return (
    <Section title={t("dashboard.analytics")}>
      <ul className="coming-grid">
        {cards.map((title) => (
          <li key={title} className="coming-card">
            <p className="coming-title">{title}</p>
            <p className="badge">{t("dashboard.comingTitle")}</p>
          </li>
        ))}
      </ul>
      <p className="muted">{t("dashboard.comingText")}</p>
    </Section>
  );
}
