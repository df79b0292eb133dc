/**
 * Submitting: the server runs the automated checks; errors block, and each warning needs an answer (keyed by
 * the check's id). The first try shows what needs answers; the next sends them.
 */
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, type Inventory, type ReviewCheck } from "../../api/client.ts";
import { transitionInventory } from "../../api/inventory-writes.ts";
import { Section } from "../../components/section.tsx";
import { useLabels } from "../../hooks/use-labels.ts";

/** The checks a `checks_failed` answer names. */
export function failedChecks(error: unknown): { errors: ReviewCheck[]; unanswered: ReviewCheck[] } | null {
  if (!(error instanceof ApiError) || error.code !== "checks_failed") return null;
  const details = error.details as { errors?: ReviewCheck[]; unanswered?: ReviewCheck[] } | undefined;
  return { errors: details?.errors ?? [], unanswered: details?.unanswered ?? [] };
}

function CheckAnswer({
  check,
  value,
  onChange,
}: {
  check: ReviewCheck;
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <li className="check-answer">
      <p id={`${id}-m`} className="issue-message">
        <code>{check.id}</code> {check.message}
      </p>
      <label htmlFor={id}>{t("submit.answer")}</label>
      <textarea
        id={id}
        aria-describedby={`${id}-m`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        rows={2}
      />
    </li>
  );
}

/** The submit section of the editor. */
export function SubmitPanel({
  inventory,
  blocked,
  onSubmitted,
}: {
  inventory: Inventory;
  blocked: string | null;
  onSubmitted: (inventory: Inventory) => void;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const commentId = useId();
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [comment, setComment] = useState("");
  const [checks, setChecks] = useState<{ errors: ReviewCheck[]; unanswered: ReviewCheck[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const filled = Object.fromEntries(Object.entries(answers).filter(([, a]) => a.trim() !== ""));
      const next = await transitionInventory(
        inventory.id,
        "submit",
        { answers: filled, comment: comment.trim() || null },
        inventory.version,
      );
      setChecks(null);
      onSubmitted(next);
    } catch (e) {
      const failed = failedChecks(e);
      if (failed) setChecks(failed);
      else setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section title={t("submit.title")}>
      <p>{t("submit.intro")}</p>
      {checks && checks.errors.length > 0 && (
        <div className="check-group" role="alert">
          <h3>{t("submit.errors")}</h3>
          <ul className="issues">
            {checks.errors.map((c) => (
              <li key={c.id} className="issue">
                <span className="severity severity-error">{labels.severity(c.severity)}</span>
                <span className="issue-message">{c.message}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {checks && checks.unanswered.length > 0 && (
        <div className="check-group">
          <h3>{t("submit.warnings")}</h3>
          <ul className="check-answers">
            {checks.unanswered.map((c) => (
              <CheckAnswer
                key={c.id}
                check={c}
                value={answers[c.id] ?? ""}
                onChange={(value) => setAnswers((a) => ({ ...a, [c.id]: value }))}
              />
            ))}
          </ul>
        </div>
      )}
      <div className="field field-wide">
        <label htmlFor={commentId}>{t("submit.comment")}</label>
        <textarea id={commentId} rows={2} value={comment} onChange={(e) => setComment(e.target.value)} />
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {blocked && <p className="muted">{blocked}</p>}
      <button type="button" onClick={() => void submit()} disabled={busy || blocked !== null}>
        {busy ? t("submit.submitting") : checks ? t("submit.again") : t("submit.run")}
      </button>
    </Section>
  );
}
