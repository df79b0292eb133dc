/** The open data page: what can be downloaded from the API, and how to credit it. */
import { useTranslation } from "react-i18next";
import { downloadUrl } from "../../api/queries.ts";
import { Section } from "../../components/section.tsx";
import { useDocumentTitle } from "../../hooks/use-document-title.ts";

/** The attribution the data's providers ask for, verbatim (not translated). */
export const ATTRIBUTION =
  "This data was collected in partnership by CDP and ICLEI - Local Governments for Sustainability";

const RESOURCES = ["jurisdictions", "inventories", "targets", "actions", "risks"] as const;

/** Downloads, the API, and the attribution text. */
export function OpenDataPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("openData.title"));
  return (
    <div className="page prose">
      <h1>{t("openData.title")}</h1>
      <p className="lead">{t("openData.intro")}</p>
      <Section title={t("openData.downloads")}>
        <ul className="downloads">
          {RESOURCES.map((resource) => (
            <li key={resource}>
              <a href={downloadUrl.list(resource)} type="application/json">
                {t(`openData.${resource}`)}
              </a>{" "}
              <code>{downloadUrl.list(resource)}</code>
            </li>
          ))}
        </ul>
      </Section>
      <Section title={t("openData.api")}>
        <ul className="downloads">
          <li>
            <a href="/api/v1/openapi.json" type="application/json">
              {t("openData.openapi")}
            </a>{" "}
            <code>/api/v1/openapi.json</code>
          </li>
          <li>
            <a href="/api/docs">{t("openData.docs")}</a> <code>/api/docs</code>
          </li>
        </ul>
      </Section>
      <Section title={t("openData.attribution")}>
        <p>{t("openData.attributionLead")}</p>
        <blockquote className="attribution" lang="en">
          <p>{ATTRIBUTION}</p>
        </blockquote>
        <p>{t("openData.credit")}</p>
        <p className="muted">{t("openData.selfReported")}</p>
      </Section>
    </div>
  );
}
