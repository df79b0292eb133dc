/** The page for an address the app does not know. */
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { useDocumentTitle } from "../hooks/use-document-title.ts";

/** Says there is nothing here and where to go. */
export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("common.notFoundTitle"));
  return (
    <div className="page">
      <h1>{t("common.notFoundTitle")}</h1>
      <p>{t("common.notFoundText")}</p>
      <p>
        <Link href="/">{t("common.backHome")}</Link>
      </p>
    </div>
  );
}
