/** The GPC table of an inventory: lines by sector with scope, notation key, gases, CO2e, data quality, source. */
import { useTranslation } from "react-i18next";
import type { Inventory } from "../../api/client.ts";
import { Section } from "../../components/section.tsx";
import { EmptyState } from "../../components/states.tsx";
import { TableScroll } from "../../components/table-scroll.tsx";
import { formatTonnes } from "../../format/format.ts";
import { useLabels } from "../../hooks/use-labels.ts";
import { type TableLine, tableSectors } from "./inventory-rows.ts";

const COLUMNS = 11;

function LineRow({ line, first }: { line: TableLine; first: boolean }) {
  const { t, i18n } = useTranslation();
  const none = t("common.none");
  const tonnes = (value: number | undefined) =>
    value === undefined ? none : formatTonnes(value, i18n.language);
  const quality = line.line.dataQuality;
  const detail = [line.line.fuel, line.line.explanation, line.line.comment].filter(Boolean).join(" · ");
  return (
    <tr id={`line-${line.number}`} className={first ? "row-first" : "row-more"}>
      <th scope="row" className="gpc-ref">
        {line.gpc}
      </th>
      <td className="gpc-name">
        {first ? line.name : <span className="visually-hidden">{line.name}</span>}
        {detail && <span className="cell-note">{detail}</span>}
      </td>
      <td className="num">{line.scope ?? none}</td>
      <td>{line.line.notationKey ? <span className="badge">{line.line.notationKey}</span> : none}</td>
      <td className="num">{tonnes(line.gases.CO2)}</td>
      <td className="num">{tonnes(line.gases.CH4)}</td>
      <td className="num">{tonnes(line.gases.N2O)}</td>
      <td>
        {line.otherGases.length === 0
          ? none
          : line.otherGases.map(([gas, value]) => `${gas} ${formatTonnes(value, i18n.language)}`).join(", ")}
      </td>
      <td className="num strong">{line.co2e === null ? none : formatTonnes(line.co2e, i18n.language)}</td>
      <td>
        {quality
          ? t("inventory.qualityValue", {
              activity: quality.activity ?? none,
              factor: quality.factor ?? none,
            })
          : none}
      </td>
      <td className="source">{line.line.source ?? none}</td>
    </tr>
  );
}

/** The whole table, one body per sector with the sector's stored total. */
export function GpcTable({ inventory }: { inventory: Inventory }) {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const sectors = tableSectors(inventory);
  return (
    <Section title={t("inventory.table")}>
      {sectors.length === 0 ? (
        <EmptyState title={t("inventory.noLines")} />
      ) : (
        <TableScroll label={t("inventory.table")}>
          <table className="data-table gpc-table">
            <caption>{t("inventory.tableCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("inventory.ref")}</th>
                <th scope="col">{t("inventory.row")}</th>
                <th scope="col" className="num">
                  {t("inventory.scope")}
                </th>
                <th scope="col">{t("inventory.notation")}</th>
                <th scope="col" className="num">
                  {t("inventory.co2")}
                </th>
                <th scope="col" className="num">
                  {t("inventory.ch4")}
                </th>
                <th scope="col" className="num">
                  {t("inventory.n2o")}
                </th>
                <th scope="col">{t("inventory.otherGases")}</th>
                <th scope="col" className="num">
                  {t("inventory.co2e")}
                </th>
                <th scope="col">{t("inventory.quality")}</th>
                <th scope="col">{t("inventory.source")}</th>
              </tr>
            </thead>
            {sectors.map((sector) => {
              const name = `${sector.ref} ${labels.sector(sector.ref)}`;
              return (
                <tbody key={sector.ref}>
                  <tr className="sector-row">
                    <th scope="colgroup" colSpan={8}>
                      {name}
                    </th>
                    <td className="num strong">
                      {sector.total === null ? "" : formatTonnes(sector.total, i18n.language)}
                    </td>
                    <td colSpan={COLUMNS - 9} />
                  </tr>
                  {sector.lines.map((line, i) => (
                    <LineRow key={line.number} line={line} first={sector.lines[i - 1]?.gpc !== line.gpc} />
                  ))}
                </tbody>
              );
            })}
          </table>
        </TableScroll>
      )}
    </Section>
  );
}
