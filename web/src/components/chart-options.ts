/** Builders of the ECharts options the pages draw: categories against one or more (stacked) series. */
import type { EChartsCoreOption } from "echarts/core";

/** Colours that stay distinct for colour-blind readers (Okabe–Ito, reordered). */
export const PALETTE = [
  "#0072B2",
  "#E69F00",
  "#009E73",
  "#CC79A7",
  "#56B4E9",
  "#D55E00",
  "#F0E442",
  "#000000",
];

/** One named series of values, aligned with the categories. */
export interface Series {
  name: string;
  values: ReadonlyArray<number | null>;
}

/** Options shared by every bar chart. */
interface BarOptions {
  categories: readonly string[];
  series: readonly Series[];
  stacked?: boolean;
  horizontal?: boolean;
  /** Formats axis labels and tooltip values. */
  format?: (value: number) => string;
  /** The values are counts (whole numbers). */
  integer?: boolean;
  /** Rows to leave for the legend (default: three names a row); long names need more. */
  legendRows?: number;
}

/** A bar chart (vertical or horizontal, stacked or grouped) with a legend when there are several series. */
export function barOption({
  categories,
  series,
  stacked,
  horizontal,
  format,
  integer,
  legendRows: rows,
}: BarOptions): EChartsCoreOption {
  const categoryAxis = { type: "category", data: categories, axisTick: { alignWithLabel: true } };
  const valueAxis = {
    type: "value",
    axisLabel: format ? { formatter: format } : {},
    // Counts have no fractions: no 0.5 ticks.
    ...(integer ? { minInterval: 1 } : {}),
  };
  const legendRows = rows ?? Math.ceil(series.length / 3);
  return {
    color: PALETTE,
    animation: false,
    grid: {
      left: 8,
      right: 16,
      top: 16,
      bottom: series.length > 1 ? 8 + 24 * legendRows : 8,
      containLabel: true,
    },
    legend: series.length > 1 ? { type: "plain", bottom: 0, left: "center" } : { show: false },
    tooltip: {
      trigger: "axis",
      axisPointer: { type: "shadow" },
      ...(format
        ? { valueFormatter: (value: unknown) => (typeof value === "number" ? format(value) : "") }
        : {}),
    },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? { ...categoryAxis, inverse: true } : valueAxis,
    series: series.map((s) => ({
      type: "bar",
      name: s.name,
      data: s.values,
      ...(stacked ? { stack: "total" } : {}),
      barMaxWidth: 72,
      emphasis: { focus: "series" },
    })),
  };
}

/** A line chart over years: each series a line, null where it has no value (gaps are not bridged). */
export function lineOption({
  categories,
  series,
  format,
}: {
  categories: readonly string[];
  series: ReadonlyArray<Series & { dashed?: boolean }>;
  format?: (value: number) => string;
}): EChartsCoreOption {
  return {
    color: PALETTE,
    animation: false,
    // One legend row per series: the charts that use lines sit in narrow cards.
    grid: {
      left: 8,
      right: 16,
      top: 16,
      bottom: series.length > 1 ? 8 + 22 * series.length : 8,
      containLabel: true,
    },
    legend: series.length > 1 ? { type: "plain", bottom: 0, left: "center" } : { show: false },
    tooltip: {
      trigger: "axis",
      ...(format
        ? { valueFormatter: (value: unknown) => (typeof value === "number" ? format(value) : "") }
        : {}),
    },
    xAxis: { type: "category", data: categories, boundaryGap: false },
    yAxis: { type: "value", axisLabel: format ? { formatter: format } : {} },
    series: series.map((s) => ({
      type: "line",
      name: s.name,
      data: s.values,
      connectNulls: false,
      symbolSize: 7,
      ...(s.dashed ? { lineStyle: { type: "dashed" }, showSymbol: false } : {}),
    })),
  };
}
