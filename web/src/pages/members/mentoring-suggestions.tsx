/** Suggested mentoring pairs on /network: a top performer and a performance partner city, with the reasons. */
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import type { MentoringSuggestions } from "../../api/members.ts";
import { Section } from "../../components/section.tsx";
import { formatPercent, formatTonnes } from "../../format/format.ts";
import { useMembersT } from "../../i18n/members/use-members-t.ts";

/** The suggestions, best mentor first, and the rule they follow. */
export function MentoringSuggestionsSection({ data }: { data: MentoringSuggestions }) {
  const t = useMembersT();
  const { i18n } = useTranslation();
  return (
    <Section title={t("mentoring.suggested")}>
      <p className="muted">{t("mentoring.suggestedIntro")}</p>
      {data.pairs.length === 0 ? (
        <p>{t("mentoring.noSuggestions")}</p>
      ) : (
        <ol className="programme-list">
          {data.pairs.map(({ mentor, partner }) => (
            <li key={`${mentor.id}-${partner.id}`}>
              <h3>
                <Link href={`/jurisdictions/${mentor.id}`}>{mentor.name}</Link> {t("mentoring.arrow")}{" "}
                <Link href={`/jurisdictions/${partner.id}`}>{partner.name}</Link>
              </h3>
              <p>
                {t("mentoring.reduction", {
                  amount: formatTonnes(mentor.reduction.absolute, i18n.language),
                  percent:
                    mentor.reduction.percent === null
                      ? "—"
                      : formatPercent(mentor.reduction.percent, i18n.language),
                  baseYear: mentor.reduction.baseYear,
                  latestYear: mentor.reduction.latestYear,
                })}
              </p>
              <p>
                {t("mentoring.need")}: {partner.need}
              </p>
              {partner.matched.length > 0 && (
                <p className="muted">
                  {t("mentoring.alike")}: {partner.matched.join(" · ")}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
      <details>
        <summary>{t("mentoring.rule")}</summary>
        <p>{data.rule}</p>
      </details>
    </Section>
  );
}
