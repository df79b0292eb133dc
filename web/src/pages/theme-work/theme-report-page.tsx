/**
 * A theme report at /work/theme-reports/{id|new}?jurisdiction=…: a reporter enters the values of any declared
 * theme (each field with its unit, direction, bounds and definition), checked as the API checks them (the same
 * src/core/themes rules run in the browser: bounds, computed indicators, the theme's checks), saves, and submits
 * it; a reviewer publishes or returns it. The API's field problems are shown next to their fields.
 */
import { type FormEvent, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearch } from "wouter";
import { evaluateThemeReport } from "../../../../src/core/themes/evaluate.ts";
import type { ThemeDefinition } from "../../../../src/core/themes/types.ts";
import type { User } from "../../api/client.ts";
import type { RecordTransition } from "../../api/record-writes.ts";
import {
  getThemeReport,
  saveThemeReport,
  type ThemeReport,
  transitionThemeReport,
} from "../../api/theme-work.ts";
import { listThemes, type Theme } from "../../api/themes.ts";
import { RequireRole } from "../../auth/require-role.tsx";
import { hasRole } from "../../auth/roles.ts";
import { ErrorState, Loading } from "../../components/states.tsx";
import { useAsync } from "../../hooks/use-async.ts";
import { useDocumentTitle } from "../../hooks/use-document-title.ts";
import { useThemeWorkT } from "../../i18n/theme-work/use-theme-work-t.ts";
import { SelectField, TextArea, TextField } from "../records/fields.tsx";
import { ReviewButtons } from "./review-buttons.tsx";
import { ThemeReportFields } from "./theme-report-fields.tsx";
import { useRecordWrite } from "./use-record-write.ts";

const asText = (values: Readonly<Record<string, number>> | undefined) =>
  Object.fromEntries(Object.entries(values ?? {}).map(([k, v]) => [k, String(v)]));

/** The typed entries as numbers (blank ones left out; text that is no number kept, for the rules to name). */
function entered(values: Readonly<Record<string, string>>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(values)
      .filter(([, v]) => v.trim() !== "")
      .map(([k, v]) => [k, Number(v.trim().replace(",", "."))]),
  );
}

function Editor({
  themes,
  report,
  jurisdictionId,
  user,
}: {
  themes: Theme[];
  report: ThemeReport | null;
  jurisdictionId: string;
  user: User;
}) {
  const { t } = useTranslation();
  const tw = useThemeWorkT();
  const write = useRecordWrite(report, (id) => `/work/theme-reports/${id}`, t("records.saved"));
  const { current, errors, done, busy, form } = write;
  const [themeId, setThemeId] = useState(report?.theme ?? themes[0]?.id ?? "");
  const [year, setYear] = useState(String(report?.year ?? new Date().getFullYear() - 1));
  const [values, setValues] = useState<Record<string, string>>(asText(report?.values));
  const [notes, setNotes] = useState(report?.notes ?? "");
  const theme = themes.find((x) => x.id === themeId);
  const owner = current?.jurisdictionId ?? jurisdictionId;
  const member = hasRole(user, "reporter", owner);
  const reviewer = hasRole(user, "reviewer");
  const status = current?.reviewStatus ?? "draft";
  const editable = member && (status === "draft" || status === "returned");
  useDocumentTitle(current ? tw("reports.edit") : tw("reports.new"));
  const live = useMemo(
    () => (theme ? evaluateThemeReport(theme as unknown as ThemeDefinition, entered(values)) : null),
    [theme, values],
  );

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (!theme || !live) return;
    const local: Record<string, string> = {};
    const y = Number(year);
    if (!Number.isInteger(y) || y < 1990 || y > 2100) local.year = tw("reports.badYear");
    for (const p of live.problems) local[p.path] = p.message;
    if (Object.keys(local).length > 0) return write.refuse(tw("reports.fixFields"), local);
    const input = {
      jurisdictionId: owner,
      theme: theme.id,
      year: y,
      values: entered(values) as Record<string, number>,
      notes: notes.trim() || null,
    };
    void write.run(() => saveThemeReport(input, current ?? undefined), t("records.saved"));
  };
  const transition = (name: RecordTransition, comment?: string) => {
    if (!current) return;
    const message = name === "submit" ? t("records.submitted") : tw(`reports.done.${name}`);
    void write.run(() => transitionThemeReport(current, name, comment), message);
  };
  const issues = live?.issues ?? [];
  return (
    <>
      <h1>{current ? tw("reports.edit") : tw("reports.new")}</h1>
      {current && (
        <p className="muted">
          {t("records.reviewStatus", { status: t(`reviewStatus.${status}`) })}
          {current.contentHash && ` · ${tw("reports.hash")}: ${current.contentHash.slice(0, 16)}…`}
        </p>
      )}
      <form ref={form} className="section" onSubmit={save} noValidate>
        <div className="form-grid">
          <SelectField
            label={tw("reports.theme")}
            value={themeId}
            options={themes.map((x) => [x.id, x.name] as const)}
            onChange={(id) => {
              setThemeId(id);
              setValues({});
            }}
            disabled={current !== null}
            error={errors.fields.theme}
          />
          <TextField
            label={tw("reports.year")}
            value={year}
            onChange={setYear}
            numeric
            required
            readOnly={!editable}
            error={errors.fields.year}
          />
        </div>
        {theme && <p className="muted">{theme.description}</p>}
        {theme && (
          <ThemeReportFields
            theme={theme}
            values={values}
            onChange={(id, v) => setValues((old) => ({ ...old, [id]: v }))}
            errors={errors.fields}
            computed={live?.indicators ?? {}}
            readOnly={!editable}
          />
        )}
        <TextArea label={tw("reports.notes")} value={notes} onChange={setNotes} error={errors.fields.notes} />
        {issues.length > 0 && (
          <section aria-label={tw("reports.checks")}>
            <h2>{tw("reports.checks")}</h2>
            <ul className="issues">
              {issues.map((i) => (
                <li key={i.check} className={`issue issue-${i.severity}`}>
                  <strong>{i.severity === "error" ? tw("reports.blocking") : tw("reports.warning")}:</strong>{" "}
                  {i.message}
                </li>
              ))}
            </ul>
          </section>
        )}
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
  const jurisdictionId = new URLSearchParams(useSearch()).get("jurisdiction") ?? "";
  const state = useAsync(
    async (signal) => ({
      themes: await listThemes(signal),
      report: id === "new" ? null : await getThemeReport(id, signal),
    }),
    `theme-report:${id}`,
  );
  if (state.status === "loading") return <Loading />;
  if (state.status === "error") return <ErrorState error={state.error} />;
  return (
    <Editor
      key={state.data.report?.id ?? "new"}
      themes={state.data.themes}
      report={state.data.report}
      jurisdictionId={jurisdictionId}
      user={user}
    />
  );
}

/** The page: reporters write, reviewers review. */
export default function ThemeReportPage() {
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
