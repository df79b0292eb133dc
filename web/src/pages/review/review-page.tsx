/** A version under review at /review/inventories/:id: decisions, findings, results, lines, comments, history. */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "wouter";
import type { Inventory, Jurisdiction, User, VersionSummary } from "../../api/client.ts";
import { inventoryVersions } from "../../api/inventory-writes.ts";
import { getInventory, getJurisdiction } from "../../api/queries.ts";
import { RequireRole } from "../../auth/require-role.tsx";
import { hasRole } from "../../auth/roles.ts";
import { ErrorState, Loading } from "../../components/states.tsx";
import { useAsync } from "../../hooks/use-async.ts";
import { useDocumentTitle } from "../../hooks/use-document-title.ts";
import { useLabels } from "../../hooks/use-labels.ts";
import { GpcTable } from "../inventory/gpc-table.tsx";
import { InventoryTotals } from "../inventory/inventory-totals.tsx";
import { availableTransitions } from "./available-transitions.ts";
import { CommentsPanel } from "./comments-panel.tsx";
import { DecisionPanel } from "./decision-panel.tsx";
import { Findings } from "./findings.tsx";
import { VersionHistory } from "./version-history.tsx";

async function load(id: string, signal: AbortSignal) {
  const inventory = await getInventory(id, signal);
  const [jurisdiction, versions] = await Promise.all([
    getJurisdiction(inventory.jurisdictionId, signal),
    inventoryVersions(id, signal),
  ]);
  return { inventory, jurisdiction, versions };
}

function Review({
  user,
  initial,
}: {
  user: User;
  initial: { inventory: Inventory; jurisdiction: Jurisdiction; versions: VersionSummary[] };
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const [inventory, setInventory] = useState(initial.inventory);
  const [versions, setVersions] = useState(initial.versions);
  const { jurisdiction } = initial;
  const title = t("review.pageTitle", { name: jurisdiction.name, year: inventory.year });
  useDocumentTitle(title);
  const names = new Map([[user.id, `${user.name} (${t("admin.you")})`]]);
  const available = availableTransitions(
    user,
    inventory.status,
    jurisdiction.id,
    jurisdiction.requiresApprover,
  );
  const decided = async (next: Inventory) => {
    setInventory(next);
    setVersions(await inventoryVersions(next.id));
  };
  return (
    <>
      <h1>{title}</h1>
      <p className="muted">
        {t("editor.statusLine", {
          revision: inventory.revision,
          status: labels.inventoryStatus(inventory.status),
        })}
      </p>
      <DecisionPanel inventory={inventory} available={available} onDone={(next) => void decided(next)} />
      <Findings inventory={inventory} />
      <InventoryTotals results={inventory.results} />
      <CommentsPanel inventoryId={inventory.id} names={names} />
      <GpcTable inventory={inventory} />
      <VersionHistory versions={versions} names={names} />
    </>
  );
}

function ReviewLoader({ user }: { user: User }) {
  const { id = "" } = useParams<{ id: string }>();
  const state = useAsync((signal) => load(id, signal), id);
  if (state.status === "loading") return <Loading />;
  if (state.status === "error") return <ErrorState error={state.error} />;
  return <Review key={id} user={user} initial={state.data} />;
}

/** The page: reviewers, approvers and the jurisdiction's reporters (who read comments and reply). */
export default function ReviewPage() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <nav aria-label={t("app.breadcrumb")} className="breadcrumb">
        <Link href="/review">{t("review.back")}</Link>
      </nav>
      <RequireRole
        allowed={(user) =>
          hasRole(user, "reviewer") || hasRole(user, "approver") || hasRole(user, "reporter")
        }
      >
        {(user) => <ReviewLoader user={user} />}
      </RequireRole>
    </div>
  );
}
