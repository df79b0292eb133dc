/** The inventory editor at /work/inventories/:id (or /work/inventories/new?jurisdiction=…), for reporters. */
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearch } from "wouter";
import type { Inventory, Jurisdiction, User } from "../../api/client.ts";
import { getInventory, getJurisdiction } from "../../api/queries.ts";
import { RequireRole } from "../../auth/require-role.tsx";
import { hasRole, jurisdictionsOf } from "../../auth/roles.ts";
import { EmptyState, ErrorState, Loading } from "../../components/states.tsx";
import { useAsync } from "../../hooks/use-async.ts";
import { EditorWorkspace } from "./editor-workspace.tsx";

interface Loaded {
  inventory: Inventory | null;
  jurisdictions: Jurisdiction[];
}

async function load(id: string, user: User, signal: AbortSignal): Promise<Loaded> {
  if (id !== "new") {
    const inventory = await getInventory(id, signal);
    return { inventory, jurisdictions: [await getJurisdiction(inventory.jurisdictionId, signal)] };
  }
  const ids = jurisdictionsOf(user, "reporter");
  return { inventory: null, jurisdictions: await Promise.all(ids.map((j) => getJurisdiction(j, signal))) };
}

function EditorLoader({ user }: { user: User }) {
  const { t } = useTranslation();
  const { id = "new" } = useParams<{ id: string }>();
  const wanted = new URLSearchParams(useSearch()).get("jurisdiction");
  const state = useAsync((signal) => load(id, user, signal), id);
  if (state.status === "loading") return <Loading />;
  if (state.status === "error") return <ErrorState error={state.error} />;
  const { inventory, jurisdictions } = state.data;
  if (jurisdictions.length === 0) {
    return <EmptyState title={t("work.noJurisdictions")}>{t("work.noJurisdictionsText")}</EmptyState>;
  }
  const jurisdictionId = jurisdictions.find((j) => j.id === wanted)?.id ?? jurisdictions[0]?.id ?? "";
  return (
    <EditorWorkspace
      key={inventory?.id ?? "new"}
      inventory={inventory}
      jurisdictions={jurisdictions}
      jurisdictionId={jurisdictionId}
    />
  );
}

/** The page: reporters (and admins) only. */
export default function EditorPage() {
  const { t } = useTranslation();
  return (
    <div className="page page-wide">
      <nav aria-label={t("app.breadcrumb")} className="breadcrumb">
        <Link href="/work">{t("editor.back")}</Link>
      </nav>
      <RequireRole allowed={(user) => hasRole(user, "reporter")}>
        {(user) => <EditorLoader user={user} />}
      </RequireRole>
    </div>
  );
}
