/** Committed reductions by 2030 and 2050 (against the base year and against BAU) and target progress counts. */
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { NetworkAnalytics } from "../../api/analytics.ts";
import { ChartFigure } from "../../components/chart-figure.tsx";
import { barOption } from "../../components/chart-options.ts";
import { Section } from "../../components/section.tsx";
import { formatCompact, formatInteger } from "../../format/format.ts";
import { useLabels } from "../../hooks/use-labels.ts";

/** What the network has committed to, and whether its targets are on track. */
export function CommitmentCharts({ network }: { network: NetworkAnalytics }) {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const locale = i18n.language;
  const commitments = network.rollup.commitments;
  const years = useMemo(() => commitments.map((c) => String(c.year)), [commitments]);
  const option = useMemo(
    () =>
      barOption({
        categories: years,
        series: [
          { name: t("dashboard.againstBase"), values: commitments.map((c) => c.againstBase.value) },
          { name: t("dashboard.againstBau"), values: commitments.map((c) => c.againstBau.value) },
        ],
        format: (v) => formatCompact(v, locale),
      }),
    [commitments, years, t, locale],
  );
  const progress = network.progress;
  const statuses = useMemo(
    (): Array<[string, number]> => [
      [labels.progressStatus("achieved"), progress.achieved],
      [labels.progressStatus("on-track"), progress.onTrack],
      [labels.progressStatus("off-track"), progress.offTrack],
      [labels.progressStatus("no-data"), progress.noData],
    ],
    [progress, labels],
  );
  const progressOption = useMemo(
    () =>
      barOption({
        categories: statuses.map(([name]) => name),
        series: [{ name: t("dashboard.targets"), values: statuses.map(([, n]) => n) }],
        horizontal: true,
        integer: true,
      }),
    [statuses, t],
  );
  return (
    <Section title={t("dashboard.commitments")}>
      <div className="chart-grid">
        <ChartFigure
          title={t("dashboard.commitmentsChart")}
          option={option}
          table={{
            head: [t("dashboard.targetYear"), t("dashboard.againstBase"), t("dashboard.againstBau")],
            rows: commitments.map((c) => [
              String(c.year),
              t("dashboard.committedCell", {
                value: formatInteger(c.againstBase.value, locale),
                count: c.againstBase.jurisdictions,
              }),
              t("dashboard.committedCell", {
                value: formatInteger(c.againstBau.value, locale),
                count: c.againstBau.jurisdictions,
              }),
            ]),
          }}
          note={t("dashboard.ruleCommitted")}
        />
        <ChartFigure
          title={t("dashboard.progressChart")}
          option={progressOption}
          height={200}
          table={{
            head: [t("dashboard.status"), t("dashboard.targets")],
            rows: statuses.map(([s, n]) => [s, String(n)]),
          }}
          note={t("dashboard.ruleTrack", { count: progress.noData })}
        />
      </div>
    </Section>
  );
}
