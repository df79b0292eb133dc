/**
 * The Transformative Actions Program: published projects, filtered by stage and agenda. A funder saves a project
 * and expresses interest with a message; the member's reporters and approvers see who is interested.
 */
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  listTapProjects,
  myTapInterests,
  setTapInterest,
  type TapInterest,
  type TapProject,
  type TapQuery,
  tapInterestsIn,
} from "../../api/themes.ts";
import { hasRole } from "../../auth/roles.ts";
import { useSession } from "../../auth/session.tsx";
import { AsyncView } from "../../components/async-view.tsx";
import { EmptyState } from "../../components/states.tsx";
import { useAsync } from "../../hooks/use-async.ts";
import { useDocumentTitle } from "../../hooks/use-document-title.ts";
import { AGENDA_IDS, TAP_STAGE_IDS } from "./vocabulary.ts";

const money = (v: number, currency: string) =>
  v.toLocaleString(undefined, { style: "currency", currency, maximumFractionDigits: 0 });

function FunderControls({ project, initial }: { project: TapProject; initial: TapInterest | undefined }) {
  const { t } = useTranslation();
  const id = useId();
  const [interest, setInterest] = useState(initial);
  const [message, setMessage] = useState(initial?.message ?? "");
  const [error, setError] = useState<string | null>(null);
  const send = async (saved: boolean, interested: boolean) => {
    setError(null);
    try {
      setInterest(await setTapInterest(project.id, { saved, interested, message: message || null }));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <div className="funder-controls">
      <button
        type="button"
        aria-pressed={interest?.saved ?? false}
        onClick={() => send(!(interest?.saved ?? false), interest?.interested ?? false)}
      >
        {interest?.saved ? t("beyond.saved") : t("beyond.save")}
      </button>
      <label htmlFor={`${id}-m`}>{t("beyond.message")}</label>
      <textarea id={`${id}-m`} value={message} onChange={(e) => setMessage(e.target.value)} rows={2} />
      <button type="button" onClick={() => send(true, true)}>
        {t("beyond.interest")}
      </button>
      {interest?.interested && <p role="status">{t("beyond.interestSent")}</p>}
      {error && <p role="alert">{error}</p>}
    </div>
  );
}

function InterestedFunders({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  const state = useAsync(
    (signal) => (shown ? tapInterestsIn(projectId, signal) : Promise.resolve([])),
    `${projectId}:${shown}`,
  );
  if (!shown)
    return (
      <button type="button" onClick={() => setShown(true)}>
        {t("beyond.showInterested")}
      </button>
    );
  return (
    <section aria-label={t("beyond.interestedFunders")}>
      <h3>{t("beyond.interestedFunders")}</h3>
      <AsyncView state={state}>
        {(items) =>
          items.length === 0 ? (
            <p>{t("beyond.noInterest")}</p>
          ) : (
            <ul>
              {items.map((f) => (
                <li key={f.funderId}>
                  {f.name} (<a href={`mailto:${f.email}`}>{f.email}</a>){f.message ? `: ${f.message}` : ""}
                </li>
              ))}
            </ul>
          )
        }
      </AsyncView>
    </section>
  );
}

function ProjectCard({ project, interest }: { project: TapProject; interest: TapInterest | undefined }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const funder = user?.roles.some((r) => r.role === "funder") ?? false;
  const member =
    hasRole(user, "reporter", project.jurisdictionId) || hasRole(user, "approver", project.jurisdictionId);
  return (
    <li className="card">
      <h2>{project.title}</h2>
      <p>
        <strong>{t("beyond.stage")}:</strong> {t(`beyond.stages.${project.stage}`)} ·{" "}
        <strong>{t("beyond.financeSought")}:</strong> {money(project.financeSought, project.currency)} ·{" "}
        <strong>{t("beyond.cost")}:</strong> {money(project.cost, project.currency)}
      </p>
      <p>
        <strong>{t("beyond.problem")}:</strong> {project.problem}
      </p>
      <p>
        <strong>{t("beyond.action")}:</strong> {project.action}
      </p>
      <p className="muted">
        {t("beyond.impact")}:{" "}
        {[
          project.expectedReduction !== null
            ? t("beyond.tco2e", { value: project.expectedReduction.toLocaleString() })
            : null,
          project.peopleServed !== null
            ? t("beyond.people", { value: project.peopleServed.toLocaleString() })
            : null,
          ...project.coBenefits,
        ]
          .filter(Boolean)
          .join(" · ")}
      </p>
      {funder && <FunderControls project={project} initial={interest} />}
      {member && <InterestedFunders projectId={project.id} />}
    </li>
  );
}

/** The TAP page. */
export default function TapPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("beyond.tapTitle"));
  const { user } = useSession();
  const funder = user?.roles.some((r) => r.role === "funder") ?? false;
  const [query, setQuery] = useState<TapQuery>({ reviewStatus: "published" });
  const state = useAsync(
    async (signal) => {
      const [projects, mine] = await Promise.all([
        listTapProjects(query, signal),
        funder ? myTapInterests(signal) : Promise.resolve([]),
      ]);
      return { projects, interests: new Map(mine.map((m) => [m.project.id, m.interest])) };
    },
    `${JSON.stringify(query)}:${funder}`,
  );
  return (
    <div className="page">
      <h1>{t("beyond.tapTitle")}</h1>
      <p className="lead">{t("beyond.tapIntro")}</p>
      <div className="filters">
        <label>
          {t("beyond.stage")}{" "}
          <select
            value={query.stage ?? ""}
            onChange={(e) =>
              setQuery({ ...query, stage: (e.target.value || undefined) as TapQuery["stage"] })
            }
          >
            <option value="">{t("beyond.any")}</option>
            {TAP_STAGE_IDS.map((s) => (
              <option key={s} value={s}>
                {t(`beyond.stages.${s}`)}
              </option>
            ))}
          </select>
        </label>{" "}
        <label>
          {t("beyond.agenda")}{" "}
          <select
            value={query.agenda ?? ""}
            onChange={(e) =>
              setQuery({ ...query, agenda: (e.target.value || undefined) as TapQuery["agenda"] })
            }
          >
            <option value="">{t("beyond.any")}</option>
            {AGENDA_IDS.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>
      </div>
      <AsyncView state={state}>
        {({ projects, interests }) =>
          projects.length === 0 ? (
            <EmptyState title={t("beyond.noProjects")} />
          ) : (
            <ul className="cards">
              {projects.map((p) => (
                <ProjectCard key={p.id} project={p} interest={interests.get(p.id)} />
              ))}
            </ul>
          )
        }
      </AsyncView>
    </div>
  );
}
