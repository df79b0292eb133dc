/** The jurisdiction's inventories, each with its status, version and a link to its GPC table. */
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import type { Inventory } from "../../api/client.ts";
import { Section } from "../../components/section.tsx";
import { TableScroll } from "../../components/table-scroll.tsx";
import { formatDate, formatTonnes } from "../../format/format.ts";
import { useLabels } from "../../hooks/use-labels.ts";

/** Newest year first. */
export function InventoryList({ inventories }: { inventories: readonly Inventory[] }) {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  if (inventories.length === 0) return null;
  const sorted = [...inventories].sort((a, b) => b.year - a.year || a.kind.localeCompare(b.kind));
  return (
    <Section title={t("profile.inventories")}>
      <TableScroll label={t("profile.inventories")}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t("profile.year")}</th>
              <th scope="col">{t("profile.kind")}</th>
              <th scope="col">{t("profile.status")}</th>
              <th scope="col">{t("profile.gwp")}</th>
              <th scope="col" className="num">
                {t("profile.basicTotal")}
              </th>
              <th scope="col" className="num">
                {t("profile.version")}
              </th>
              <th scope="col">{t("profile.published")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("profile.open")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((inventory) => (
              <tr key={inventory.id}>
                <th scope="row">{inventory.year}</th>
                <td>{labels.inventoryKind(inventory.kind)}</td>
                <td>
                  <span className={`status status-${inventory.status}`}>
                    {labels.inventoryStatus(inventory.status)}
                  </span>
                </td>
                <td>{inventory.gwp}</td>
                <td className="num">{formatTonnes(inventory.results.totals.basic, i18n.language)}</td>
                <td className="num">{inventory.revision}</td>
                <td>
                  {formatDate(inventory.publishedAt ?? inventory.updatedAt, i18n.language)}
                  {inventory.contentHash && (
                    <code className="hash hash-short" title={inventory.contentHash}>
                      {inventory.contentHash.slice(0, 12)}
                    </code>
                  )}
                </td>
                <td>
                  <Link
                    href={`/inventories/${inventory.id}`}
                    aria-label={t("profile.openLabel", { year: inventory.year })}
                  >
                    {t("profile.open")}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </Section>
  );
}
