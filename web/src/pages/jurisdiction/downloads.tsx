/** Links to the jurisdiction's data as JSON from the API. */
import { useTranslation } from "react-i18next";
import type { Inventory, Jurisdiction } from "../../api/client.ts";
import { downloadUrl } from "../../api/queries.ts";
import { Section } from "../../components/section.tsx";

/** The jurisdiction, each inventory and the targets, as the API serves them. */
export function Downloads({
  jurisdiction,
  inventories,
}: {
  jurisdiction: Jurisdiction;
  inventories: readonly Inventory[];
}) {
  const { t } = useTranslation();
  const byYear = [...inventories].sort((a, b) => b.year - a.year);
  return (
    <Section title={t("profile.downloads")}>
      <ul className="downloads">
        <li>
          <a href={downloadUrl.jurisdiction(jurisdiction.id)} type="application/json">
            {t("profile.dlJurisdiction")}
          </a>{" "}
          <span className="badge">{t("common.json")}</span>
        </li>
        {byYear.map((inventory) => (
          <li key={inventory.id}>
            <a href={downloadUrl.inventory(inventory.id)} type="application/json">
              {t("profile.dlInventory", { year: inventory.year })}
            </a>{" "}
            <span className="badge">{t("common.json")}</span>
          </li>
        ))}
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
