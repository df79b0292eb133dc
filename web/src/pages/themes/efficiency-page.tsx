/** The 10% efficiency-gain programme: the totals and every published commitment's progress. */
import { useTranslation } from "react-i18next";
import { efficiencyProgramme } from "../../api/themes.ts";
import { AsyncView } from "../../components/async-view.tsx";
import { Section } from "../../components/section.tsx";
import { EmptyState } from "../../components/states.tsx";
import { TableScroll } from "../../components/table-scroll.tsx";
import { useAsync } from "../../hooks/use-async.ts";
import { useDocumentTitle } from "../../hooks/use-document-title.ts";

const pct = (v: number | null | undefined) =>
  v === null || v === undefined ? "—" : `${v.toLocaleString(undefined, { maximumFractionDigits: 1 })}%`;

/** The programme page. */
export default function EfficiencyPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("beyond.efficiencyTitle"));
  const state = useAsync((signal) => efficiencyProgramme(signal), "efficiency");
  return (
    <div className="page">
      <h1>{t("beyond.efficiencyTitle")}</h1>
      <p className="lead">{t("beyond.efficiencyIntro")}</p>
      <AsyncView state={state}>
        {(p) => (
          <>
            <dl className="key-facts">
              <div>
                <dt>{t("beyond.commitments")}</dt>
                <dd>{p.summary.commitments}</dd>
              </div>
              <div>
                <dt>{t("beyond.members")}</dt>
                <dd>{p.summary.members}</dd>
              </div>
              <div>
                <dt>{t("beyond.reached")}</dt>
                <dd>{p.summary.byStatus.reached ?? 0}</dd>
              </div>
              <div>
                <dt>{t("beyond.reachedShare")}</dt>
                <dd>{pct(p.summary.reachedShare === null ? null : p.summary.reachedShare * 100)}</dd>
              </div>
              <div>
                <dt>{t("beyond.meanReduction")}</dt>
                <dd>{pct(p.summary.meanLatestReductionPercent)}</dd>
              </div>
            </dl>
            <Section title={t("beyond.commitments")}>
              {p.commitments.length === 0 ? (
                <EmptyState title={t("beyond.noCommitments")} />
              ) : (
                <TableScroll label={t("beyond.commitments")}>
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">{t("beyond.member")}</th>
                        <th scope="col">{t("beyond.resource")}</th>
                        <th scope="col">{t("beyond.baseline")}</th>
                        <th scope="col">{t("beyond.latest")}</th>
                        <th scope="col">{t("beyond.reduction")}</th>
                        <th scope="col">{t("beyond.status")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {p.commitments.map((c) => (
                        <tr key={c.targetId}>
                          <th scope="row">{c.jurisdictionName}</th>
                          <td>{c.resource}</td>
                          <td>
                            {c.baselineYear}: {c.baselineValue.toLocaleString()} {c.unit}
                          </td>
                          <td>
                            {c.latest
                              ? `${c.latest.year}: ${c.latest.value.toLocaleString()} ${c.unit}`
                              : "—"}
                          </td>
                          <td className="num">{pct(c.latest?.reductionPercent)}</td>
                          <td>
                            <span className={`status status-${c.status}`}>
                              {t(`beyond.statuses.${c.status}`)}
                            </span>
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableScroll>
              )}
              <p className="muted">{p.rule}</p>
            </Section>
          </>
        )}
      </AsyncView>
    </div>
  );
}
