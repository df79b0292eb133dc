/** The form a member founds a WorkNet with: a name, the shared challenge and its agendas; the member joins it. */
import { type FormEvent, useState } from "react";
import { createWorknet, type Worknet } from "../../api/members.ts";
import { useMembersT } from "../../i18n/members/use-members-t.ts";
import { TextArea, TextField } from "../records/fields.tsx";
import { AgendaCheckboxes, type AgendaId } from "./agenda-checkboxes.tsx";

/** Founds a WorkNet for member `jurisdictionId`; `onCreated` receives it. */
export function WorknetForm({
  jurisdictionId,
  onCreated,
}: {
  jurisdictionId: string;
  onCreated: (net: Worknet) => void;
}) {
  const t = useMembersT();
  const [name, setName] = useState("");
  const [challenge, setChallenge] = useState("");
  const [agendas, setAgendas] = useState<AgendaId[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setCreated(null);
    try {
      const net = await createWorknet({ name, challenge, agendas, jurisdictionId });
      onCreated(net);
      setCreated(t("worknet.created", { name: net.name }));
      setName("");
      setChallenge("");
      setAgendas([]);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <form className="form-grid" onSubmit={submit} aria-label={t("worknet.create")}>
      <h3 className="field-wide">{t("worknet.create")}</h3>
      <p className="muted field-wide">{t("worknet.createIntro")}</p>
      <TextField label={t("worknet.name")} value={name} onChange={setName} required />
      <TextArea label={t("network.challenge")} value={challenge} onChange={setChallenge} />
      <AgendaCheckboxes legend={t("network.agendas")} value={agendas} onChange={setAgendas} />
      <div className="button-row">
        <button type="submit">{t("worknet.createButton")}</button>
      </div>
      <p role="status" className="form-ok">
        {created}
      </p>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </form>
  );
}
