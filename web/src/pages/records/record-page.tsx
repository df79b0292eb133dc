/** Target, action and risk forms at /work/{targets|actions|risks}/{id|new}?jurisdiction=…, for reporters. */
import { type FormEvent, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useParams, useSearch } from "wouter";
import type { Action, Risk, Target } from "../../api/client.ts";
import {
  getAction,
  getRisk,
  getTarget,
  type RecordTransition,
  saveAction,
  saveRisk,
  saveTarget,
  transitionAction,
  transitionTarget,
} from "../../api/record-writes.ts";
import { RequireRole } from "../../auth/require-role.tsx";
import { hasRole } from "../../auth/roles.ts";
import { ErrorState, Loading } from "../../components/states.tsx";
import { useAsync } from "../../hooks/use-async.ts";
import { useDocumentTitle } from "../../hooks/use-document-title.ts";
import { NotFoundPage } from "../not-found-page.tsx";
import { ActionFields, useActionForm } from "./action-form.tsx";
import { RiskFields, useRiskForm } from "./risk-form.tsx";
import { TargetFields, useTargetForm } from "./target-form.tsx";

type Kind = "targets" | "actions" | "risks";
type AnyRecord = Target | Action | Risk;

/** The form frame: title, fields, save, and the light review buttons for targets and actions. */
function RecordForm({
  title,
  record,
  fields,
  save,
  transition,
}: {
  title: string;
  record: AnyRecord | null;
  fields: ReactNode;
  save: (current: AnyRecord | null) => Promise<AnyRecord>;
  transition?: (record: AnyRecord, name: RecordTransition) => Promise<AnyRecord>;
}) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [current, setCurrent] = useState(record);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  useDocumentTitle(title);
  const run = async (work: () => Promise<AnyRecord>, done: string) => {
    setMessage(null);
    try {
      const next = await work();
      setCurrent(next);
      setMessage({ error: false, text: done });
      if (!current) navigate(location.pathname.replace(/\/new$/, `/${next.id}`), { replace: true });
    } catch (e) {
      setMessage({ error: true, text: e instanceof Error ? e.message : String(e) });
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(() => save(current), t("records.saved"));
  };
  const review = current && "reviewStatus" in current ? current.reviewStatus : null;
  return (
    <>
      <h1>{title}</h1>
      {review && (
        <p className="muted">{t("records.reviewStatus", { status: t(`reviewStatus.${review}`) })}</p>
      )}
      <form className="section" onSubmit={submit}>
        {fields}
        <div className="button-row">
          <button type="submit">{t("records.save")}</button>
          {current && transition && (review === "draft" || review === "returned") && (
            <button
              type="button"
              className="button-secondary"
              onClick={() => void run(() => transition(current, "submit"), t("records.submitted"))}
            >
              {t("records.submit")}
            </button>
          )}
          {current && transition && review === "published" && (
            <button
              type="button"
              className="button-secondary"
              onClick={() => void run(() => transition(current, "reopen"), t("records.saved"))}
            >
              {t("records.reopen")}
            </button>
          )}
        </div>
        {message && (
          <p role={message.error ? "alert" : "status"} className={message.error ? "form-error" : "form-ok"}>
            {message.text}
          </p>
        )}
      </form>
    </>
  );
}

function TargetEditor({ jurisdictionId, record }: { jurisdictionId: string; record: Target | null }) {
  const { t } = useTranslation();
  const form = useTargetForm(record?.jurisdictionId ?? jurisdictionId, record);
  return (
    <RecordForm
      title={record ? t("records.editTarget") : t("records.newTarget")}
      record={record}
      fields={<TargetFields form={form} />}
      save={(current) => saveTarget(form.toInput(), (current as Target | null) ?? undefined)}
      transition={(r, name) => transitionTarget(r as Target, name)}
    />
  );
}

function ActionEditor({ jurisdictionId, record }: { jurisdictionId: string; record: Action | null }) {
  const { t } = useTranslation();
  const form = useActionForm(record?.jurisdictionId ?? jurisdictionId, record);
  return (
    <RecordForm
      title={record ? t("records.editAction") : t("records.newAction")}
      record={record}
      fields={<ActionFields form={form} />}
      save={(current) => saveAction(form.toInput(), (current as Action | null) ?? undefined)}
      transition={(r, name) => transitionAction(r as Action, name)}
    />
  );
}

function RiskEditor({ jurisdictionId, record }: { jurisdictionId: string; record: Risk | null }) {
  const { t } = useTranslation();
  const form = useRiskForm(record?.jurisdictionId ?? jurisdictionId, record);
  return (
    <RecordForm
      title={record ? t("records.editRisk") : t("records.newRisk")}
      record={record}
      fields={<RiskFields form={form} />}
      save={(current) => saveRisk(form.toInput(), (current as Risk | null) ?? undefined)}
    />
  );
}

const LOADERS = { targets: getTarget, actions: getAction, risks: getRisk } as const;

function RecordLoader({ kind, id }: { kind: Kind; id: string }) {
  const jurisdictionId = new URLSearchParams(useSearch()).get("jurisdiction") ?? "";
  const state = useAsync(
    async (signal): Promise<AnyRecord | null> => (id === "new" ? null : LOADERS[kind](id, signal)),
    `${kind}:${id}`,
  );
  if (state.status === "loading") return <Loading />;
  if (state.status === "error") return <ErrorState error={state.error} />;
  const record = state.data;
  if (kind === "targets")
    return <TargetEditor jurisdictionId={jurisdictionId} record={record as Target | null} />;
  if (kind === "actions")
    return <ActionEditor jurisdictionId={jurisdictionId} record={record as Action | null} />;
  return <RiskEditor jurisdictionId={jurisdictionId} record={record as Risk | null} />;
}

/** The page. */
export default function RecordPage() {
  const { t } = useTranslation();
  const { kind = "", id = "new" } = useParams<{ kind: string; id: string }>();
  if (kind !== "targets" && kind !== "actions" && kind !== "risks") return <NotFoundPage />;
  return (
    <div className="page">
      <nav aria-label={t("app.breadcrumb")} className="breadcrumb">
        <Link href="/work">{t("records.back")}</Link>
      </nav>
      <RequireRole allowed={(user) => hasRole(user, "reporter")}>
        {() => <RecordLoader kind={kind} id={id} />}
      </RequireRole>
    </div>
  );
}
