/** The network at /network: engagement KPIs, offices (each linking to its members for staff), programmes, WorkNets. */

import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import {
  engagement,
  listOffices,
  listProgrammes,
  listWorknets,
  type Office,
  type Programme,
  suggestedMentoring,
  type Worknet,
} from "../../api/members.ts";
import { AsyncView } from "../../components/async-view.tsx";
import { Section } from "../../components/section.tsx";
import { TableScroll } from "../../components/table-scroll.tsx";
import { countryName } from "../../format/format.ts";
import { useAsync } from "../../hooks/use-async.ts";
import { useDocumentTitle } from "../../hooks/use-document-title.ts";
import { useMembersT } from "../../i18n/members/use-members-t.ts";
import { EngagementFigures } from "./engagement-section.tsx";
import { agendaLabel } from "./membership-section.tsx";
import { MentoringSuggestionsSection } from "./mentoring-suggestions.tsx";

async function loadNetwork(signal: AbortSignal) {
  const [offices, programmes, worknets, kpis, mentoring] = await Promise.all([
    listOffices(signal),
    listProgrammes(signal),
    listWorknets(signal),
    engagement(signal),
    suggestedMentoring(signal),
  ]);
  return { offices, programmes, worknets, kpis, mentoring };
}

function Offices({ offices }: { offices: Office[] }) {
  const t = useMembersT();
  const { i18n } = useTranslation();
  return (
    <Section title={t("network.offices")}>
      <TableScroll label={t("network.offices")}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t("network.office")}</th>
              <th scope="col">{t("network.kind")}</th>
              <th scope="col">{t("network.place")}</th>
              <th scope="col">{t("network.members")}</th>
            </tr>
          </thead>
          <tbody>
            {offices.map((o) => (
              <tr key={o.id}>
                <th scope="row">
                  <Link href={`/offices/${o.id}`}>{o.name}</Link>
                </th>
                <td>{t(`officeKind.${o.kind as "country-office"}`)}</td>
                <td>
                  {o.city}, {countryName(o.country, i18n.language)}
                </td>
                <td>{o.members}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </Section>
  );
}

function Programmes({ programmes }: { programmes: Programme[] }) {
  const t = useMembersT();
  return (
    <Section title={t("network.programmes")}>
      <ul className="programme-list">
        {programmes.map((p) => (
          <li key={p.id}>
            <h3>
              <Link href={`/programmes/${p.id}`}>{p.name}</Link>
            </h3>
            {p.description && <p>{p.description}</p>}
            <p className="muted">
              {t("network.agendas")}: {p.agendas.map((a) => agendaLabel(t, a)).join(" · ")}
            </p>
            {p.participants.length === 0 ? (
              <p className="muted">{t("network.noParticipants")}</p>
            ) : (
              <details>
                <summary>
                  {t("network.participants")}: {p.participants.length}
                </summary>
                <ul>
                  {p.participants.map((x) => (
                    <li key={x.jurisdictionId}>
                      <Link href={`/jurisdictions/${x.jurisdictionId}`}>{x.jurisdictionName}</Link> —{" "}
                      {t(`role.${x.role as "lead"}`)}
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </li>
        ))}
      </ul>
    </Section>
  );
}

function Worknets({ worknets }: { worknets: Worknet[] }) {
  const t = useMembersT();
  return (
    <Section title={t("network.worknets")}>
      <p className="muted">{t("network.worknetsIntro")}</p>
      {worknets.length === 0 && <p>{t("network.noWorknets")}</p>}
      <ul className="programme-list">
        {worknets.map((w) => (
          <li key={w.id}>
            <h3>{w.name}</h3>
            <p>{w.challenge}</p>
            <details>
              <summary>
                {t("network.members")}: {w.members.length}
              </summary>
              <ul>
                {w.members.map((m) => (
                  <li key={m.jurisdictionId}>
                    <Link href={`/jurisdictions/${m.jurisdictionId}`}>{m.jurisdictionName}</Link>
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** The page. */
export default function NetworkPage() {
  const t = useMembersT();
  useDocumentTitle(t("network.title"));
  const state = useAsync(loadNetwork, "network-members");
  return (
    <div className="page">
      <h1>{t("network.title")}</h1>
      <p className="lead">{t("network.intro")}</p>
      <AsyncView state={state}>
        {({ offices, programmes, worknets, kpis, mentoring }) => (
          <>
            <Section title={t("engagement.title")}>
              <EngagementFigures data={kpis} />
            </Section>
            <Offices offices={offices} />
            <Programmes programmes={programmes} />
            <Worknets worknets={worknets} />
            <MentoringSuggestionsSection data={mentoring} />
          </>
        )}
      </AsyncView>
    </div>
  );
}
