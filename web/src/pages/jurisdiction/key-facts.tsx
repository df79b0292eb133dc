/** A jurisdiction's identity and its latest population, GDP and area. */
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import type { Jurisdiction } from "../../api/client.ts";
import { Section } from "../../components/section.tsx";
import { countryName, formatCompact, formatInteger } from "../../format/format.ts";
import { latest, type YearValue } from "../../format/series.ts";
import { useLabels } from "../../hooks/use-labels.ts";
import { SeriesTable } from "./series-table.tsx";

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Identity facts and the latest value of each series. */
export function KeyFacts({
  jurisdiction: j,
  parent,
}: {
  jurisdiction: Jurisdiction;
  parent: Jurisdiction | null;
}) {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const none = t("common.none");
  const inYear = (series: YearValue[], format: (v: number) => string) => {
    const point = latest(series);
    return point ? t("profile.valueInYear", { value: format(point.value), year: point.year }) : none;
  };
  const integer = (v: number) => formatInteger(v, i18n.language);
  return (
    <Section title={t("profile.facts")}>
      <dl className="facts">
        <Fact label={t("profile.type")}>{labels.jurisdictionType(j.type)}</Fact>
        <Fact label={t("profile.country")}>
          {countryName(j.country, i18n.language)} ({j.country})
        </Fact>
        <Fact label={t("profile.region")}>{j.region ?? none}</Fact>
        <Fact label={t("profile.locode")}>{j.locode ?? none}</Fact>
        <Fact label={t("profile.cdpAccount")}>{j.cdpAccount ?? none}</Fact>
        {parent && (
          <Fact label={t("profile.parent")}>
            <Link href={`/jurisdictions/${parent.id}`}>{parent.name}</Link>
          </Fact>
        )}
        <Fact label={t("profile.population")}>{inYear(j.population, integer)}</Fact>
        <Fact label={t("profile.gdp")}>{inYear(j.gdp, (v) => formatCompact(v, i18n.language))}</Fact>
        <Fact label={t("profile.area")}>{inYear(j.area, integer)}</Fact>
        <Fact label={t("profile.tags")}>
          {j.tags.length === 0 ? (
            none
          ) : (
            <ul className="tags">
              {j.tags.map((tag) => (
                <li key={tag}>{tag}</li>
              ))}
            </ul>
          )}
        </Fact>
      </dl>
      <SeriesTable jurisdiction={j} />
    </Section>
  );
}
