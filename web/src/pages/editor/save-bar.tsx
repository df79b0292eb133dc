/** Save, its state, and the conflict prompt when someone else saved first (HTTP 412). */
import { useTranslation } from "react-i18next";
import type { SaveState } from "./use-inventory-editor.ts";

/** The bar under the page title. */
export function SaveBar({
  save,
  dirty,
  revision,
  onSave,
  onLoadTheirs,
  onKeepMine,
}: {
  save: SaveState;
  dirty: boolean;
  revision: number | null;
  onSave: () => void;
  onLoadTheirs: () => void;
  onKeepMine: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="save-bar">
      <button type="button" onClick={onSave} disabled={save.status === "saving"}>
        {save.status === "saving" ? t("editor.saving") : t("editor.save")}
      </button>
      <span role="status" className={dirty ? "save-state save-dirty" : "save-state"}>
        {dirty
          ? t("editor.unsaved")
          : save.status === "saved" && revision !== null
            ? t("editor.saved", { revision })
            : t("editor.upToDate")}
      </span>
      {save.status === "error" && (
        <p className="form-error" role="alert">
          {save.message === "unreadable_number" ? t("editor.badNumbers") : save.message}
        </p>
      )}
      {save.status === "conflict" && (
        <div className="conflict" role="alert">
          <p className="state-title">{t("editor.conflictTitle")}</p>
          <p>{t("editor.conflictText")}</p>
          <div className="button-row">
            <button type="button" onClick={onLoadTheirs}>
              {t("editor.loadTheirs")}
            </button>
            <button type="button" className="button-secondary" onClick={onKeepMine}>
              {t("editor.keepMine")}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
