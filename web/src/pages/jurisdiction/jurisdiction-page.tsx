/** A jurisdiction's public profile: key facts, emissions, inventories, targets, actions, risks, downloads. */
import { useTranslation } from "react-i18next";
import { Link, useParams } from "wouter";
import { peersOf, type TargetProgressView, targetProgress } from "../../api/analytics.ts";
import { ApiError } from "../../api/client.ts";
import { allActions, allInventories, allRisks, allTargets, getJurisdiction } from "../../api/queries.ts";
import { EmptyState, ErrorState, Loading } from "../../components/states.tsx";
import { countryName } from "../../format/format.ts";
import { useAsync } from "../../hooks/use-async.ts";
import { useDocumentTitle } from "../../hooks/use-document-title.ts";
import { useLabels } from "../../hooks/use-labels.ts";
import { MembershipSection } from "../members/membership-section.tsx";
import { ActionsList, RisksList } from "./actions-risks.tsx";
import { Downloads } from "./downloads.tsx";
import { EmissionsChart } from "./emissions-chart.tsx";
import { InventoryList } from "./inventory-list.tsx";
import { KeyFacts } from "./key-facts.tsx";
import { PeersList } from "./peers.tsx";
import { TargetsList } from "./targets-list.tsx";

async function loadProfile(id: string, signal: AbortSignal) {
  const jurisdiction = await getJurisdiction(id, signal);
  const [parent, inventories, targets, actions, risks] = await Promise.all([
    jurisdiction.parentId ? getJurisdiction(jurisdiction.parentId, signal).catch(() => null) : null,
    allInventories(id, signal),
    allTargets(id, signal),
    allActions(id, signal),
    allRisks(id, signal),
  ]);
  // Analytics enrich the profile; a failure there leaves the rest of the page standing.
  const [peers, progress] = await Promise.all([
    peersOf(id, signal).catch(() => null),
    Promise.all(targets.items.map((target) => targetProgress(target.id, signal).catch(() => null))),
  ]);
  return {
    jurisdiction,
    parent,
    peers,
    progress: new Map(
      progress.filter((p): p is TargetProgressView => p !== null).map((p) => [p.targetId, p] as const),
    ),
    inventories: inventories.items,
    targets: targets.items,
    actions: actions.items,
    risks: risks.items,
  };
}

/** The profile page at /jurisdictions/:id. */
export default function JurisdictionPage() {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const { id = "" } = useParams<{ id: string }>();
  const state = useAsync((signal) => loadProfile(id, signal), id);
  useDocumentTitle(state.status === "ready" ? state.data.jurisdiction.name : undefined);

  if (state.status === "loading") return <Loading />;
  if (state.status === "error") {
    const missing =
      state.error instanceof ApiError && (state.error.status === 404 || state.error.status === 422);
    return (
      <div className="page">
        {missing ? (
          <EmptyState title={t("profile.notFound")}>
            <Link href="/jurisdictions">{t("app.directory")}</Link>
          </EmptyState>
        ) : (
          <ErrorState error={state.error} />
        )}
      </div>
    );
  }
  const { jurisdiction: j, parent, peers, progress, inventories, targets, actions, risks } = state.data;
  const actual = inventories
    .filter((i) => i.kind === "community" && i.status === "published")
    .map((i) => ({ year: i.year, value: i.results.totals.basic }));
  return (
    <div className="page">
      <nav aria-label={t("app.breadcrumb")} className="breadcrumb">
        <Link href="/jurisdictions">{t("app.directory")}</Link>
      </nav>
      <h1>{j.name}</h1>
      <p className="lead">
        {labels.jurisdictionType(j.type)} · {countryName(j.country, i18n.language)}
        {j.region && ` · ${j.region}`}
      </p>
      <KeyFacts jurisdiction={j} parent={parent} />
      <EmissionsChart inventories={inventories} />
      <InventoryList inventories={inventories} />
      <TargetsList targets={targets} progress={progress} actual={actual} />
      <ActionsList actions={actions} />
      <RisksList risks={risks} />
      <MembershipSection jurisdictionId={j.id} />
      <PeersList peers={peers} />
      <Downloads jurisdiction={j} inventories={inventories} />
    </div>
  );
}
