/** Population, GDP and area by year, as one table. */
import { useTranslation } from "react-i18next";
import type { Jurisdiction } from "../../api/client.ts";
import { TableScroll } from "../../components/table-scroll.tsx";
import { formatCompact, formatInteger } from "../../format/format.ts";

/** One row per year that has any of the three series. */
export function SeriesTable({ jurisdiction: j }: { jurisdiction: Jurisdiction }) {
  const { t, i18n } = useTranslation();
  const years = [...new Set([...j.population, ...j.gdp, ...j.area].map((p) => p.year))].sort((a, b) => b - a);
  if (years.length === 0) return <p className="muted">{t("profile.noSeries")}</p>;
  const at = (series: Jurisdiction["population"], year: number, format: (v: number) => string) => {
    const point = series.find((p) => p.year === year);
    return point ? format(point.value) : t("common.none");
  };
  const integer = (v: number) => formatInteger(v, i18n.language);
  return (
    <details className="series">
      <summary>{t("profile.series")}</summary>
      <TableScroll label={t("profile.series")}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t("chart.year")}</th>
              <th scope="col" className="num">
                {t("profile.population")}
              </th>
              <th scope="col" className="num">
                {t("profile.gdp")}
              </th>
              <th scope="col" className="num">
                {t("profile.area")}
              </th>
            </tr>
          </thead>
          <tbody>
            {years.map((year) => (
              <tr key={year}>
                <th scope="row">{year}</th>
                <td className="num">{at(j.population, year, integer)}</td>
                <td className="num">{at(j.gdp, year, (v) => formatCompact(v, i18n.language))}</td>
                <td className="num">{at(j.area, year, integer)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </details>
  );
}
