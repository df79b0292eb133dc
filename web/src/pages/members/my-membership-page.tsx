/**
 * "My membership" at /members: for each jurisdiction the user reports for or approves that is a member, its
 * facts and fee, contacts (private), public profile (agendas, showcase), suggested peers, WorkNets and invoices.
 */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import {
  type Agenda,
  listAgendas,
  listWorknets,
  type MemberMatches,
  type Membership,
  type MembershipPrivate,
  type MembershipProfile,
  matchesOf,
  membershipPrivate,
  membershipProfile,
  myMemberships,
  type Worknet,
} from "../../api/members.ts";
import { RequireRole } from "../../auth/require-role.tsx";
import { hasRole } from "../../auth/roles.ts";
import { AsyncView } from "../../components/async-view.tsx";
import { Section } from "../../components/section.tsx";
import { EmptyState } from "../../components/states.tsx";
import { formatInteger, formatPercent } from "../../format/format.ts";
import { useAsync } from "../../hooks/use-async.ts";
import { useDocumentTitle } from "../../hooks/use-document-title.ts";
import { useMembersT } from "../../i18n/members/use-members-t.ts";
import { ContactsForm } from "./contacts-form.tsx";
import { MembershipFacts } from "./membership-section.tsx";
import { ProfileForm } from "./profile-form.tsx";
import { WorknetsPanel } from "./worknets-panel.tsx";

interface Loaded {
  profile: MembershipProfile;
  private: MembershipPrivate;
  matches: MemberMatches;
  worknets: Worknet[];
  agendas: Agenda[];
}

async function loadMembership(id: string, signal: AbortSignal): Promise<Loaded> {
  const [profile, priv, matches, worknets, agendas] = await Promise.all([
    membershipProfile(id, signal),
    membershipPrivate(id, signal),
    matchesOf(id, signal),
    listWorknets(signal),
    listAgendas(signal),
  ]);
  return { profile, private: priv, matches, worknets, agendas };
}

function Matches({ data }: { data: MemberMatches }) {
  const t = useMembersT();
  const { i18n } = useTranslation();
  return (
    <Section title={t("mine.matches")}>
      <p className="muted">{t("mine.matchesIntro")}</p>
      {data.matches.length === 0 ? (
        <p>{t("mine.noMatches")}</p>
      ) : (
        <ol className="match-list">
          {data.matches.map((m) => (
            <li key={m.id}>
              <Link href={`/jurisdictions/${m.id}`}>{m.name}</Link> — {t("mine.score")}{" "}
              {formatPercent(m.score * 100, i18n.language)}
              <ul>
                {m.reasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
      <p className="stat-rule">{data.rule}</p>
    </Section>
  );
}

function Invoices({ invoices }: { invoices: MembershipPrivate["invoices"] }) {
  const t = useMembersT();
  const { i18n } = useTranslation();
  return (
    <Section title={t("mine.invoices")}>
      {invoices.length === 0 ? (
        <p>{t("mine.noInvoices")}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t("mine.year")}</th>
              <th scope="col">{t("mine.amount")}</th>
              <th scope="col">{t("profile.status")}</th>
            </tr>
          </thead>
          <tbody>
            {invoices.map((inv) => (
              <tr key={inv.id}>
                <th scope="row">{inv.year}</th>
                <td>
                  {formatInteger(inv.amount, i18n.language)} {inv.currency}
                </td>
                <td>
                  {t(`mine.invoiceStatus.${inv.status}`)}
                  {inv.paidOn ? ` (${inv.paidOn})` : ""}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}

function MembershipPanel({ membership }: { membership: Membership }) {
  const state = useAsync((signal) => loadMembership(membership.id, signal), membership.id);
  return <AsyncView state={state}>{(data) => <LoadedPanel data={data} />}</AsyncView>;
}

function LoadedPanel({ data }: { data: Loaded }) {
  const [profile, setProfile] = useState(data.profile);
  const [priv, setPriv] = useState(data.private);
  const version = Math.max(profile.version, priv.membership.version);
  return (
    <article className="membership-panel" aria-labelledby={`m-${profile.id}`}>
      <h2 id={`m-${profile.id}`}>
        <Link href={`/jurisdictions/${profile.jurisdictionId}`}>{profile.jurisdictionName}</Link>
      </h2>
      <MembershipFacts m={profile} />
      <ContactsForm
        membershipId={profile.id}
        version={version}
        contacts={priv.contacts}
        onSaved={(saved) => {
          setPriv(saved);
          setProfile((p) => ({ ...p, version: saved.membership.version }));
        }}
      />
      <ProfileForm
        key={`profile-${profile.id}`}
        profile={{ ...profile, version }}
        agendas={data.agendas}
        onSaved={setProfile}
      />
      <Matches data={data.matches} />
      <WorknetsPanel jurisdictionId={profile.jurisdictionId} initial={data.worknets} />
      <Invoices invoices={priv.invoices} />
    </article>
  );
}

function MyMemberships() {
  const t = useMembersT();
  const state = useAsync(myMemberships, "mine");
  return (
    <AsyncView state={state}>
      {(items) =>
        items.length === 0 ? (
          <EmptyState title={t("mine.none")}>{t("mine.noneText")}</EmptyState>
        ) : (
          items.map((m) => <MembershipPanel key={m.id} membership={m} />)
        )
      }
    </AsyncView>
  );
}

/** The page. */
export default function MyMembershipPage() {
  const t = useMembersT();
  useDocumentTitle(t("mine.title"));
  return (
    <div className="page">
      <h1>{t("mine.title")}</h1>
      <p className="lead">{t("mine.intro")}</p>
      <RequireRole allowed={(user) => hasRole(user, "reporter") || hasRole(user, "approver")}>
        {() => <MyMemberships />}
      </RequireRole>
    </div>
  );
}
