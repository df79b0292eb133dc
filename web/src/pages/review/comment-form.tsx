/** A new comment on the inventory, a GPC row or a line. */
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { CommentInput } from "../../api/client.ts";

/** The form; `onPost` sends it and resolves when stored. */
export function CommentForm({ onPost }: { onPost: (input: CommentInput) => Promise<void> }) {
  const { t } = useTranslation();
  const id = useId();
  const [anchor, setAnchor] = useState<CommentInput["anchor"]>("inventory");
  const [gpc, setGpc] = useState("");
  const [line, setLine] = useState("");
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const input: CommentInput = { anchor, body: body.trim() };
    if (anchor === "row") input.gpc = gpc.trim();
    if (anchor === "line") input.line = Number(line);
    try {
      await onPost(input);
      setBody("");
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <form className="comment-form" onSubmit={submit}>
      <h3>{t("comments.new")}</h3>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-a`}>{t("comments.anchor")}</label>
          <select
            id={`${id}-a`}
            value={anchor}
            onChange={(e) => setAnchor(e.target.value as CommentInput["anchor"])}
          >
            <option value="inventory">{t("comments.anchorInventory")}</option>
            <option value="row">{t("comments.anchorRow")}</option>
            <option value="line">{t("comments.anchorLine")}</option>
          </select>
        </div>
        {anchor === "row" && (
          <div className="field">
            <label htmlFor={`${id}-g`}>{t("comments.row")}</label>
            <input
              id={`${id}-g`}
              required
              value={gpc}
              onChange={(e) => setGpc(e.target.value)}
              placeholder="I.1.1"
            />
          </div>
        )}
        {anchor === "line" && (
          <div className="field">
            <label htmlFor={`${id}-l`}>{t("comments.line")}</label>
            <input
              id={`${id}-l`}
              required
              inputMode="numeric"
              value={line}
              onChange={(e) => setLine(e.target.value)}
            />
          </div>
        )}
      </div>
      <div className="field field-wide">
        <label htmlFor={`${id}-b`}>{t("comments.body")}</label>
        <textarea id={`${id}-b`} required rows={3} value={body} onChange={(e) => setBody(e.target.value)} />
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit">{t("comments.post")}</button>
    </form>
  );
}
