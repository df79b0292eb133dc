/** The network dashboard: headline figures, reporting charts, breakdowns, and the analytics still to come. */
import { useTranslation } from "react-i18next";
import { allActions, allInventories, allJurisdictions, allTargets, MAX_RECORDS } from "../../api/queries.ts";
import { AsyncView } from "../../components/async-view.tsx";
import { EmptyState } from "../../components/states.tsx";
import { useAsync } from "../../hooks/use-async.ts";
import { useDocumentTitle } from "../../hooks/use-document-title.ts";
import { AnalyticsSection } from "./analytics-section.tsx";
import { BreakdownCharts } from "./breakdown-charts.tsx";
import { HeadlineFigures } from "./headline-figures.tsx";
import { summarise } from "./network-summary.ts";
import { ReportingCharts } from "./reporting-charts.tsx";

async function loadNetwork(signal: AbortSignal) {
  const [jurisdictions, inventories, targets, actions] = await Promise.all([
    allJurisdictions(signal),
    allInventories(undefined, signal),
    allTargets(undefined, signal),
    allActions(undefined, signal),
  ]);
  const lists = [jurisdictions, inventories, targets, actions];
  return {
    summary: summarise(jurisdictions.items, inventories.items, targets.items, actions.items),
    truncated: lists.some((list) => list.truncated),
  };
}

/** The public landing page. */
export default function DashboardPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("dashboard.title"));
  const state = useAsync(loadNetwork, "network");
  return (
    <div className="page">
      <h1>{t("dashboard.title")}</h1>
      <p className="lead">{t("dashboard.intro")}</p>
      <AsyncView state={state}>
        {({ summary, truncated }) =>
          summary.jurisdictions === 0 ? (
            <EmptyState title={t("dashboard.emptyTitle")}>{t("dashboard.emptyText")}</EmptyState>
          ) : (
            <>
              {truncated && <p className="muted">{t("common.truncated", { count: MAX_RECORDS })}</p>}
              <HeadlineFigures summary={summary} />
              <ReportingCharts summary={summary} />
              <BreakdownCharts summary={summary} />
              <AnalyticsSection />
            </>
          )
        }
      </AsyncView>
    </div>
  );
}
