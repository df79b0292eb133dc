/** The Solutions Gateway: approved providers' solutions, filtered by agenda and hazard. */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { listSolutions, type SolutionQuery } from "../../api/themes.ts";
import { AsyncView } from "../../components/async-view.tsx";
import { EmptyState } from "../../components/states.tsx";
import { useAsync } from "../../hooks/use-async.ts";
import { useDocumentTitle } from "../../hooks/use-document-title.ts";
import { MemberMatches } from "../theme-work/member-matches.tsx";
import { MyProviders } from "../theme-work/my-providers.tsx";
import { AGENDA_IDS, HAZARD_IDS } from "./vocabulary.ts";

/** The Gateway page. */
export default function GatewayPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("beyond.gatewayTitle"));
  const [query, setQuery] = useState<SolutionQuery>({});
  const state = useAsync((signal) => listSolutions(query, signal), JSON.stringify(query));
  return (
    <div className="page">
      <h1>{t("beyond.gatewayTitle")}</h1>
      <p className="lead">{t("beyond.gatewayIntro")}</p>
      <div className="filters">
        <label>
          {t("beyond.agenda")}{" "}
          <select
            value={query.agenda ?? ""}
            onChange={(e) =>
              setQuery({ ...query, agenda: (e.target.value || undefined) as SolutionQuery["agenda"] })
            }
          >
            <option value="">{t("beyond.any")}</option>
            {AGENDA_IDS.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>{" "}
        <label>
          {t("beyond.hazard")}{" "}
          <select
            value={query.hazard ?? ""}
            onChange={(e) =>
              setQuery({ ...query, hazard: (e.target.value || undefined) as SolutionQuery["hazard"] })
            }
          >
            <option value="">{t("beyond.any")}</option>
            {HAZARD_IDS.map((h) => (
              <option key={h} value={h}>
                {h}
              </option>
            ))}
          </select>
        </label>
      </div>
      <AsyncView state={state}>
        {(items) =>
          items.length === 0 ? (
            <EmptyState title={t("beyond.noSolutions")} />
          ) : (
            <ul className="cards">
              {items.map((s) => (
                <li key={s.id} className="card">
                  <h2>{s.title}</h2>
                  <p>{s.description}</p>
                  <p className="muted">
                    {t("beyond.provider")}: {s.providerName} ·{" "}
                    {[...s.agendas, ...s.sectors, ...s.hazards].join(", ")}
                  </p>
                </li>
              ))}
            </ul>
          )
        }
      </AsyncView>
      <MemberMatches />
      <MyProviders />
    </div>
  );
}
