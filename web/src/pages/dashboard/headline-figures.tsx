/** The dashboard's headline figures. */
import { useTranslation } from "react-i18next";
import { Section } from "../../components/section.tsx";
import { StatCard } from "../../components/stat-card.tsx";
import { formatCompact, formatInteger } from "../../format/format.ts";
import type { NetworkSummary } from "./network-summary.ts";

/** Jurisdictions, population covered, inventories, targets and actions, as reported. */
export function HeadlineFigures({ summary }: { summary: NetworkSummary }) {
  const { t, i18n } = useTranslation();
  const n = (value: number) => formatInteger(value, i18n.language);
  const years = summary.inventoryYears;
  return (
    <Section title={t("dashboard.figures")}>
      <dl className="stat-grid">
        <StatCard
          label={t("dashboard.jurisdictions")}
          value={n(summary.jurisdictions)}
          note={t("dashboard.jurisdictionsNote", { count: summary.countries })}
        />
        <StatCard
          label={t("dashboard.population")}
          value={
            <abbr title={n(summary.population)}>{formatCompact(summary.population, i18n.language)}</abbr>
          }
          note={t("dashboard.populationNote")}
        />
        <StatCard
          label={t("dashboard.inventories")}
          value={n(summary.inventories)}
          note={years ? t("dashboard.inventoriesNote", years) : t("dashboard.inventoriesNone")}
        />
        <StatCard
          label={t("dashboard.targets")}
          value={n(summary.targets)}
          note={t("dashboard.targetsNote", { count: summary.jurisdictionsWithTargets })}
        />
        <StatCard
          label={t("dashboard.actions")}
          value={n(summary.actionsInProgress)}
          note={
            summary.actions === 0
              ? t("dashboard.actionsNone")
              : t("dashboard.actionsNote", { total: n(summary.actions) })
          }
        />
      </dl>
    </Section>
  );
}
