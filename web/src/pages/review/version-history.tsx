/** Every version of an inventory: status, totals, what changed from the one before, content hash, transitions. */
import { useTranslation } from "react-i18next";
import type { VersionSummary } from "../../api/client.ts";
import { Section } from "../../components/section.tsx";
import { formatDate, formatTonnes } from "../../format/format.ts";
import { useLabels } from "../../hooks/use-labels.ts";

function Changes({ version }: { version: VersionSummary }) {
  const { t, i18n } = useTranslation();
  const changes = version.changes;
  if (!changes) return <p className="muted">{t("review.firstVersion")}</p>;
  const tonnes = (v: number) => formatTonnes(v, i18n.language);
  const levels = [
    ["basic", t("level.basic")],
    ["basicPlus", t("level.basicPlus")],
    ["territorial", t("level.territorial")],
  ] as const;
  return (
    <div>
      <p>
        {t("review.diff", {
          added: changes.linesAdded,
          removed: changes.linesRemoved,
          rows: changes.rowsChanged.join(", ") || t("common.none"),
        })}
      </p>
      <ul className="plain-list">
        {levels.map(([key, label]) => {
          const c = changes.totals[key];
          const delta = `${c.delta >= 0 ? "+" : ""}${tonnes(c.delta)}`;
          return (
            <li key={key}>
              {t("review.totalsChange", { level: label, from: tonnes(c.from), to: tonnes(c.to), delta })}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** The section, newest version first. */
export function VersionHistory({
  versions,
  names,
}: {
  versions: VersionSummary[];
  names: ReadonlyMap<string, string>;
}) {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  return (
    <Section title={t("review.history")}>
      <ol className="versions">
        {[...versions]
          .sort((a, b) => b.version - a.version)
          .map((v) => (
            <li key={v.version} className="version">
              <h3>
                {t("review.version", { version: v.version })}{" "}
                <span className={`status status-${v.status}`}>{labels.inventoryStatus(v.status)}</span>
              </h3>
              <p className="muted">
                {formatDate(v.createdAt, i18n.language)}
                {v.publishedAt &&
                  ` · ${t("inventory.published")} ${formatDate(v.publishedAt, i18n.language)}`}
              </p>
              {v.contentHash && (
                <p>
                  {t("inventory.contentHash")}: <code className="hash">{v.contentHash}</code>
                </p>
              )}
              <h4>{t("review.changes")}</h4>
              <Changes version={v} />
              {v.history && v.history.length > 0 && (
                <>
                  <h4>{t("review.transitions")}</h4>
                  <ul className="plain-list">
                    {v.history.map((h) => (
                      <li key={`${h.at}:${h.to}`}>
                        {formatDate(h.at, i18n.language)} ·{" "}
                        {t("review.transitionLine", {
                          from: labels.inventoryStatus(h.from),
                          to: labels.inventoryStatus(h.to),
                        })}{" "}
                        · {names.get(h.actor) ?? h.actor.slice(0, 8)}
                        {h.comment && ` · “${h.comment}”`}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </li>
          ))}
      </ol>
    </Section>
  );
}
