/** The plan's resilience goal: the share of members reporting each element against 25%, overall and per region. */
import type { EChartsCoreOption } from "echarts/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { type ResilienceGoal, resilienceGoal } from "../../api/themes.ts";
import { AsyncView } from "../../components/async-view.tsx";
import { ChartFigure } from "../../components/chart-figure.tsx";
import { barOption } from "../../components/chart-options.ts";
import { Section } from "../../components/section.tsx";
import { StatCard } from "../../components/stat-card.tsx";
import { EmptyState } from "../../components/states.tsx";
import { TableScroll } from "../../components/table-scroll.tsx";
import { formatInteger, formatPercent } from "../../format/format.ts";
import { useAsync } from "../../hooks/use-async.ts";
import { useDocumentTitle } from "../../hooks/use-document-title.ts";
import { type ThemeWorkT, useThemeWorkT } from "../../i18n/theme-work/use-theme-work-t.ts";

type Element = ResilienceGoal["elements"][number]["element"];
const ELEMENTS: readonly Element[] = ["risks", "policy", "commitments", "plans", "actions"];

/** A bar option with a dashed line at the goal. */
function withGoalLine(option: EChartsCoreOption, goal: number, label: string): EChartsCoreOption {
  const series = (option.series as Array<Record<string, unknown>>).map((s, i) =>
    i === 0
      ? {
          ...s,
          markLine: {
            symbol: "none",
            silent: true,
            lineStyle: { type: "dashed", color: "#D55E00" },
            label: { formatter: label, position: "insideEndTop" },
            data: [{ yAxis: goal }],
          },
        }
      : s,
  );
  return { ...option, series };
}

/** The network's chart and the regions' chart, each with the goal line. */
function chartOptions(goal: ResilienceGoal, tw: ThemeWorkT, locale: string) {
  const name = (e: Element) => tw(`resilience.elements.${e}`);
  const goalLabel = tw("resilience.goalLine", { share: formatPercent(goal.goalShare * 100, locale) });
  const format = (v: number) => formatPercent(v, locale);
  const overall = barOption({
    categories: goal.elements.map((e) => name(e.element)),
    series: [{ name: tw("resilience.share"), values: goal.elements.map((e) => (e.share ?? 0) * 100) }],
    format,
  });
  const byRegion = barOption({
    categories: goal.regions.map((r) => r.region ?? tw("resilience.noRegion")),
    series: ELEMENTS.map((e) => ({
      name: name(e),
      values: goal.regions.map((r) => (r.elements.find((x) => x.element === e)?.share ?? 0) * 100),
    })),
    format,
    legendRows: 2,
  });
  return {
    overall: withGoalLine(overall, goal.goalShare * 100, goalLabel),
    byRegion: withGoalLine(byRegion, goal.goalShare * 100, goalLabel),
  };
}

function GoalView({ goal }: { goal: ResilienceGoal }) {
  const { i18n } = useTranslation();
  const tw = useThemeWorkT();
  const locale = i18n.language;
  const share = (v: number | null | undefined) =>
    v === null || v === undefined ? "—" : formatPercent(v * 100, locale);
  const name = (e: Element) => tw(`resilience.elements.${e}`);
  const region = (r: string | null) => r ?? tw("resilience.noRegion");
  const { overall, byRegion } = useMemo(() => chartOptions(goal, tw, locale), [goal, tw, locale]);
  const met = goal.elements.filter((e) => e.meetsGoal).length;
  return (
    <>
      <dl className="stat-grid">
        <StatCard label={tw("resilience.members")} value={formatInteger(goal.members, locale)} />
        <StatCard
          label={tw("resilience.elementsMet")}
          value={`${met} / ${goal.elements.length}`}
          note={goal.met ? tw("resilience.met") : tw("resilience.notMet")}
        />
        <StatCard label={tw("resilience.regions")} value={formatInteger(goal.regions.length, locale)} />
      </dl>
      <Section title={tw("resilience.network")}>
        <ChartFigure
          title={tw("resilience.chartNetwork")}
          option={overall}
          note={goal.rule}
          table={{
            head: [
              tw("resilience.element"),
              tw("resilience.count"),
              tw("resilience.share"),
              tw("resilience.meets"),
            ],
            rows: goal.elements.map((e) => [
              name(e.element),
              formatInteger(e.count, locale),
              share(e.share),
              e.meetsGoal ? tw("resilience.yes") : tw("resilience.no"),
            ]),
          }}
        />
      </Section>
      <Section title={tw("resilience.byRegion")}>
        {goal.regions.length === 0 ? (
          <EmptyState title={tw("resilience.noMembers")} />
        ) : (
          <>
            <ChartFigure
              title={tw("resilience.chartRegions")}
              option={byRegion}
              height={340}
              table={{
                head: [tw("resilience.region"), ...ELEMENTS.map(name)],
                rows: goal.regions.map((r) => [
                  region(r.region),
                  ...ELEMENTS.map((e) => share(r.elements.find((x) => x.element === e)?.share)),
                ]),
              }}
            />
            <TableScroll label={tw("resilience.regionTable")}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{tw("resilience.region")}</th>
                    <th scope="col">{tw("resilience.members")}</th>
                    {ELEMENTS.map((e) => (
                      <th key={e} scope="col">
                        {name(e)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {goal.regions.map((r) => (
                    <tr key={r.region ?? ""}>
                      <th scope="row">{region(r.region)}</th>
                      <td className="num">{formatInteger(r.members, locale)}</td>
                      {ELEMENTS.map((e) => {
                        const x = r.elements.find((y) => y.element === e);
                        return (
                          <td key={e} className="num">
                            {x ? `${formatInteger(x.count, locale)} (${share(x.share)})` : "—"}
                            {x?.meetsGoal && (
                              <span className="badge" title={tw("resilience.meets")}>
                                ✓<span className="visually-hidden">{tw("resilience.meets")}</span>
                              </span>
                            )}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </>
        )}
      </Section>
    </>
  );
}

/** The page at /programmes/resilience. */
export default function ResiliencePage() {
  const { t } = useTranslation();
  const tw = useThemeWorkT();
  useDocumentTitle(tw("resilience.title"));
  const state = useAsync((signal) => resilienceGoal(signal), "resilience-goal");
  return (
    <div className="page">
      <h1>{tw("resilience.title")}</h1>
      <p className="lead">{tw("resilience.intro")}</p>
      <p>
        <Link href="/themes">{t("beyond.title")}</Link>
      </p>
      <AsyncView state={state}>{(goal) => <GoalView goal={goal} />}</AsyncView>
    </div>
  );
}
