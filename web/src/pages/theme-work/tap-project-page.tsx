/**
 * A Transformative Actions Program project at /work/tap-projects/{id|new}?jurisdiction=…: the member presents the
 * problem, the action, the expected impact (tCO2e a year, people served, co-benefits), the stage, the cost and
 * the finance sought, its sectors and agendas and the targets it serves, saves and submits it; a reviewer
 * publishes or returns it. The API's field problems are shown next to their fields.
 */
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearch } from "wouter";
import type { Target, User } from "../../api/client.ts";
import { allTargets } from "../../api/queries.ts";
import type { RecordTransition } from "../../api/record-writes.ts";
import {
  getTapProject,
  saveTapProject,
  type TapProjectInput,
  transitionTapProject,
} from "../../api/theme-work.ts";
import type { TapProject } from "../../api/themes.ts";
import { RequireRole } from "../../auth/require-role.tsx";
import { hasRole } from "../../auth/roles.ts";
import { ErrorState, Loading } from "../../components/states.tsx";
import { useAsync } from "../../hooks/use-async.ts";
import { useDocumentTitle } from "../../hooks/use-document-title.ts";
import { useLabels } from "../../hooks/use-labels.ts";
import { useMembersT } from "../../i18n/members/use-members-t.ts";
import { useThemeWorkT } from "../../i18n/theme-work/use-theme-work-t.ts";
import { numberOrNull, SelectField, TextArea, TextField, textOf } from "../records/fields.tsx";
import { AGENDA_IDS, TAP_STAGE_IDS } from "../themes/vocabulary.ts";
import { Checkboxes, listOf } from "./checkboxes.tsx";
import { ReviewButtons } from "./review-buttons.tsx";
import { useRecordWrite } from "./use-record-write.ts";

/** The numbers that must be numbers, checked before anything is sent (the API checks the rest). */
function numberProblems(entries: Record<string, string>, message: string): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const [path, text] of Object.entries(entries)) {
    const n = numberOrNull(text);
    if (n !== null && (!Number.isFinite(n) || n < 0)) problems[path] = message;
  }
  return problems;
}

function Editor({
  project,
  targets,
  jurisdictionId,
  user,
}: {
  project: TapProject | null;
  targets: Target[];
  jurisdictionId: string;
  user: User;
}) {
  const { t } = useTranslation();
  const tw = useThemeWorkT();
  const tm = useMembersT();
  const labels = useLabels();
  const write = useRecordWrite(project, (id) => `/work/tap-projects/${id}`, t("records.saved"));
  const { current, errors, done, busy, form } = write;
  const [title, setTitle] = useState(project?.title ?? "");
  const [problem, setProblem] = useState(project?.problem ?? "");
  const [action, setAction] = useState(project?.action ?? "");
  const [reduction, setReduction] = useState(textOf(project?.expectedReduction));
  const [people, setPeople] = useState(textOf(project?.peopleServed));
  const [coBenefits, setCoBenefits] = useState((project?.coBenefits ?? []).join(", "));
  const [stage, setStage] = useState<TapProjectInput["stage"]>(project?.stage ?? "concept");
  const [cost, setCost] = useState(textOf(project?.cost));
  const [finance, setFinance] = useState(textOf(project?.financeSought));
  const [currency, setCurrency] = useState(project?.currency ?? "EUR");
  const [sectors, setSectors] = useState((project?.sectors ?? []).join(", "));
  const [agendas, setAgendas] = useState<string[]>(project?.agendas ?? []);
  const [targetIds, setTargetIds] = useState<string[]>(project?.targetIds ?? []);
  const owner = current?.jurisdictionId ?? jurisdictionId;
  const member = hasRole(user, "reporter", owner);
  const reviewer = hasRole(user, "reviewer");
  const status = current?.reviewStatus ?? "draft";
  const editable = member && (status === "draft" || status === "returned");
  useDocumentTitle(current ? tw("tap.edit") : tw("tap.new"));
  const err = (path: string) => errors.fields[path];

  const save = (event: FormEvent) => {
    event.preventDefault();
    const local = numberProblems(
      { expectedReduction: reduction, peopleServed: people, cost, financeSought: finance },
      tw("tap.notANumber"),
    );
    if (cost.trim() === "") local.cost = tw("tap.required");
    if (finance.trim() === "") local.financeSought = tw("tap.required");
    if (Object.keys(local).length > 0) return write.refuse(tw("reports.fixFields"), local);
    const input: TapProjectInput = {
      jurisdictionId: owner,
      title: title.trim(),
      problem: problem.trim(),
      action: action.trim(),
      expectedReduction: numberOrNull(reduction),
      peopleServed: numberOrNull(people),
      coBenefits: listOf(coBenefits),
      stage,
      cost: numberOrNull(cost) ?? 0,
      financeSought: numberOrNull(finance) ?? 0,
      currency: currency.trim().toUpperCase(),
      sectors: listOf(sectors),
      agendas: agendas as TapProjectInput["agendas"],
      targetIds,
    };
    void write.run(() => saveTapProject(input, current ?? undefined), t("records.saved"));
  };
  const transition = (name: RecordTransition, comment?: string) => {
    if (!current) return;
    const message = name === "submit" ? t("records.submitted") : tw(`reports.done.${name}`);
    void write.run(() => transitionTapProject(current, name, comment), message);
  };
  return (
    <>
      <h1>{current ? tw("tap.edit") : tw("tap.new")}</h1>
      {current && (
        <p className="muted">{t("records.reviewStatus", { status: t(`reviewStatus.${status}`) })}</p>
      )}
      <form ref={form} className="section" onSubmit={save} noValidate>
        <fieldset className="form-grid" disabled={!editable}>
          <legend>{tw("tap.presentation")}</legend>
          <TextField
            label={tw("tap.title")}
            value={title}
            onChange={setTitle}
            required
            error={err("title")}
          />
          <SelectField
            label={tw("tap.stage")}
            value={stage}
            options={TAP_STAGE_IDS.map((s) => [s, t(`beyond.stages.${s}`)] as const)}
            onChange={(v) => setStage(v as TapProjectInput["stage"])}
            error={err("stage")}
          />
          <TextArea
            label={tw("tap.problem")}
            value={problem}
            onChange={setProblem}
            required
            hint={tw("tap.problemHint")}
            error={err("problem")}
          />
          <TextArea
            label={tw("tap.action")}
            value={action}
            onChange={setAction}
            required
            hint={tw("tap.actionHint")}
            error={err("action")}
          />
        </fieldset>
        <fieldset className="form-grid" disabled={!editable}>
          <legend>{tw("tap.impact")}</legend>
          <TextField
            label={tw("tap.reduction")}
            value={reduction}
            onChange={setReduction}
            numeric
            error={err("expectedReduction")}
          />
          <TextField
            label={tw("tap.people")}
            value={people}
            onChange={setPeople}
            numeric
            error={err("peopleServed")}
          />
          <TextField
            label={tw("tap.coBenefits")}
            value={coBenefits}
            onChange={setCoBenefits}
            hint={tw("tap.commaHint")}
            error={err("coBenefits")}
          />
        </fieldset>
        <fieldset className="form-grid" disabled={!editable}>
          <legend>{tw("tap.finance")}</legend>
          <TextField
            label={tw("tap.cost")}
            value={cost}
            onChange={setCost}
            numeric
            required
            error={err("cost")}
          />
          <TextField
            label={tw("tap.financeSought")}
            value={finance}
            onChange={setFinance}
            numeric
            required
            hint={tw("tap.financeHint")}
            error={err("financeSought")}
          />
          <TextField
            label={tw("tap.currency")}
            value={currency}
            onChange={setCurrency}
            required
            hint={tw("tap.currencyHint")}
            error={err("currency")}
          />
        </fieldset>
        <fieldset className="form-grid" disabled={!editable}>
          <legend>{tw("tap.tags")}</legend>
          <TextField
            label={tw("tap.sectors")}
            value={sectors}
            onChange={setSectors}
            hint={tw("tap.commaHint")}
            error={err("sectors")}
          />
          <Checkboxes
            legend={tw("tap.agendas")}
            options={AGENDA_IDS.map((a) => [a, tm(`agenda.${a}`)] as const)}
            chosen={agendas}
            onChange={setAgendas}
            error={err("agendas")}
          />
          {targets.length === 0 ? (
            <p className="muted">{tw("tap.noTargets")}</p>
          ) : (
            <Checkboxes
              legend={tw("tap.targets")}
              options={targets.map((x) => [x.id, `${labels.targetType(x.type)} ${x.targetYear}`] as const)}
              chosen={targetIds}
              onChange={setTargetIds}
              error={err("targetIds")}
            />
          )}
        </fieldset>
        <div className="button-row">
          {editable && (
            <button type="submit" disabled={busy}>
              {t("records.save")}
            </button>
          )}
          {current && (
            <ReviewButtons
              status={status}
              member={member}
              reviewer={reviewer}
              busy={busy}
              onTransition={transition}
            />
          )}
        </div>
        {errors.message && (
          <p role="alert" className="form-error">
            {errors.message}
          </p>
        )}
        {done && (
          <p role="status" className="form-ok">
            {done}
          </p>
        )}
      </form>
    </>
  );
}

function Loader({ id, user }: { id: string; user: User }) {
  const asked = new URLSearchParams(useSearch()).get("jurisdiction") ?? "";
  const state = useAsync(async (signal) => {
    const project = id === "new" ? null : await getTapProject(id, signal);
    const jurisdictionId = project?.jurisdictionId ?? asked;
    const targets = jurisdictionId ? (await allTargets(jurisdictionId, signal)).items : [];
    return { project, targets, jurisdictionId };
  }, `tap-project:${id}:${asked}`);
  if (state.status === "loading") return <Loading />;
  if (state.status === "error") return <ErrorState error={state.error} />;
  return (
    <Editor
      key={state.data.project?.id ?? "new"}
      project={state.data.project}
      targets={state.data.targets}
      jurisdictionId={state.data.jurisdictionId}
      user={user}
    />
  );
}

/** The page: the member's reporters write, reviewers review. */
export default function TapProjectPage() {
  const { t } = useTranslation();
  const { id = "new" } = useParams<{ id: string }>();
  return (
    <div className="page">
      <nav aria-label={t("app.breadcrumb")} className="breadcrumb">
        <Link href="/work">{t("records.back")}</Link>
      </nav>
      <RequireRole allowed={(user) => hasRole(user, "reporter") || hasRole(user, "reviewer")}>
        {(user) => <Loader id={id} user={user} />}
      </RequireRole>
    </div>
  );
}
