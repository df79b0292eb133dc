/** The review desk at /review: inventories waiting for the signed-in reviewer or approver, and submitted records. */
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import type { User } from "../../api/client.ts";
import { workingInventories } from "../../api/inventory-writes.ts";
import { allJurisdictions } from "../../api/queries.ts";
import { RequireRole } from "../../auth/require-role.tsx";
import { hasRole } from "../../auth/roles.ts";
import { Section } from "../../components/section.tsx";
import { EmptyState, ErrorState, Loading } from "../../components/states.tsx";
import { TableScroll } from "../../components/table-scroll.tsx";
import { formatDate } from "../../format/format.ts";
import { useAsync } from "../../hooks/use-async.ts";
import { useDocumentTitle } from "../../hooks/use-document-title.ts";
import { useLabels } from "../../hooks/use-labels.ts";
import { RecordQueue } from "./record-queue.tsx";
import { queueFor } from "./review-queue.ts";

async function load(user: User, signal: AbortSignal) {
  const [inventories, jurisdictions] = await Promise.all([
    workingInventories({}, signal),
    allJurisdictions(signal),
  ]);
  return {
    queue: queueFor(user, inventories.items),
    names: new Map(jurisdictions.items.map((j) => [j.id, j.name])),
  };
}

function Queue({ user }: { user: User }) {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const state = useAsync((signal) => load(user, signal), user.id);
  if (state.status === "loading") return <Loading />;
  if (state.status === "error") return <ErrorState error={state.error} />;
  const { queue, names } = state.data;
  return (
    <>
      <Section title={t("review.queue")}>
        {queue.length === 0 ? (
          <EmptyState title={t("review.empty")} />
        ) : (
          <TableScroll label={t("review.queue")}>
            <table className="data-table review-queue">
              <thead>
                <tr>
                  <th scope="col">{t("review.jurisdiction")}</th>
                  <th scope="col">{t("review.year")}</th>
                  <th scope="col">{t("profile.version")}</th>
                  <th scope="col">{t("review.status")}</th>
                  <th scope="col">{t("review.waiting")}</th>
                </tr>
              </thead>
              <tbody>
                {queue.map((inv) => {
                  const name = names.get(inv.jurisdictionId) ?? inv.jurisdictionId;
                  return (
                    <tr key={inv.id}>
                      <th scope="row">
                        <Link
                          href={`/review/inventories/${inv.id}`}
                          aria-label={t("review.open", { name, year: inv.year })}
                        >
                          {name}
                        </Link>
                      </th>
                      <td>{inv.year}</td>
                      <td>{inv.revision}</td>
                      <td>
                        <span className={`status status-${inv.status}`}>
                          {labels.inventoryStatus(inv.status)}
                        </span>
                      </td>
                      <td>{formatDate(inv.updatedAt, i18n.language)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
        )}
      </Section>
      {hasRole(user, "reviewer") && <RecordQueue names={names} />}
    </>
  );
}

/** The page: reviewers and approvers. */
export default function ReviewQueuePage() {
  const { t } = useTranslation();
  useDocumentTitle(t("review.title"));
  return (
    <div className="page">
      <h1>{t("review.title")}</h1>
      <p className="lead">{t("review.intro")}</p>
      <RequireRole allowed={(user) => hasRole(user, "reviewer") || hasRole(user, "approver")}>
        {(user) => <Queue user={user} />}
      </RequireRole>
    </div>
  );
}
