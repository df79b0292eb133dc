/** Breakdowns of the network: jurisdictions by region (the world view) and by type, targets by type. */
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { ChartFigure } from "../../components/chart-figure.tsx";
import { barOption } from "../../components/chart-options.ts";
import { Section } from "../../components/section.tsx";
import { formatInteger } from "../../format/format.ts";
import { useLabels } from "../../hooks/use-labels.ts";
import type { NetworkSummary } from "./network-summary.ts";

function ByRegion({ summary }: { summary: NetworkSummary }) {
  const { t, i18n } = useTranslation();
  const names = useMemo(() => summary.byRegion.map((r) => r.region ?? t("chart.unspecified")), [summary, t]);
  const option = useMemo(
    () =>
      barOption({
        categories: names,
        series: [
          { name: t("dashboard.jurisdictions"), values: summary.byRegion.map((r) => r.jurisdictions) },
        ],
        horizontal: true,
        integer: true,
      }),
    [summary, names, t],
  );
  return (
    <ChartFigure
      title={t("dashboard.byRegion")}
      option={option}
      height={Math.max(200, 36 * names.length + 40)}
      table={{
        head: [t("dashboard.region"), t("dashboard.jurisdictions"), t("dashboard.population")],
        rows: summary.byRegion.map((r, i) => [
          names[i] ?? "",
          String(r.jurisdictions),
          formatInteger(r.population, i18n.language),
        ]),
      }}
    />
  );
}

function Counts({ title, head, counts }: { title: string; head: string; counts: Array<[string, number]> }) {
  const { t } = useTranslation();
  const option = useMemo(
    () =>
      barOption({
        categories: counts.map(([name]) => name),
        series: [{ name: t("chart.count"), values: counts.map(([, n]) => n) }],
        horizontal: true,
        integer: true,
      }),
    [counts, t],
  );
  return (
    <ChartFigure
      title={title}
      option={option}
      height={Math.max(160, 36 * counts.length + 40)}
      table={{ head: [head, t("chart.count")], rows: counts.map(([name, n]) => [name, String(n)]) }}
    />
  );
}

/** Where the network is and what it is made of. */
export function BreakdownCharts({ summary }: { summary: NetworkSummary }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const byType = useMemo(
    () => summary.byType.map(([type, n]): [string, number] => [labels.jurisdictionType(type), n]),
    [summary, labels],
  );
  const targetsByType = useMemo(
    () => summary.targetsByType.map(([type, n]): [string, number] => [labels.targetType(type), n]),
    [summary, labels],
  );
  return (
    <Section title={t("dashboard.breakdowns")}>
      <div className="chart-grid">
        <ByRegion summary={summary} />
        <Counts title={t("dashboard.byType")} head={t("dashboard.type")} counts={byType} />
        {summary.targets > 0 && (
          <Counts title={t("dashboard.targetsByType")} head={t("dashboard.type")} counts={targetsByType} />
        )}
      </div>
    </Section>
  );
}
