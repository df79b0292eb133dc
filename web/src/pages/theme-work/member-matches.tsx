/**
 * On the Gateway page, for a member's reporters and approvers: the approved solutions matched to each of their
 * jurisdictions (an emission sector with no action, an assessed hazard, the sectors of their actions), with why.
 */
import { useTranslation } from "react-i18next";
import type { User } from "../../api/client.ts";
import { getJurisdiction } from "../../api/queries.ts";
import { solutionMatches } from "../../api/theme-work.ts";
import { jurisdictionsOf } from "../../auth/roles.ts";
import { useSession } from "../../auth/session.tsx";
import { AsyncView } from "../../components/async-view.tsx";
import { Section } from "../../components/section.tsx";
import { useAsync } from "../../hooks/use-async.ts";
import { useThemeWorkT } from "../../i18n/theme-work/use-theme-work-t.ts";

const MAX_SHOWN = 5;

function Matches({ jurisdictionId }: { jurisdictionId: string }) {
  const { t } = useTranslation();
  const tw = useThemeWorkT();
  const state = useAsync(async (signal) => {
    const [jurisdiction, found] = await Promise.all([
      getJurisdiction(jurisdictionId, signal),
      solutionMatches(jurisdictionId, signal),
    ]);
    return { name: jurisdiction.name, found };
  }, `matches:${jurisdictionId}`);
  return (
    <AsyncView state={state}>
      {({ name, found }) => (
        <Section title={tw("matches.title", { name })}>
          {found.matches.length === 0 ? (
            <p className="muted">{tw("matches.none")}</p>
          ) : (
            <ol>
              {found.matches.slice(0, MAX_SHOWN).map((m) => (
                <li key={m.solution.id}>
                  <strong>{m.solution.title}</strong> ({m.solution.providerName}) ·{" "}
                  {tw("matches.score", { score: m.score })}
                  <ul className="muted">
                    {m.reasons.map((r) => (
                      <li key={`${r.kind}:${r.sector ?? r.hazard ?? ""}`}>
                        {r.kind === "gap"
                          ? tw("matches.gap", { sector: r.sector, share: Math.round((r.share ?? 0) * 100) })
                          : r.kind === "hazard"
                            ? tw("matches.hazard", { hazard: t(`hazard.${r.hazard}` as "hazard.flood") })
                            : tw("matches.actionSector", { sector: r.sector })}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          )}
          <p className="chart-note">{found.rule}</p>
        </Section>
      )}
    </AsyncView>
  );
}

function ForUser({ user }: { user: User }) {
  const ids = [...new Set([...jurisdictionsOf(user, "reporter"), ...jurisdictionsOf(user, "approver")])];
  return (
    <>
      {ids.map((id) => (
        <Matches key={id} jurisdictionId={id} />
      ))}
    </>
  );
}

/** Shown to the members' reporters and approvers only. */
export function MemberMatches() {
  const { user } = useSession();
  return user ? <ForUser user={user} /> : null;
}
