/** The directory's results table with sortable columns. */
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import type { Jurisdiction } from "../../api/client.ts";
import { TableScroll } from "../../components/table-scroll.tsx";
import { countryName, formatInteger } from "../../format/format.ts";
import { latest } from "../../format/series.ts";
import { useLabels } from "../../hooks/use-labels.ts";
import type { DirectoryState, SortKey } from "./directory-query.ts";

function SortHeader({
  column,
  label,
  state,
  onSort,
  numeric,
}: {
  column: SortKey;
  label: string;
  state: DirectoryState;
  onSort: (column: SortKey) => void;
  numeric?: boolean;
}) {
  const { t } = useTranslation();
  const active = state.sort === column;
  const ariaSort = active ? (state.dir === "asc" ? "ascending" : "descending") : "none";
  return (
    <th scope="col" aria-sort={ariaSort} className={numeric ? "num" : undefined}>
      <button
        type="button"
        className="sort-button"
        onClick={() => onSort(column)}
        title={t("directory.sortBy", { column: label })}
      >
        {label}
        <span className="sort-mark" aria-hidden="true">
          {active ? (state.dir === "asc" ? "▲" : "▼") : "↕"}
        </span>
      </button>
    </th>
  );
}

/** One row per jurisdiction, its name linking to its profile. */
export function DirectoryTable({
  rows,
  state,
  onSort,
}: {
  rows: readonly Jurisdiction[];
  state: DirectoryState;
  onSort: (column: SortKey) => void;
}) {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const header = (column: SortKey, label: string, numeric?: boolean) => (
    <SortHeader column={column} label={label} state={state} onSort={onSort} numeric={numeric} />
  );
  return (
    <TableScroll label={t("directory.results")} className="results-panel">
      <table className="data-table directory-table">
        <caption className="visually-hidden">{t("directory.results")}</caption>
        <thead>
          <tr>
            {header("name", t("directory.name"))}
            {header("country", t("profile.country"))}
            {header("region", t("directory.region"))}
            {header("type", t("directory.type"))}
            {header("population", t("directory.population"), true)}
            <th scope="col">{t("directory.tags")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((j) => {
            const population = latest(j.population);
            return (
              <tr key={j.id}>
                <th scope="row">
                  <Link href={`/jurisdictions/${j.id}`}>{j.name}</Link>
                </th>
                <td>
                  <abbr title={j.country}>{countryName(j.country, i18n.language)}</abbr>
                </td>
                <td>{j.region ?? t("common.none")}</td>
                <td>{labels.jurisdictionType(j.type)}</td>
                <td className="num">
                  {population ? formatInteger(population.value, i18n.language) : t("common.none")}
                </td>
                <td>
                  <ul className="tags">
                    {j.tags.map((tag) => (
                      <li key={tag}>{tag}</li>
                    ))}
                  </ul>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
