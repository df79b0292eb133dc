/** Loads the directory's rows page by page through the API cursor. */
import { useCallback, useEffect, useRef, useState } from "react";
import type { Jurisdiction, JurisdictionQuery } from "../../api/client.ts";
import { listJurisdictions } from "../../api/queries.ts";

/** The rows loaded so far and how to load the next page. */
export interface DirectoryRows {
  rows: Jurisdiction[];
  status: "loading" | "ready" | "error";
  error: Error | null;
  hasMore: boolean;
  loadMore(): void;
  /** Loads the first page again (after an error). */
  retry(): void;
}

/** Restarts from the first page whenever the API query changes. */
export function useDirectory(query: JurisdictionQuery): DirectoryRows {
  const key = JSON.stringify(query);
  const [rows, setRows] = useState<Jurisdiction[]>([]);
  const [status, setStatus] = useState<DirectoryRows["status"]>("loading");
  const [error, setError] = useState<Error | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const controller = useRef<AbortController | null>(null);

  const load = useCallback(
    (after: string | undefined) => {
      controller.current?.abort();
      const current = new AbortController();
      controller.current = current;
      setStatus("loading");
      listJurisdictions({ ...(JSON.parse(key) as JurisdictionQuery), cursor: after }, current.signal).then(
        (page) => {
          if (current.signal.aborted) return;
          setRows((previous) => (after ? [...previous, ...page.items] : page.items));
          setCursor(page.nextCursor);
          setStatus("ready");
        },
        (reason: unknown) => {
          if (current.signal.aborted) return;
          setError(reason instanceof Error ? reason : new Error(String(reason)));
          setStatus("error");
        },
      );
    },
    [key],
  );

  useEffect(() => {
    setRows([]);
    setCursor(null);
    load(undefined);
    return () => controller.current?.abort();
  }, [load]);

  return {
    rows,
    status,
    error,
    hasMore: cursor !== null,
    loadMore: () => {
      if (cursor) load(cursor);
    },
    retry: () => load(undefined),
  };
}
