/**
 * What the reviewers said, in the editor: when the version was returned, the return comment (from the version's
 * transition history); and the comment threads on the version, which the reporter can answer.
 */
import { useTranslation } from "react-i18next";
import type { Inventory } from "../../api/client.ts";
import { inventoryVersions } from "../../api/inventory-writes.ts";
import { formatDate } from "../../format/format.ts";
import { useAsync } from "../../hooks/use-async.ts";
import { CommentsPanel } from "../review/comments-panel.tsx";

/** The last "returned" transition of the inventory's current version, if it was returned. */
function ReturnNotice({ inventory }: { inventory: Inventory }) {
  const { t, i18n } = useTranslation();
  const state = useAsync(
    (signal) => inventoryVersions(inventory.id, signal),
    `${inventory.id}:${inventory.version}`,
  );
  if (inventory.status !== "returned" || state.status !== "ready") return null;
  const history = state.data.find((v) => v.version === inventory.revision)?.history ?? [];
  const returned = history.filter((h) => h.to === "returned").at(-1);
  if (!returned) return null;
  return (
    <div className="notice notice-returned" role="status">
      <p>
        <strong>{t("editor.returnedTitle", { date: formatDate(returned.at, i18n.language) })}</strong>
      </p>
      <p className="return-comment">{returned.comment ?? t("editor.returnedNoComment")}</p>
      <p className="muted">{t("editor.returnedHelp")}</p>
    </div>
  );
}

/** The return notice above the editor. */
export function ReturnedFeedback({ inventory }: { inventory: Inventory }) {
  return <ReturnNotice inventory={inventory} />;
}

/** The version's comment threads below the editor (after the first save). */
export function EditorComments({ inventory }: { inventory: Inventory }) {
  return (
    <CommentsPanel
      key={`${inventory.id}:${inventory.revision}`}
      inventoryId={inventory.id}
      names={new Map()}
    />
  );
}
