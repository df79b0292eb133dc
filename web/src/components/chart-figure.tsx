/** A chart with its title, an accessible description and its data as a table for screen readers and print. */
import type { EChartsCoreOption } from "echarts/core";
import { lazy, Suspense, useId } from "react";
import { useTranslation } from "react-i18next";
import { Loading } from "./states.tsx";
import { TableScroll } from "./table-scroll.tsx";

const EChartCanvas = lazy(() => import("./echart-canvas.tsx"));

/** The chart's data as rows of cells, first row the header. */
export interface ChartTable {
  head: readonly string[];
  rows: ReadonlyArray<ReadonlyArray<string>>;
}

/** A titled chart; the canvas is hidden from assistive technology, which reads the table instead. */
export function ChartFigure({
  title,
  option,
  table,
  height = 280,
  note,
}: {
  title: string;
  option: EChartsCoreOption;
  table: ChartTable;
  height?: number;
  /** How the figures are counted, shown under the chart. */
  note?: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <figure className="chart" aria-labelledby={id}>
      <figcaption id={id}>{title}</figcaption>
      <div aria-hidden="true">
        <Suspense fallback={<Loading />}>
          <EChartCanvas option={option} height={height} />
        </Suspense>
      </div>
      {note && <p className="chart-note">{note}</p>}
      <details className="chart-table">
        <summary>{t("chart.table")}</summary>
        <TableScroll label={title}>
          <table>
            <thead>
              <tr>
                {table.head.map((cell) => (
                  <th key={cell} scope="col">
                    {cell}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={row[0]}>
                  {row.map((cell, i) =>
                    i === 0 ? (
                      <th key={table.head[i]} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={table.head[i]}>{cell}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </figure>
  );
}
