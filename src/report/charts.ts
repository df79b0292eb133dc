/** Charts for printed reports: Apache ECharts rendered on the server to SVG strings (no browser, no network). */
import * as echarts from "echarts";

/** An ECharts option, as a plain object. */
export type ChartOption = Record<string, unknown>;

const PALETTE = ["#1b6e5a", "#4c9f70", "#f2a541", "#d1495b", "#3d5a80", "#98c1d9", "#8d6a9f", "#6c757d"];

/** Renders an ECharts option to an SVG string of the given size. */
export function renderSvg(option: ChartOption, width = 760, height = 340): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  try {
    chart.setOption({ animation: false, color: PALETTE, textStyle: { fontFamily: "sans-serif" }, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** A stacked bar chart: one bar per category, one stack segment per series. */
export function stackedBars(
  title: string,
  categories: string[],
  series: Record<string, number[]>,
  unit: string,
): string {
  return renderSvg({
    title: { text: title, left: 0, textStyle: { fontSize: 14 } },
    // A plain legend wraps onto more lines; a scrolling one would print a pager into a static SVG.
    legend: { bottom: 0, type: "plain" },
    grid: { left: 80, right: 20, top: 72, bottom: 72 },
    xAxis: { type: "category", data: categories },
    yAxis: { type: "value", name: unit, nameGap: 12, nameTextStyle: { align: "left" } },
    series: Object.entries(series).map(([name, data]) => ({ name, type: "bar", stack: "total", data })),
  });
}

/** Grouped bars: one group per category, one bar per series. */
export function groupedBars(
  title: string,
  categories: string[],
  series: Record<string, number[]>,
  unit: string,
): string {
  return renderSvg({
    title: { text: title, left: 0, textStyle: { fontSize: 14 } },
    legend: { bottom: 0 },
    grid: { left: 80, right: 20, top: 72, bottom: 50 },
    xAxis: { type: "category", data: categories },
    yAxis: { type: "value", name: unit, nameGap: 12, nameTextStyle: { align: "left" } },
    series: Object.entries(series).map(([name, data]) => ({ name, type: "bar", data })),
  });
}

/** Box plots from five-number summaries [min, q1, median, q3, max], one per category. */
export function boxPlots(title: string, categories: string[], boxes: number[][], unit: string): string {
  return renderSvg({
    title: { text: title, left: 0, textStyle: { fontSize: 14 } },
    grid: { left: 80, right: 20, top: 72, bottom: 60 },
    xAxis: {
      type: "category",
      data: categories,
      axisLabel: { interval: 0, rotate: categories.length > 5 ? 20 : 0 },
    },
    yAxis: { type: "value", name: unit, nameGap: 12, nameTextStyle: { align: "left" } },
    series: [{ type: "boxplot", data: boxes }],
  });
}
