/** A programme, network or project at /programmes/:id: its facts, lead office, participants and mentoring pairs. */
import { Link, useParams } from "wouter";
import { getProgramme, type Programme } from "../../api/members.ts";
import { AsyncView } from "../../components/async-view.tsx";
import { Section } from "../../components/section.tsx";
import { TableScroll } from "../../components/table-scroll.tsx";
import { useAsync } from "../../hooks/use-async.ts";
import { useDocumentTitle } from "../../hooks/use-document-title.ts";
import { useMembersT } from "../../i18n/members/use-members-t.ts";
import { agendaLabel } from "./membership-section.tsx";

const years = (from: number | null, to: number | null) =>
  from === null && to === null ? "—" : `${from ?? "…"}–${to ?? ""}`;

/** The mentor and mentee pairs of a programme. */
export function MentoringPairs({ programme }: { programme: Programme }) {
  const t = useMembersT();
  return (
    <Section title={t("mentoring.title")}>
      <p className="muted">{t("mentoring.intro")}</p>
      {programme.mentoring.length === 0 ? (
        <p>{t("mentoring.none")}</p>
      ) : (
        <ul className="mentoring-list">
          {programme.mentoring.map((p) => (
            <li key={`${p.mentor.jurisdictionId}-${p.mentee.jurisdictionId}`}>
              <Link href={`/jurisdictions/${p.mentor.jurisdictionId}`}>{p.mentor.jurisdictionName}</Link>{" "}
              {t("mentoring.arrow")}{" "}
              <Link href={`/jurisdictions/${p.mentee.jurisdictionId}`}>{p.mentee.jurisdictionName}</Link>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function Details({ p }: { p: Programme }) {
  const t = useMembersT();
  useDocumentTitle(p.name);
  return (
    <>
      <h1>{p.name}</h1>
      {p.description && <p className="lead">{p.description}</p>}
      <dl className="key-facts">
        <div>
          <dt>{t("programmes.kind")}</dt>
          <dd>{t(`programmes.kinds.${p.kind as "programme"}`)}</dd>
        </div>
        <div>
          <dt>{t("programmes.years")}</dt>
          <dd>{years(p.startYear, p.endYear)}</dd>
        </div>
        <div>
          <dt>{t("programmes.leadOffice")}</dt>
          <dd>
            {p.leadOffice ? <Link href={`/offices/${p.leadOffice.id}`}>{p.leadOffice.name}</Link> : "—"}
          </dd>
        </div>
        {p.region && (
          <div>
            <dt>{t("programmes.region")}</dt>
            <dd>{p.region}</dd>
          </div>
        )}
        <div>
          <dt>{t("network.agendas")}</dt>
          <dd>{p.agendas.map((a) => agendaLabel(t, a)).join(" · ") || "—"}</dd>
        </div>
        {p.url && (
          <div>
            <dt>{t("profile.link")}</dt>
            <dd>
              <a href={p.url} rel="noopener noreferrer" target="_blank">
                {p.url}
              </a>
            </dd>
          </div>
        )}
      </dl>
      <Section title={t("network.participants")}>
        {p.participants.length === 0 ? (
          <p>{t("network.noParticipants")}</p>
        ) : (
          <TableScroll label={t("network.participants")}>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t("admin.jurisdiction")}</th>
                  <th scope="col">{t("programmes.role")}</th>
                  <th scope="col">{t("programmes.years")}</th>
                  <th scope="col">{t("programmes.mentor")}</th>
                  <th scope="col">{t("programmes.commitment")}</th>
                </tr>
              </thead>
              <tbody>
                {p.participants.map((x) => (
                  <tr key={x.jurisdictionId}>
                    <th scope="row">
                      <Link href={`/jurisdictions/${x.jurisdictionId}`}>{x.jurisdictionName}</Link>
                    </th>
                    <td>{t(`role.${x.role as "lead"}`)}</td>
                    <td>{years(x.since, x.until)}</td>
                    <td>{x.mentorName ?? "—"}</td>
                    <td>{x.commitment ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </Section>
      <MentoringPairs programme={p} />
    </>
  );
}

/** The page. */
export default function ProgrammePage() {
  const t = useMembersT();
  const { id = "" } = useParams<{ id: string }>();
  const state = useAsync((signal) => getProgramme(id, signal), id);
  return (
    <div className="page">
      <nav aria-label="breadcrumb" className="breadcrumb">
        <Link href="/network">{t("network.title")}</Link>
      </nav>
      <AsyncView state={state}>{(p) => <Details p={p} />}</AsyncView>
    </div>
  );
}
