/** Charts of what is reported over time: inventories by year, targets by target year and type. */
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { ChartFigure } from "../../components/chart-figure.tsx";
import { barOption } from "../../components/chart-options.ts";
import { Section } from "../../components/section.tsx";
import { EmptyState } from "../../components/states.tsx";
import { useLabels } from "../../hooks/use-labels.ts";
import type { NetworkSummary } from "./network-summary.ts";

function InventoriesByYear({ summary }: { summary: NetworkSummary }) {
  const { t } = useTranslation();
  const option = useMemo(
    () =>
      barOption({
        categories: summary.inventoriesByYear.map(([year]) => year),
        series: [{ name: t("dashboard.inventories"), values: summary.inventoriesByYear.map(([, n]) => n) }],
        integer: true,
      }),
    [summary, t],
  );
  if (summary.inventories === 0) return <EmptyState title={t("dashboard.noInventories")} />;
  return (
    <ChartFigure
      title={t("dashboard.inventoriesByYear")}
      option={option}
      table={{
        head: [t("chart.year"), t("chart.count")],
        rows: summary.inventoriesByYear.map(([year, n]) => [year, String(n)]),
      }}
    />
  );
}

function TargetsByYear({ summary }: { summary: NetworkSummary }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const series = useMemo(
    () =>
      summary.targetTypes.map((type) => ({
        name: labels.targetType(type),
        values: summary.targetsByYearAndType[type] ?? [],
      })),
    [summary, labels],
  );
  const option = useMemo(
    () => barOption({ categories: summary.targetYears, series, stacked: true, integer: true }),
    [summary, series],
  );
  if (summary.targets === 0) return <EmptyState title={t("dashboard.noTargets")} />;
  return (
    <ChartFigure
      title={t("dashboard.targetsByYear")}
      option={option}
      table={{
        head: [t("chart.year"), ...series.map((s) => s.name)],
        rows: summary.targetYears.map((year, i) => [year, ...series.map((s) => String(s.values[i] ?? 0))]),
      }}
    />
  );
}

/** Inventories and targets over time. */
export function ReportingCharts({ summary }: { summary: NetworkSummary }) {
  const { t } = useTranslation();
  return (
    <Section title={t("dashboard.charts")}>
      <div className="chart-grid">
        <InventoriesByYear summary={summary} />
        <TargetsByYear summary={summary} />
      </div>
    </Section>
  );
}
