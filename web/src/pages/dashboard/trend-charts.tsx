/** The network's emissions over time, from /analytics/trends: territorial totals, sectors, BASIC per inhabitant. */
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { TrendsAnalytics } from "../../api/analytics.ts";
import { ChartFigure } from "../../components/chart-figure.tsx";
import { barOption } from "../../components/chart-options.ts";
import { Section } from "../../components/section.tsx";
import { EmptyState } from "../../components/states.tsx";
import { formatCompact, formatInteger, formatNumber } from "../../format/format.ts";

const SECTORS = ["I", "II", "III", "IV", "V", "VI"] as const;

/** Territorial emissions by year, emissions by GPC sector by year, and the median BASIC per inhabitant. */
export function TrendCharts({ trends }: { trends: TrendsAnalytics }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const years = useMemo(() => trends.years.map((y) => String(y.year)), [trends]);
  const compact = (v: number) => formatCompact(v, locale);
  const territorial = useMemo(
    () =>
      barOption({
        categories: years,
        series: [{ name: t("dashboard.territorial"), values: trends.years.map((y) => y.territorial.value) }],
        format: (v) => formatCompact(v, locale),
      }),
    [trends, years, t, locale],
  );
  const sectorYears = useMemo(() => trends.sectors.map((s) => String(s.year)), [trends]);
  const sectors = useMemo(
    () =>
      SECTORS.filter((s) => trends.sectors.some((y) => (y.bySector[s] ?? 0) !== 0)).map((s) => ({
        id: s,
        name: `${s} ${t(`sector.${s}`)}`,
        values: trends.sectors.map((y) => y.bySector[s] ?? 0),
      })),
    [trends, t],
  );
  const sectorOption = useMemo(
    () =>
      barOption({
        categories: sectorYears,
        series: sectors,
        stacked: true,
        legendRows: Math.ceil(sectors.length / 2) + 1,
        format: (v) => formatCompact(v, locale),
      }),
    [sectorYears, sectors, locale],
  );
  const perCapita = useMemo(
    () =>
      barOption({
        categories: years,
        series: [
          { name: t("dashboard.perCapita"), values: trends.years.map((y) => y.basicPerCapita.median) },
        ],
        format: (v) => formatNumber(v, locale, 1),
      }),
    [trends, years, t, locale],
  );
  if (trends.years.length === 0) {
    return (
      <Section title={t("dashboard.trends")}>
        <EmptyState title={t("dashboard.noInventories")} />
      </Section>
    );
  }
  return (
    <Section title={t("dashboard.trends")}>
      <div className="chart-grid">
        <ChartFigure
          title={t("dashboard.territorialByYear")}
          option={territorial}
          table={{
            head: [t("chart.year"), t("dashboard.territorial"), t("dashboard.jurisdictions")],
            rows: trends.years.map((y) => [
              String(y.year),
              formatInteger(y.territorial.value, locale),
              String(y.territorial.jurisdictions),
            ]),
          }}
          note={t("dashboard.ruleTerritorial")}
        />
        <ChartFigure
          title={t("dashboard.sectorsByYear")}
          option={sectorOption}
          height={380}
          table={{
            head: [t("chart.year"), ...sectors.map((s) => s.name)],
            rows: trends.sectors.map((y, i) => [
              String(y.year),
              ...sectors.map((s) => compact(s.values[i] ?? 0)),
            ]),
          }}
          note={t("dashboard.ruleSectors")}
        />
        <ChartFigure
          title={t("dashboard.perCapitaByYear")}
          option={perCapita}
          table={{
            head: [
              t("chart.year"),
              t("dashboard.median"),
              t("dashboard.quartiles"),
              t("dashboard.jurisdictions"),
            ],
            rows: trends.years.map((y) => {
              const d = y.basicPerCapita;
              const num = (v: number | null) => (v === null ? t("common.none") : formatNumber(v, locale, 2));
              return [String(y.year), num(d.median), `${num(d.q1)} – ${num(d.q3)}`, String(d.n)];
            }),
          }}
          note={t("dashboard.ruleDistribution")}
        />
      </div>
    </Section>
  );
}
