/** The membership's engagement KPIs (for the dashboard and the network page): cards and tables, each with its goal. */
import { useTranslation } from "react-i18next";
import { type Engagement, engagement } from "../../api/members.ts";
import { Section } from "../../components/section.tsx";
import { StatCard } from "../../components/stat-card.tsx";
import { ErrorState, Loading } from "../../components/states.tsx";
import { TableScroll } from "../../components/table-scroll.tsx";
import { formatPercent } from "../../format/format.ts";
import { useAsync } from "../../hooks/use-async.ts";
import { type MembersT, useMembersT } from "../../i18n/members/use-members-t.ts";

type Share = Engagement["engaged"];

function shareText(s: Share, locale: string) {
  return s.share === null ? "—" : formatPercent(s.share * 100, locale);
}

function goalNote(s: Share, t: MembersT, locale: string) {
  if (s.goal === null || s.met === null) return undefined;
  return `${t("engagement.goal", { goal: formatPercent(s.goal * 100, locale) })} · ${t(s.met ? "engagement.met" : "engagement.notMet")}`;
}

function ShareTable({
  caption,
  rows,
  first,
}: {
  caption: string;
  rows: Array<Share & { label: string }>;
  first: string;
}) {
  const t = useMembersT();
  const { i18n } = useTranslation();
  return (
    <TableScroll label={caption}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{first}</th>
            <th scope="col">{t("engagement.count")}</th>
            <th scope="col">{t("engagement.share")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              <td>{t("engagement.outOf", { count: r.count, of: r.of })}</td>
              <td>
                {shareText(r, i18n.language)}
                {r.met === false && <span className="stat-rule"> · {t("engagement.notMet")}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** The KPIs of `data`. */
export function EngagementFigures({ data }: { data: Engagement }) {
  const t = useMembersT();
  const { i18n } = useTranslation();
  const locale = i18n.language;
  const card = (label: string, s: Share) => (
    <StatCard
      label={label}
      value={shareText(s, locale)}
      note={`${t("engagement.outOf", { count: s.count, of: s.of })}${goalNote(s, t, locale) ? ` · ${goalNote(s, t, locale)}` : ""}`}
    />
  );
  return (
    <>
      <dl className="stat-grid">
        {card(t("engagement.engaged"), data.engaged)}
        {card(t("engagement.withTargets"), data.withTargets)}
        {card(t("engagement.withRisk"), data.withRiskAssessment)}
      </dl>
      <p className="stat-rule">{data.rule}</p>
      <ShareTable
        caption={t("engagement.byRegion")}
        first={t("engagement.group")}
        rows={data.engagedByRegion.map((r) => ({ ...r, label: r.key }))}
      />
      <ShareTable
        caption={t("engagement.byLevel")}
        first={t("engagement.group")}
        rows={data.engagedByLevel.map((r) => ({ ...r, label: t(`level.${r.key as "basic"}`) }))}
      />
      <ShareTable
        caption={t("engagement.reporting")}
        first={t("engagement.year")}
        rows={data.reportingByYear.map((r) => ({ ...r, label: String(r.year) }))}
      />
    </>
  );
}

/** The dashboard's section: loads the KPIs and shows nothing while the network has no members. */
export function EngagementSection() {
  const t = useMembersT();
  const state = useAsync(engagement, "engagement");
  if (state.status === "loading") return <Loading />;
  if (state.status === "error") return <ErrorState error={state.error} />;
  if (state.data.members === 0) return null;
  return (
    <Section title={t("engagement.title")}>
      <EngagementFigures data={state.data} />
    </Section>
  );
}
