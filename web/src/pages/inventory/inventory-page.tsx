/** One inventory: what it is, its totals, its GPC table and its issues. */
import { useTranslation } from "react-i18next";
import { Link, useParams } from "wouter";
import { ApiError } from "../../api/client.ts";
import { downloadUrl, getInventory, getJurisdiction } from "../../api/queries.ts";
import { Section } from "../../components/section.tsx";
import { EmptyState, ErrorState, Loading } from "../../components/states.tsx";
import { formatDate, formatInteger } from "../../format/format.ts";
import { useAsync } from "../../hooks/use-async.ts";
import { useDocumentTitle } from "../../hooks/use-document-title.ts";
import { useLabels } from "../../hooks/use-labels.ts";
import { GpcTable } from "./gpc-table.tsx";
import { InventoryTotals } from "./inventory-totals.tsx";
import { IssuesList } from "./issues-list.tsx";

async function loadInventory(id: string, signal: AbortSignal) {
  const inventory = await getInventory(id, signal);
  const jurisdiction = await getJurisdiction(inventory.jurisdictionId, signal);
  return { inventory, jurisdiction };
}

/** The inventory page at /inventories/:id. */
export default function InventoryPage() {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const { id = "" } = useParams<{ id: string }>();
  const state = useAsync((signal) => loadInventory(id, signal), id);
  const title =
    state.status === "ready"
      ? t("inventory.title", { name: state.data.jurisdiction.name, year: state.data.inventory.year })
      : undefined;
  useDocumentTitle(title);

  if (state.status === "loading") return <Loading />;
  if (state.status === "error") {
    const missing =
      state.error instanceof ApiError && (state.error.status === 404 || state.error.status === 422);
    return (
      <div className="page">
        {missing ? <EmptyState title={t("inventory.notFound")} /> : <ErrorState error={state.error} />}
      </div>
    );
  }
  const { inventory, jurisdiction } = state.data;
  const none = t("common.none");
  return (
    <div className="page">
      <nav aria-label={t("app.breadcrumb")} className="breadcrumb">
        <Link href={`/jurisdictions/${jurisdiction.id}`}>
          {t("inventory.back", { name: jurisdiction.name })}
        </Link>
      </nav>
      <h1>{title}</h1>
      <Section
        title={t("inventory.about")}
        actions={
          <a className="button" href={downloadUrl.inventory(inventory.id)} type="application/json" download>
            {t("inventory.download")}
          </a>
        }
      >
        <dl className="facts">
          <div className="fact">
            <dt>{t("inventory.kind")}</dt>
            <dd>{labels.inventoryKind(inventory.kind)}</dd>
          </div>
          <div className="fact">
            <dt>{t("inventory.status")}</dt>
            <dd>{labels.inventoryStatus(inventory.status)}</dd>
          </div>
          <div className="fact">
            <dt>{t("inventory.gwp")}</dt>
            <dd>{inventory.gwp}</dd>
          </div>
          <div className="fact">
            <dt>{t("inventory.population")}</dt>
            <dd>
              {inventory.population === null ? none : formatInteger(inventory.population, i18n.language)}
            </dd>
          </div>
          <div className="fact">
            <dt>{t("inventory.version")}</dt>
            <dd>{inventory.revision}</dd>
          </div>
          <div className="fact">
            <dt>{inventory.publishedAt ? t("inventory.published") : t("inventory.updated")}</dt>
            <dd>{formatDate(inventory.publishedAt ?? inventory.updatedAt, i18n.language)}</dd>
          </div>
          {inventory.contentHash && (
            <div className="fact fact-wide">
              <dt>{t("inventory.contentHash")}</dt>
              <dd>
                <code className="hash">{inventory.contentHash}</code>
              </dd>
            </div>
          )}
          {inventory.boundary && (
            <div className="fact fact-wide">
              <dt>{t("inventory.boundary")}</dt>
              <dd>{inventory.boundary}</dd>
            </div>
          )}
        </dl>
      </Section>
      <InventoryTotals results={inventory.results} />
      <GpcTable inventory={inventory} />
      <IssuesList issues={inventory.issues} />
    </div>
  );
}
