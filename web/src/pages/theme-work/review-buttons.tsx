/**
 * The light review's buttons under a theme report or TAP project form: the member submits a draft or returned
 * record and reopens a published one; a reviewer publishes a submitted one or returns it with a comment.
 */
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { RecordTransition } from "../../api/record-writes.ts";
import { useThemeWorkT } from "../../i18n/theme-work/use-theme-work-t.ts";

/** The buttons the record's status and the user's roles allow. */
export function ReviewButtons({
  status,
  member,
  reviewer,
  busy,
  onTransition,
}: {
  status: "draft" | "submitted" | "returned" | "published";
  member: boolean;
  reviewer: boolean;
  busy: boolean;
  onTransition: (transition: RecordTransition, comment?: string) => void;
}) {
  const { t } = useTranslation();
  const tw = useThemeWorkT();
  const id = useId();
  const [comment, setComment] = useState("");
  return (
    <>
      {member && (status === "draft" || status === "returned") && (
        <button
          type="button"
          className="button-secondary"
          disabled={busy}
          onClick={() => onTransition("submit")}
        >
          {t("records.submit")}
        </button>
      )}
      {member && status === "published" && (
        <button
          type="button"
          className="button-secondary"
          disabled={busy}
          onClick={() => onTransition("reopen")}
        >
          {t("records.reopen")}
        </button>
      )}
      {reviewer && status === "submitted" && (
        <span className="review-decision">
          <button type="button" disabled={busy} onClick={() => onTransition("publish")}>
            {t("review.publish")}
          </button>
          <label htmlFor={id}>{tw("reports.returnComment")}</label>
          <input id={id} value={comment} onChange={(e) => setComment(e.target.value)} />
          <button
            type="button"
            className="button-secondary"
            disabled={busy}
            onClick={() => onTransition("return", comment.trim() || undefined)}
          >
            {t("review.return")}
          </button>
        </span>
      )}
    </>
  );
}
