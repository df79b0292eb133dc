/**
 * The dashboard's headline figures, as the API's analytics compute them. Each card names the rule its figure
 * follows (territorial emissions and commitments summed over non-overlapping boundaries; BASIC per inhabitant as
 * a distribution, never summed); the API's own wording of each rule is listed below the cards.
 */
import { useTranslation } from "react-i18next";
import type { NetworkAnalytics } from "../../api/analytics.ts";
import { Section } from "../../components/section.tsx";
import { StatCard } from "../../components/stat-card.tsx";
import { formatCompact, formatInteger, formatNumber } from "../../format/format.ts";

/** Jurisdictions, population, territorial emissions, commitments, per-capita spread, actions, targets on track. */
export function HeadlineFigures({ network }: { network: NetworkAnalytics }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const n = (value: number) => formatInteger(value, locale);
  const big = (value: number) => <abbr title={n(value)}>{formatCompact(value, locale)}</abbr>;
  const { rollup, progress } = network;
  const territorial = rollup.territorial;
  const perCapita = rollup.perCapita.basic;
  const commitment = (year: number) => rollup.commitments.find((c) => c.year === year)?.againstBase;
  const inProgress = rollup.actions.byStatus["in-progress"] ?? 0;
  const actionsTotal = Object.values(rollup.actions.byStatus).reduce((sum, v) => sum + v, 0);
  const tracked = progress.achieved + progress.onTrack + progress.offTrack;
  const rules: Array<[string, string]> = [
    [t("dashboard.population"), rollup.reporting.rule],
    [t("dashboard.territorial"), territorial.rule],
    [t("dashboard.perCapita"), perCapita.rule],
    ...rollup.commitments.map((c): [string, string] => [
      t("dashboard.committed", { year: c.year }),
      c.againstBase.rule,
    ]),
    [t("dashboard.actions"), rollup.actionReductions.rule],
    [t("dashboard.onTrack"), network.rules.status],
  ];
  return (
    <Section title={t("dashboard.figures")}>
      <dl className="stat-grid">
        <StatCard
          label={t("dashboard.jurisdictions")}
          value={n(rollup.jurisdictions.value)}
          note={t("dashboard.jurisdictionsNote", { count: rollup.groups.country.length })}
          rule={t("dashboard.ruleCounted")}
        />
        <StatCard
          label={t("dashboard.population")}
          value={big(rollup.reporting.population)}
          note={t("dashboard.populationNote", { count: rollup.reporting.value })}
          rule={t("dashboard.ruleNoOverlap")}
        />
        <StatCard
          label={t("dashboard.territorial")}
          value={big(territorial.value)}
          note={
            territorial.years
              ? t("dashboard.territorialNote", { count: territorial.jurisdictions, ...territorial.years })
              : t("dashboard.inventoriesNone")
          }
          rule={t("dashboard.ruleTerritorial")}
        />
        {[2030, 2050].map((year) => {
          const figure = commitment(year);
          return (
            <StatCard
              key={year}
              label={t("dashboard.committed", { year })}
              value={figure ? big(figure.value) : t("common.none")}
              note={
                figure
                  ? t("dashboard.committedNote", { count: figure.jurisdictions, targets: figure.targets })
                  : t("dashboard.noTargets")
              }
              rule={t("dashboard.ruleCommitted")}
            />
          );
        })}
        <StatCard
          label={t("dashboard.perCapita")}
          value={perCapita.median === null ? t("common.none") : formatNumber(perCapita.median, locale, 1)}
          note={
            perCapita.q1 === null || perCapita.q3 === null
              ? t("dashboard.inventoriesNone")
              : t("dashboard.perCapitaNote", {
                  count: perCapita.n,
                  q1: formatNumber(perCapita.q1, locale, 1),
                  q3: formatNumber(perCapita.q3, locale, 1),
                })
          }
          rule={t("dashboard.ruleDistribution")}
        />
        <StatCard
          label={t("dashboard.actions")}
          value={n(inProgress)}
          note={
            actionsTotal === 0
              ? t("dashboard.actionsNone")
              : t("dashboard.actionsNote", { total: n(actionsTotal) })
          }
          rule={t("dashboard.ruleActions", { value: formatCompact(rollup.actionReductions.value, locale) })}
        />
        <StatCard
          label={t("dashboard.onTrack")}
          value={n(progress.onTrack + progress.achieved)}
          note={t("dashboard.onTrackNote", { tracked: n(tracked), offTrack: n(progress.offTrack) })}
          rule={t("dashboard.ruleTrack", { count: progress.noData })}
        />
      </dl>
      <details className="rules">
        <summary>{t("dashboard.rules")}</summary>
        <dl>
          {rules.map(([label, rule]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd lang="en">{rule}</dd>
            </div>
          ))}
        </dl>
      </details>
    </Section>
  );
}
