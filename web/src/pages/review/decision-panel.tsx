/** The decisions on a version (approve, review, verify, publish, return), with a comment sent along. */
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Inventory } from "../../api/client.ts";
import { type InventoryTransitionName, transitionInventory } from "../../api/inventory-writes.ts";
import { Section } from "../../components/section.tsx";
import { useLabels } from "../../hooks/use-labels.ts";

/** The section; `onDone` gets the inventory after the transition. */
export function DecisionPanel({
  inventory,
  available,
  onDone,
}: {
  inventory: Inventory;
  available: InventoryTransitionName[];
  onDone: (inventory: Inventory) => void;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const id = useId();
  const [comment, setComment] = useState("");
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  const decide = async (name: InventoryTransitionName) => {
    if (name === "return" && comment.trim() === "") {
      setMessage({ error: true, text: t("review.commentRequired") });
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      const next = await transitionInventory(
        inventory.id,
        name,
        { comment: comment.trim() || null },
        inventory.version,
      );
      setComment("");
      setMessage({ error: false, text: t("review.done", { status: labels.inventoryStatus(next.status) }) });
      onDone(next);
    } catch (e) {
      setMessage({ error: true, text: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section title={t("review.actions")}>
      {available.length === 0 ? (
        <p>{t("review.noActions")}</p>
      ) : (
        <>
          <div className="field field-wide">
            <label htmlFor={id}>{t("review.transitionComment")}</label>
            <textarea id={id} rows={2} value={comment} onChange={(e) => setComment(e.target.value)} />
          </div>
          <div className="button-row">
            {available.map((name) => (
              <button
                key={name}
                type="button"
                className={name === "return" ? "button-secondary" : undefined}
                disabled={busy}
                onClick={() => void decide(name)}
              >
                {t(`transition.${name}`)}
              </button>
            ))}
          </div>
        </>
      )}
      {message && (
        <p role={message.error ? "alert" : "status"} className={message.error ? "form-error" : "form-ok"}>
          {message.text}
        </p>
      )}
    </Section>
  );
}
