/**
 * The jurisdiction's data as files: for each inventory its GPC reporting table and its CRF sector table (GCoM)
 * as XLSX and CSV, and its JSON; the jurisdiction and its targets as JSON.
 */
import { useTranslation } from "react-i18next";
import type { Inventory, Jurisdiction } from "../../api/client.ts";
import { downloadUrl } from "../../api/queries.ts";
import { Section } from "../../components/section.tsx";
import { TableScroll } from "../../components/table-scroll.tsx";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** One file link, named for screen readers with what it holds and its format. */
function FileLink({
  href,
  label,
  format,
  type,
}: {
  href: string;
  label: string;
  format: string;
  type: string;
}) {
  return (
    <a href={href} type={type} aria-label={`${label}, ${format}`} download>
      {format}
    </a>
  );
}

/** Per inventory (newest year first) the GPC table, the CRF table and the JSON; then the jurisdiction and targets. */
export function Downloads({
  jurisdiction,
  inventories,
}: {
  jurisdiction: Jurisdiction;
  inventories: readonly Inventory[];
}) {
  const { t } = useTranslation();
  const byYear = [...inventories].sort((a, b) => b.year - a.year || a.kind.localeCompare(b.kind));
  return (
    <Section title={t("profile.downloads")}>
      {byYear.length > 0 && (
        <TableScroll label={t("profile.downloads")}>
          <table className="data-table downloads-table">
            <thead>
              <tr>
                <th scope="col">{t("profile.year")}</th>
                <th scope="col">{t("profile.dlGpc")}</th>
                <th scope="col">{t("profile.dlCrf")}</th>
                <th scope="col">{t("common.json")}</th>
              </tr>
            </thead>
            <tbody>
              {byYear.map((inventory) => {
                const gpc = t("profile.dlGpcOf", { year: inventory.year });
                const crf = t("profile.dlCrfOf", { year: inventory.year });
                return (
                  <tr key={inventory.id}>
                    <th scope="row">{inventory.year}</th>
                    <td className="file-links">
                      <FileLink
                        href={downloadUrl.inventoryExport(inventory.id, "gpc-table.xlsx")}
                        label={gpc}
                        format="XLSX"
                        type={XLSX}
                      />
                      <FileLink
                        href={downloadUrl.inventoryExport(inventory.id, "gpc-table.csv")}
                        label={gpc}
                        format="CSV"
                        type="text/csv"
                      />
                    </td>
                    <td className="file-links">
                      <FileLink
                        href={downloadUrl.inventoryExport(inventory.id, "crf.xlsx")}
                        label={crf}
                        format="XLSX"
                        type={XLSX}
                      />
                      <FileLink
                        href={downloadUrl.inventoryExport(inventory.id, "crf.csv")}
                        label={crf}
                        format="CSV"
                        type="text/csv"
                      />
                    </td>
                    <td className="file-links">
                      <FileLink
                        href={downloadUrl.inventory(inventory.id)}
                        label={t("profile.dlInventory", { year: inventory.year })}
                        format={t("common.json")}
                        type="application/json"
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
      <ul className="downloads">
        <li>
          <a href={downloadUrl.jurisdiction(jurisdiction.id)} type="application/json">
            {t("profile.dlJurisdiction")}
          </a>{" "}
          <span className="badge">{t("common.json")}</span>
        </li>
        <li>
          <a href={downloadUrl.list("targets", `&jurisdictionId=${jurisdiction.id}`)} type="application/json">
            {t("profile.dlTargets")}
          </a>{" "}
          <span className="badge">{t("common.json")}</span>
        </li>
      </ul>
    </Section>
  );
}
