/**
 * The network dashboard: headline figures, trends, commitments and breakdowns, every figure from the API's
 * analytics (/analytics/network and /analytics/trends), which apply the summing rules; nothing is added up here.
 */
import { useTranslation } from "react-i18next";
import { networkAnalytics, trendsAnalytics } from "../../api/analytics.ts";
import { AsyncView } from "../../components/async-view.tsx";
import { EmptyState } from "../../components/states.tsx";
import { useAsync } from "../../hooks/use-async.ts";
import { useDocumentTitle } from "../../hooks/use-document-title.ts";
import { EngagementSection } from "../members/engagement-section.tsx";
import { BreakdownCharts } from "./breakdown-charts.tsx";
import { CommitmentCharts } from "./commitment-charts.tsx";
import { HeadlineFigures } from "./headline-figures.tsx";
import { TrendCharts } from "./trend-charts.tsx";

async function loadNetwork(signal: AbortSignal) {
  const [network, trends] = await Promise.all([networkAnalytics(signal), trendsAnalytics(signal)]);
  return { network, trends };
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
        {({ network, trends }) =>
          network.rollup.jurisdictions.value === 0 ? (
            <EmptyState title={t("dashboard.emptyTitle")}>{t("dashboard.emptyText")}</EmptyState>
          ) : (
            <>
              <HeadlineFigures network={network} />
              <TrendCharts trends={trends} />
              <CommitmentCharts network={network} />
              <BreakdownCharts network={network} />
              <EngagementSection />
            </>
          )
        }
      </AsyncView>
    </div>
  );
}
