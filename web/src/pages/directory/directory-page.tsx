/** The directory: search and filter jurisdictions, sort the results, load more through the API cursor. */
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "wouter";
import { allInventories } from "../../api/queries.ts";
import { EmptyState, ErrorState, Loading } from "../../components/states.tsx";
import { useAsync } from "../../hooks/use-async.ts";
import { useDocumentTitle } from "../../hooks/use-document-title.ts";
import { DirectoryFilters } from "./directory-filters.tsx";
import {
  apiQuery,
  arrange,
  type DirectoryState,
  readDirectoryState,
  type SortKey,
  writeDirectoryState,
} from "./directory-query.ts";
import { DirectoryTable } from "./directory-table.tsx";
import { useDirectory } from "./use-directory.ts";

/** Rows per API page. */
export const PAGE_SIZE = 50;

/** The public directory of jurisdictions. */
export function DirectoryPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t("directory.title"));
  const [params, setParams] = useSearchParams();
  const state = readDirectoryState(params);
  const query = apiQuery(state, PAGE_SIZE);
  const { rows, status, error, hasMore, loadMore, retry } = useDirectory(query);
  // The reporting filter needs to know who has a published inventory: read once, only when asked for.
  const reportingState = useAsync(
    async (signal) =>
      state.reporting
        ? new Set(
            (await allInventories(undefined, signal)).items
              .filter((i) => i.status === "published")
              .map((i) => i.jurisdictionId),
          )
        : null,
    state.reporting ? "reporting" : "none",
  );
  const reporting = reportingState.status === "ready" ? reportingState.data : null;
  const shown = useMemo(
    () => arrange(rows, state, i18n.language, reporting),
    [rows, state, i18n.language, reporting],
  );
  const regions = useMemo(
    () => [...new Set(rows.flatMap((j) => (j.region ? [j.region] : [])))].sort(),
    [rows],
  );

  const update = (next: Partial<DirectoryState>) =>
    setParams(writeDirectoryState({ ...state, ...next }), { replace: true });
  const sortBy = (column: SortKey) =>
    update({ sort: column, dir: state.sort === column && state.dir === "asc" ? "desc" : "asc" });

  return (
    <div className="page">
      <h1>{t("directory.title")}</h1>
      <p className="lead">{t("directory.intro")}</p>
      <DirectoryFilters state={state} regions={regions} onChange={update} />
      <p className="results-count" role="status" aria-live="polite">
        {status === "loading" && rows.length === 0 ? "" : t("directory.shown", { count: shown.length })}
      </p>
      {status === "error" && error && <ErrorState error={error} onRetry={retry} />}
      {status === "loading" && rows.length === 0 && <Loading />}
      {state.reporting && reportingState.status === "loading" && <Loading />}
      {reportingState.status === "error" && <ErrorState error={reportingState.error} />}
      {status === "ready" && shown.length === 0 && (
        <EmptyState title={t("directory.emptyTitle")}>{t("directory.emptyText")}</EmptyState>
      )}
      {shown.length > 0 && <DirectoryTable rows={shown} state={state} onSort={sortBy} />}
      {hasMore && (
        <div className="more">
          <button type="button" onClick={loadMore} disabled={status === "loading"}>
            {status === "loading" ? t("common.loading") : t("directory.more")}
          </button>
          <p className="muted">{t("directory.localNote")}</p>
        </div>
      )}
    </div>
  );
}
