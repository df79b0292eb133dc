/** The editor proper: title, save bar, details, upload, the grid beside the live results, and submit. */
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "wouter";
import type { Inventory, Jurisdiction } from "../../api/client.ts";
import { transitionInventory } from "../../api/inventory-writes.ts";
import { useDocumentTitle } from "../../hooks/use-document-title.ts";
import { useLabels } from "../../hooks/use-labels.ts";
import { CalculationPanel } from "./calculation-panel.tsx";
import { DetailsForm } from "./details-form.tsx";
import { EditorGrid } from "./editor-grid.tsx";
import { newHeader } from "./editor-header.ts";
import { fromDocumentLine } from "./editor-lines.ts";
import { lineFieldId } from "./line-editor.tsx";
import { EditorComments, ReturnedFeedback } from "./review-feedback.tsx";
import { SaveBar } from "./save-bar.tsx";
import { SubmitPanel } from "./submit-panel.tsx";
import { UploadPanel } from "./upload-panel.tsx";
import { isEditable, useInventoryEditor } from "./use-inventory-editor.ts";

/** Read-only notice, with "start a correction" for a published version. */
function LockedNotice({
  inventory,
  onCorrected,
}: {
  inventory: Inventory;
  onCorrected: (i: Inventory) => void;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const correct = async () => {
    setBusy(true);
    try {
      onCorrected(await transitionInventory(inventory.id, "correct", {}, inventory.version));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="notice">
      <p>{t("editor.readOnly", { status: labels.inventoryStatus(inventory.status) })}</p>
      {inventory.status === "published" && (
        <button type="button" onClick={() => void correct()} disabled={busy}>
          {busy ? t("editor.correcting") : t("editor.correct", { next: inventory.revision + 1 })}
        </button>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** The editor over one inventory (or a new one). */
export function EditorWorkspace({
  inventory,
  jurisdictions,
  jurisdictionId,
}: {
  inventory: Inventory | null;
  jurisdictions: Jurisdiction[];
  jurisdictionId: string;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const [, navigate] = useLocation();
  const editor = useInventoryEditor(inventory, newHeader(jurisdictionId));
  const [focusKey, setFocusKey] = useState<number | null>(null);
  const { base } = editor;
  const editable = isEditable(base);
  const name = jurisdictions.find((j) => j.id === editor.header.jurisdictionId)?.name ?? "";
  const title = base ? t("editor.title", { name, year: base.year }) : t("editor.newTitle");
  useDocumentTitle(title);

  useEffect(() => {
    if (focusKey === null) return;
    document.getElementById(lineFieldId(focusKey))?.focus();
    setFocusKey(null);
  }, [focusKey]);

  const save = async () => {
    const saved = await editor.saveNow();
    if (saved && !inventory) navigate(`/work/inventories/${saved.id}`, { replace: true });
  };

  return (
    <>
      <h1>{title}</h1>
      {base && (
        <p className="muted">
          {t("editor.statusLine", { revision: base.revision, status: labels.inventoryStatus(base.status) })}
        </p>
      )}
      {base?.status === "returned" && <ReturnedFeedback inventory={base} />}
      {base && !editable && <LockedNotice inventory={base} onCorrected={editor.load} />}
      {editable && (
        <SaveBar
          save={editor.save}
          dirty={editor.dirty}
          revision={base?.revision ?? null}
          onSave={() => void save()}
          onLoadTheirs={() => void editor.loadTheirs()}
          onKeepMine={() => void editor.keepMine()}
        />
      )}
      <div className="editor-layout">
        <div className="editor-main">
          <DetailsForm
            header={editor.header}
            jurisdictions={jurisdictions}
            isNew={base === null}
            readOnly={!editable}
            onChange={editor.setHeader}
          />
          {editable && (
            <UploadPanel
              current={editor.lines.length}
              onApply={(lines) => editor.replaceLines(lines.map(fromDocumentLine))}
            />
          )}
          <EditorGrid
            lines={editor.lines}
            result={editor.result}
            readOnly={!editable}
            onAdd={(gpc) => setFocusKey(editor.onAdd(gpc).key)}
            onChange={editor.onChange}
            onRemove={editor.onRemove}
          />
        </div>
        <CalculationPanel result={editor.result} />
      </div>
      {base && editable && (
        <SubmitPanel
          inventory={base}
          blocked={editor.dirty ? t("editor.saveFirst") : null}
          onSubmitted={editor.load}
        />
      )}
      {base && <EditorComments inventory={base} />}
    </>
  );
}
