/** The jurisdiction's targets, one card each with every field the API gives and its progress. */
import { useTranslation } from "react-i18next";
import type { TargetProgressView } from "../../api/analytics.ts";
import type { Target } from "../../api/client.ts";
import { Section } from "../../components/section.tsx";
import { EmptyState } from "../../components/states.tsx";
import { formatNumber, formatPercent, formatTonnes } from "../../format/format.ts";
import { useLabels } from "../../hooks/use-labels.ts";
import { TargetProgressPanel, type YearValue } from "./target-progress.tsx";

function TargetCard({
  target,
  progress,
  actual,
}: {
  target: Target;
  progress: TargetProgressView | undefined;
  actual: readonly YearValue[];
}) {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const locale = i18n.language;
  const none = t("common.none");
  const amount = (v: number | null) =>
    v === null
      ? none
      : `${target.unit === "tCO2e" ? formatTonnes(v, locale) : formatNumber(v, locale)} ${target.unit}`;
  const fields: Array<[string, string]> = [
    [t("profile.baseYear"), target.baseYear === null ? none : String(target.baseYear)],
    [t("profile.baseValue"), amount(target.baseValue)],
    [
      t("profile.reduction"),
      target.reductionPercent === null ? none : formatPercent(target.reductionPercent, locale),
    ],
    [t("profile.targetValue"), amount(target.targetValue)],
    [t("profile.bau"), amount(target.bauValue)],
    [t("profile.sectors"), target.sectors.length ? target.sectors.join(", ") : t("profile.allSectors")],
    [t("profile.gases"), target.gases.length ? target.gases.join(", ") : t("profile.allSectors")],
  ];
  return (
    <li className="card target-card">
      <p className="card-title">
        <span className="target-year">{target.targetYear}</span> {labels.targetType(target.type)}
      </p>
      <p className="card-meta">
        {labels.targetScope(target.scope)} · {target.theme} / {target.indicator} ·{" "}
        {labels.targetStatus(target.status)}
      </p>
      <dl className="target-fields">
        {fields.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {target.description && <p className="muted target-description">{target.description}</p>}
      {progress && <TargetProgressPanel view={progress} actual={actual} />}
    </li>
  );
}

/** Targets by target year. */
export function TargetsList({
  targets,
  progress = new Map(),
  actual = [],
}: {
  targets: readonly Target[];
  /** Each target's progress by target id (missing when the API had none). */
  progress?: ReadonlyMap<string, TargetProgressView>;
  /** The jurisdiction's published BASIC totals by year. */
  actual?: readonly YearValue[];
}) {
  const { t } = useTranslation();
  const sorted = [...targets].sort((a, b) => a.targetYear - b.targetYear || a.type.localeCompare(b.type));
  return (
    <Section title={`${t("profile.targets")} (${targets.length})`}>
      {sorted.length === 0 ? (
        <EmptyState title={t("profile.noTargets")} />
      ) : (
        <ul className="card-list target-list">
          {sorted.map((target) => (
            <TargetCard key={target.id} target={target} progress={progress.get(target.id)} actual={actual} />
          ))}
        </ul>
      )}
    </Section>
  );
}
