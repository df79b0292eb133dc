/** WorkNets a member can join or leave, with their challenge and members, and the form to found one. */
import { useState } from "react";
import { joinWorknet, leaveWorknet, type Worknet } from "../../api/members.ts";
import { Section } from "../../components/section.tsx";
import { useMembersT } from "../../i18n/members/use-members-t.ts";
import { agendaLabel } from "./membership-section.tsx";
import { WorknetForm } from "./worknet-form.tsx";

/** The panel for the member `jurisdictionId`. */
export function WorknetsPanel({ jurisdictionId, initial }: { jurisdictionId: string; initial: Worknet[] }) {
  const t = useMembersT();
  const [nets, setNets] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const act = async (net: Worknet, join: boolean) => {
    setError(null);
    try {
      const next = join
        ? await joinWorknet(net.id, jurisdictionId)
        : await leaveWorknet(net.id, jurisdictionId);
      setNets((all) => all.map((n) => (n.id === next.id ? next : n)));
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <Section title={t("mine.worknets")}>
      <p className="muted">{t("network.worknetsIntro")}</p>
      {nets.length === 0 && <p>{t("network.noWorknets")}</p>}
      <ul className="worknet-list">
        {nets.map((n) => {
          const member = n.members.some((m) => m.jurisdictionId === jurisdictionId);
          return (
            <li key={n.id} className="worknet">
              <h3>{n.name}</h3>
              <p>{n.challenge}</p>
              <p className="muted">
                {n.agendas.map((a) => agendaLabel(t, a)).join(" · ")} — {t("network.members")}:{" "}
                {n.members.length}
              </p>
              {member && <p className="form-ok">{t("mine.member")}</p>}
              <button
                type="button"
                className={member ? "button-secondary" : undefined}
                aria-label={`${member ? t("mine.leave") : t("mine.join")}: ${n.name}`}
                onClick={() => act(n, !member)}
              >
                {member ? t("mine.leave") : t("mine.join")}
              </button>
            </li>
          );
        })}
      </ul>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <WorknetForm
        jurisdictionId={jurisdictionId}
        onCreated={(net) => setNets((all) => [...all, net].sort((a, b) => a.name.localeCompare(b.name)))}
      />
    </Section>
  );
}
