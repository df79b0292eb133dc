/** The profile's stacked emissions chart with its BASIC / BASIC+ / territorial and sector / scope switches. */
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Inventory } from "../../api/client.ts";
import { ChartFigure } from "../../components/chart-figure.tsx";
import { barOption } from "../../components/chart-options.ts";
import { Section } from "../../components/section.tsx";
import { Segmented } from "../../components/segmented.tsx";
import { EmptyState } from "../../components/states.tsx";
import { formatTonnes, formatTonnesCompact } from "../../format/format.ts";
import { useLabels } from "../../hooks/use-labels.ts";
import { type Breakdown, emissionsSeries, LEVELS, type Level } from "./emissions-series.ts";

/** Emissions by year, stacked by sector or scope, for the chosen GPC total. */
export function EmissionsChart({ inventories }: { inventories: readonly Inventory[] }) {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const [level, setLevel] = useState<Level>("basic");
  const [breakdown, setBreakdown] = useState<Breakdown>("sector");
  const series = useMemo(
    () => emissionsSeries(inventories, level, breakdown),
    [inventories, level, breakdown],
  );
  const names = useMemo(
    () =>
      series.keys.map((k) =>
        breakdown === "sector" ? `${k} ${labels.sector(k)}` : t("scope.label", { scope: k }),
      ),
    [series, breakdown, labels, t],
  );
  const locale = i18n.language;
  const option = useMemo(
    () =>
      barOption({
        categories: series.years.map(String),
        series: series.keys.map((k, i) => ({ name: names[i] ?? k, values: series.values[k] ?? [] })),
        stacked: true,
        format: (value) => formatTonnesCompact(value, locale),
      }),
    [series, names, locale],
  );
  const title = t("profile.chartTitle", {
    total: t(`level.${level}`),
    breakdown: (breakdown === "sector" ? t("profile.bySector") : t("profile.byScope")).toLowerCase(),
  });

  return (
    <Section title={t("profile.emissions")}>
      {series.years.length === 0 ? (
        <EmptyState title={t("profile.noInventories")}>{t("profile.noInventoriesText")}</EmptyState>
      ) : (
        <>
          <p className="muted">{t("profile.emissionsIntro")}</p>
          <div className="switches">
            <Segmented
              legend={t("profile.total")}
              value={level}
              onChange={setLevel}
              choices={LEVELS.map((l) => ({ value: l, label: t(`level.${l}`) }))}
            />
            <Segmented
              legend={t("profile.breakdown")}
              value={breakdown}
              onChange={setBreakdown}
              choices={[
                { value: "sector", label: t("profile.bySector") },
                { value: "scope", label: t("profile.byScope") },
              ]}
            />
          </div>
          <ChartFigure
            title={title}
            option={option}
            height={320}
            table={{
              head: [t("chart.year"), ...names, t("profile.total")],
              rows: series.years.map((year, i) => [
                String(year),
                ...series.keys.map((k) => formatTonnes(series.values[k]?.[i] ?? 0, locale)),
                formatTonnes(series.totals[i] ?? 0, locale),
              ]),
            }}
          />
        </>
      )}
    </Section>
  );
}
