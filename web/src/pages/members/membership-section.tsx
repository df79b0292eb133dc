/** A jurisdiction's membership on its public profile: facts, agendas, programmes, WorkNets, showcase of local action. */
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { jurisdictionMembership, type MembershipProfile } from "../../api/members.ts";
import { Section } from "../../components/section.tsx";
import { formatDate, formatInteger } from "../../format/format.ts";
import { useAsync } from "../../hooks/use-async.ts";
import { type MembersT, useMembersT } from "../../i18n/members/use-members-t.ts";

/** The label of an agenda id. */
export function agendaLabel(t: MembersT, id: string): string {
  return t(`agenda.${id as "low-carbon"}`);
}

/** The public facts of a membership as a definition list. */
export function MembershipFacts({
  m,
}: {
  m:
    | MembershipProfile
    | Omit<MembershipProfile, "office" | "programmes" | "mentoring" | "worknets" | "showcase">;
}) {
  const t = useMembersT();
  const { i18n } = useTranslation();
  const office = "office" in m ? m.office : null;
  return (
    <dl className="key-facts">
      <div>
        <dt>{t("profile.status")}</dt>
        <dd>{t(`status.${m.status as "active"}`)}</dd>
      </div>
      <div>
        <dt>{t("profile.level")}</dt>
        <dd>
          {t(`level.${m.level as "basic"}`)} · {t(`scope.${m.scope as "global"}`)}
        </dd>
      </div>
      {m.joinedOn && (
        <div>
          <dt>{t("profile.since")}</dt>
          <dd>{formatDate(m.joinedOn, i18n.language)}</dd>
        </div>
      )}
      {office && (
        <div>
          <dt>{t("profile.office")}</dt>
          <dd>
            {office.name} ({office.city})
          </dd>
        </div>
      )}
      {m.fee.annualFee !== null && (
        <div>
          <dt>{t("profile.fee")}</dt>
          <dd title={m.fee.explanation ?? undefined}>
            {formatInteger(m.fee.annualFee, i18n.language)} {m.fee.currency} · {t("profile.tier")}{" "}
            {m.fee.tier}
          </dd>
        </div>
      )}
    </dl>
  );
}

/** The membership parts of a profile. */
export function MembershipDetails({ m }: { m: MembershipProfile }) {
  const t = useMembersT();
  return (
    <>
      <MembershipFacts m={m} />
      <h3>{t("profile.agendas")}</h3>
      {m.agendas.length === 0 ? (
        <p>{t("profile.none")}</p>
      ) : (
        <ul className="tag-list">
          {m.agendas.map((a) => (
            <li key={a}>{agendaLabel(t, a)}</li>
          ))}
        </ul>
      )}
      <h3>{t("profile.programmes")}</h3>
      {m.programmes.length === 0 ? (
        <p>{t("profile.none")}</p>
      ) : (
        <ul>
          {m.programmes.map((p) => (
            <li key={p.id}>
              <Link href={`/programmes/${p.id}`}>{p.name}</Link> — {t(`role.${p.role as "lead"}`)}
              {p.since ? ` (${p.since}${p.until ? `–${p.until}` : ""})` : ""}
            </li>
          ))}
        </ul>
      )}
      {m.mentoring.length > 0 && (
        <>
          <h3>{t("mentoring.title")}</h3>
          <ul className="mentoring-list">
            {m.mentoring.map((x) => {
              const mentor = x.mentor.jurisdictionId === m.jurisdictionId;
              const other = mentor ? x.mentee : x.mentor;
              return (
                <li key={`${x.programme.id}-${x.mentor.jurisdictionId}-${x.mentee.jurisdictionId}`}>
                  {t(mentor ? "mentoring.mentors" : "mentoring.mentoredBy")}{" "}
                  <Link href={`/jurisdictions/${other.jurisdictionId}`}>{other.jurisdictionName}</Link> (
                  <Link href={`/programmes/${x.programme.id}`}>{x.programme.name}</Link>)
                </li>
              );
            })}
          </ul>
        </>
      )}
      <h3>{t("profile.worknets")}</h3>
      {m.worknets.length === 0 ? (
        <p>{t("profile.none")}</p>
      ) : (
        <ul>
          {m.worknets.map((w) => (
            <li key={w.id}>{w.name}</li>
          ))}
        </ul>
      )}
      <h3>{t("profile.showcase")}</h3>
      {m.showcase.length === 0 ? (
        <p>{t("profile.noShowcase")}</p>
      ) : (
        <ul className="showcase-list">
          {m.showcase.map((s) => (
            <li key={`${s.kind}-${s.title}-${s.year ?? ""}-${s.url ?? ""}`}>
              {s.imageUrl && <img src={s.imageUrl} alt="" loading="lazy" width={160} />}
              <strong>{s.title}</strong>
              {s.year ? ` (${s.year})` : ""} — {t(`mine.itemKind.${s.kind}`)}
              {s.description && <p>{s.description}</p>}
              {s.url && (
                <a href={s.url} rel="noopener noreferrer" target="_blank">
                  {t("profile.link")}
                </a>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** The profile's section; nothing when the jurisdiction is not a member. */
export function MembershipSection({ jurisdictionId }: { jurisdictionId: string }) {
  const t = useMembersT();
  const state = useAsync((signal) => jurisdictionMembership(jurisdictionId, signal), jurisdictionId);
  if (state.status !== "ready" || state.data === null) return null;
  return (
    <Section title={t("profile.title")} className="membership-section">
      <MembershipDetails m={state.data} />
    </Section>
  );
}
