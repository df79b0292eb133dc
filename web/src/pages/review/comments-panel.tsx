/** Comment threads on a version (inventory, row or line), with replies and a new-comment form. */
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { CommentInput, CommentThread } from "../../api/client.ts";
import { addComment, inventoryComments } from "../../api/inventory-writes.ts";
import { Section } from "../../components/section.tsx";
import { ErrorState, Loading } from "../../components/states.tsx";
import { formatDate } from "../../format/format.ts";
import { useAsync } from "../../hooks/use-async.ts";
import { CommentForm } from "./comment-form.tsx";

function anchorLabel(thread: CommentThread, t: ReturnType<typeof useTranslation>["t"]): string {
  if (thread.anchor === "line") return t("comments.onLine", { line: thread.line ?? 0 });
  if (thread.anchor === "row") return t("comments.onRow", { gpc: thread.gpc ?? "" });
  return t("comments.onInventory");
}

function ReplyForm({
  thread,
  onPost,
}: {
  thread: CommentThread;
  onPost: (input: CommentInput) => Promise<void>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [body, setBody] = useState("");
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await onPost({ anchor: thread.anchor, parentId: thread.id, body: body.trim() });
    setBody("");
  };
  return (
    <form className="reply-form" onSubmit={submit}>
      <label htmlFor={id}>{t("comments.replyTo", { author: thread.authorId.slice(0, 8) })}</label>
      <textarea id={id} rows={2} required value={body} onChange={(e) => setBody(e.target.value)} />
      <button type="submit" className="button-small">
        {t("comments.postReply")}
      </button>
    </form>
  );
}

/** The section over the inventory's current version. */
export function CommentsPanel({
  inventoryId,
  names,
}: {
  inventoryId: string;
  names: ReadonlyMap<string, string>;
}) {
  const { t, i18n } = useTranslation();
  const [round, setRound] = useState(0);
  const state = useAsync(
    (signal) => inventoryComments(inventoryId, undefined, signal),
    `${inventoryId}:${round}`,
  );
  const post = async (input: CommentInput) => {
    await addComment(inventoryId, input);
    setRound((r) => r + 1);
  };
  const author = (id: string) => names.get(id) ?? id.slice(0, 8);
  return (
    <Section title={t("comments.title")}>
      {state.status === "loading" && <Loading />}
      {state.status === "error" && <ErrorState error={state.error} />}
      {state.status === "ready" &&
        (state.data.length === 0 ? (
          <p>{t("comments.empty")}</p>
        ) : (
          <ol className="threads">
            {state.data.map((thread) => (
              <li key={thread.id} className="thread">
                <p className="comment-meta">
                  <span className="badge">{anchorLabel(thread, t)}</span>{" "}
                  {t("comments.by", {
                    author: author(thread.authorId),
                    date: formatDate(thread.createdAt, i18n.language),
                  })}
                </p>
                <p className="comment-body">{thread.body}</p>
                {thread.replies.length > 0 && (
                  <ol className="replies">
                    {thread.replies.map((reply) => (
                      <li key={reply.id}>
                        <p className="comment-meta">
                          {t("comments.by", {
                            author: author(reply.authorId),
                            date: formatDate(reply.createdAt, i18n.language),
                          })}
                        </p>
                        <p className="comment-body">{reply.body}</p>
                      </li>
                    ))}
                  </ol>
                )}
                <ReplyForm thread={thread} onPost={post} />
              </li>
            ))}
          </ol>
        ))}
      <CommentForm onPost={post} />
    </Section>
  );
}
