/** "My work" at /work: for each jurisdiction the user reports for or approves, its inventories and records. */
import { useTranslation } from "react-i18next";
import type { User } from "../../api/client.ts";
import { RequireRole } from "../../auth/require-role.tsx";
import { hasRole, jurisdictionsOf } from "../../auth/roles.ts";
import { EmptyState } from "../../components/states.tsx";
import { useDocumentTitle } from "../../hooks/use-document-title.ts";
import { JurisdictionWork } from "./jurisdiction-work.tsx";

function WorkList({ user }: { user: User }) {
  const { t } = useTranslation();
  const ids = [...new Set([...jurisdictionsOf(user, "reporter"), ...jurisdictionsOf(user, "approver")])];
  if (ids.length === 0) {
    return <EmptyState title={t("work.noJurisdictions")}>{t("work.noJurisdictionsText")}</EmptyState>;
  }
  return (
    <>
      {ids.map((id) => (
        <JurisdictionWork key={id} jurisdictionId={id} reporter={hasRole(user, "reporter", id)} />
      ))}
    </>
  );
}

/** The page. */
export default function WorkPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("work.title"));
  return (
    <div className="page">
      <h1>{t("work.title")}</h1>
      <p className="lead">{t("work.intro")}</p>
      <RequireRole allowed={(user) => hasRole(user, "reporter") || hasRole(user, "approver")}>
        {(user) => <WorkList user={user} />}
      </RequireRole>
    </div>
  );
}
