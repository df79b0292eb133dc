/** Sets the document title for a page. */
import { useEffect } from "react";

/** Sets `document.title` to "`title` · LocalLedger" while the page is shown. */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · LocalLedger` : "LocalLedger";
  }, [title]);
}
