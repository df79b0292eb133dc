/** The network by region (the world view), by type and published inventories by year, from /analytics/network. */
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { NetworkAnalytics } from "../../api/analytics.ts";
import { ChartFigure } from "../../components/chart-figure.tsx";
import { barOption } from "../../components/chart-options.ts";
import { Section } from "../../components/section.tsx";
import { formatInteger } from "../../format/format.ts";
import { useLabels } from "../../hooks/use-labels.ts";

type Group = NetworkAnalytics["rollup"]["groups"]["region"][number];

function GroupChart({
  title,
  head,
  groups,
}: {
  title: string;
  head: string;
  groups: ReadonlyArray<Group & { name: string }>;
}) {
  const { t, i18n } = useTranslation();
  const option = useMemo(
    () =>
      barOption({
        categories: groups.map((g) => g.name),
        series: [
          { name: t("dashboard.jurisdictions"), values: groups.map((g) => g.jurisdictions) },
          { name: t("dashboard.reporting"), values: groups.map((g) => g.reporting) },
        ],
        horizontal: true,
        integer: true,
      }),
    [groups, t],
  );
  return (
    <ChartFigure
      title={title}
      option={option}
      height={Math.max(200, 44 * groups.length + 64)}
      table={{
        head: [head, t("dashboard.jurisdictions"), t("dashboard.reporting"), t("dashboard.population")],
        rows: groups.map((g) => [
          g.name,
          String(g.jurisdictions),
          String(g.reporting),
          formatInteger(g.populationCovered, i18n.language),
        ]),
      }}
      note={t("dashboard.ruleGroups")}
    />
  );
}

/** Where the network is, what it is made of, and what it has published. */
export function BreakdownCharts({ network }: { network: NetworkAnalytics }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { groups, inventories } = network.rollup;
  const regions = useMemo(
    () => groups.region.map((g) => ({ ...g, name: g.key === "unknown" ? t("chart.unspecified") : g.key })),
    [groups, t],
  );
  const types = useMemo(
    () => groups.type.map((g) => ({ ...g, name: labels.jurisdictionType(g.key) })),
    [groups, labels],
  );
  const byYear = useMemo(
    () => Object.entries(inventories.byYear).sort(([a], [b]) => a.localeCompare(b)),
    [inventories],
  );
  const inventoryOption = useMemo(
    () =>
      barOption({
        categories: byYear.map(([year]) => year),
        series: [{ name: t("dashboard.inventories"), values: byYear.map(([, n]) => n) }],
        integer: true,
      }),
    [byYear, t],
  );
  return (
    <Section title={t("dashboard.breakdowns")}>
      <div className="chart-grid">
        <GroupChart title={t("dashboard.byRegion")} head={t("dashboard.region")} groups={regions} />
        <GroupChart title={t("dashboard.byType")} head={t("dashboard.type")} groups={types} />
        <ChartFigure
          title={t("dashboard.inventoriesByYear")}
          option={inventoryOption}
          table={{ head: [t("chart.year"), t("chart.count")], rows: byYear.map(([y, n]) => [y, String(n)]) }}
        />
      </div>
    </Section>
  );
}
