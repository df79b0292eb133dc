/**
 * A target's progress as the API stores it: the on/off-track status, why, and its pathway drawn against the
 * jurisdiction's published emissions (the observation the API compared, and each inventory's BASIC total).
 */
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { TargetProgressView } from "../../api/analytics.ts";
import { ChartFigure } from "../../components/chart-figure.tsx";
import { lineOption } from "../../components/chart-options.ts";
import { formatCompact, formatInteger, formatPercent } from "../../format/format.ts";
import { useLabels } from "../../hooks/use-labels.ts";

/** A year's emissions figure. */
export interface YearValue {
  year: number;
  value: number;
}

/** Pathway and actual values on one axis of years (from the pathway's start, or the first actual, to its end). */
export function pathwaySeries(view: TargetProgressView, actual: readonly YearValue[]) {
  const pathway = view.progress.pathway;
  const compared = view.progress.latest;
  const points = new Map<
    number,
    { pathway: number | null; actual: number | null; compared: number | null }
  >();
  const at = (year: number) => {
    const point = points.get(year) ?? { pathway: null, actual: null, compared: null };
    points.set(year, point);
    return point;
  };
  for (const p of pathway?.points ?? []) at(p.year).pathway = p.value;
  for (const a of actual) {
    if (!pathway || (a.year >= pathway.startYear - 5 && a.year <= pathway.endYear))
      at(a.year).actual = a.value;
  }
  if (compared) at(compared.year).compared = compared.value;
  const years = [...points.keys()].sort((a, b) => a - b);
  return { years, rows: years.map((year) => ({ year, ...at(year) })) };
}

/** The status badge, the reasons, and the pathway chart when the API computed one. */
export function TargetProgressPanel({
  view,
  actual,
}: {
  view: TargetProgressView;
  actual: readonly YearValue[];
}) {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const locale = i18n.language;
  const progress = view.progress;
  const series = useMemo(() => pathwaySeries(view, actual), [view, actual]);
  const tonnes = progress.metric === "absolute";
  const option = useMemo(
    () =>
      lineOption({
        categories: series.years.map(String),
        series: [
          { name: t("progress.pathway"), values: series.rows.map((r) => r.pathway), dashed: true },
          { name: t("progress.actual"), values: series.rows.map((r) => (tonnes ? r.actual : null)) },
          { name: t("progress.compared"), values: series.rows.map((r) => r.compared) },
        ].filter((s) => s.values.some((v) => v !== null)),
        format: (v) => formatCompact(v, locale),
      }),
    [series, t, locale, tonnes],
  );
  const num = (v: number | null) => (v === null ? t("common.none") : formatInteger(v, locale));
  return (
    <div className="target-progress">
      <p>
        <span className={`status progress-${view.status}`}>{labels.progressStatus(view.status)}</span>
        {progress.achievedShare !== null && (
          <span className="muted">
            {" "}
            {t("progress.achievedShare", { share: formatPercent(progress.achievedShare * 100, locale) })}
          </span>
        )}
        {progress.requiredAnnualRatePercent !== null && (
          <span className="muted">
            {" "}
            ·{" "}
            {t("progress.requiredRate", { rate: formatPercent(progress.requiredAnnualRatePercent, locale) })}
          </span>
        )}
      </p>
      {progress.notes.length > 0 && (
        <ul className="progress-notes" lang="en">
          {progress.notes.map((note) => (
            <li key={note.code}>{note.message}</li>
          ))}
        </ul>
      )}
      {progress.pathway && (
        <ChartFigure
          title={t("progress.chart", { unit: progress.unit })}
          option={option}
          height={260}
          table={{
            head: [t("chart.year"), t("progress.pathway"), t("progress.actual"), t("progress.compared")],
            rows: series.rows.map((r) => [String(r.year), num(r.pathway), num(r.actual), num(r.compared)]),
          }}
        />
      )}
    </div>
  );
}
