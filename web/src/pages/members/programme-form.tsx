/** The admin's form for a programme, network or project: key (new only), name, kind, agendas, years, lead office. */
import { type FormEvent, useState } from "react";
import { type Office, type Programme, type ProgrammeInput, saveProgramme } from "../../api/members.ts";
import { Section } from "../../components/section.tsx";
import { useMembersT } from "../../i18n/members/use-members-t.ts";
import { numberOrNull, SelectField, TextArea, TextField, textOf } from "../records/fields.tsx";
import { AgendaCheckboxes, type AgendaId } from "./agenda-checkboxes.tsx";

const KINDS = ["programme", "network", "project"] as const;
const orNull = (text: string) => (text.trim() === "" ? null : text.trim());

/** Creates a programme (no `existing`) or edits `existing`; `onSaved` receives the stored programme. */
export function ProgrammeForm({
  existing,
  offices,
  onSaved,
}: {
  existing: Programme | null;
  offices: Office[];
  onSaved: (p: Programme) => void;
}) {
  const t = useMembersT();
  const [key, setKey] = useState("");
  const [name, setName] = useState(existing?.name ?? "");
  const [kind, setKind] = useState(existing?.kind ?? "programme");
  const [agendas, setAgendas] = useState<AgendaId[]>((existing?.agendas ?? []) as AgendaId[]);
  const [description, setDescription] = useState(existing?.description ?? "");
  const [url, setUrl] = useState(existing?.url ?? "");
  const [region, setRegion] = useState(existing?.region ?? "");
  const [startYear, setStartYear] = useState(textOf(existing?.startYear));
  const [endYear, setEndYear] = useState(textOf(existing?.endYear));
  const [leadOfficeId, setLeadOfficeId] = useState(existing?.leadOffice?.id ?? "");
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setSaved(null);
    const input: ProgrammeInput = {
      name,
      kind: kind as ProgrammeInput["kind"],
      agendas,
      description: orNull(description),
      url: orNull(url),
      region: orNull(region),
      startYear: numberOrNull(startYear),
      endYear: numberOrNull(endYear),
      leadOfficeId: leadOfficeId || null,
    };
    try {
      const p = await saveProgramme(input, existing ? { id: existing.id } : { key: key.trim() });
      setSaved(t("programmes.saved", { name: p.name }));
      onSaved(p);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const title = existing ? t("programmes.edit", { name: existing.name }) : t("programmes.create");
  return (
    <Section title={title}>
      <form className="form-grid" onSubmit={submit} aria-label={title}>
        {!existing && <TextField label={t("programmes.key")} value={key} onChange={setKey} required />}
        <TextField label={t("mine.name")} value={name} onChange={setName} required />
        <SelectField
          label={t("programmes.kind")}
          value={kind}
          options={KINDS.map((k) => [k, t(`programmes.kinds.${k}`)] as const)}
          onChange={setKind}
        />
        <SelectField
          label={t("programmes.leadOffice")}
          value={leadOfficeId}
          options={[["", t("admin.noOffice")] as const, ...offices.map((o) => [o.id, o.name] as const)]}
          onChange={setLeadOfficeId}
        />
        <TextField label={t("programmes.startYear")} value={startYear} onChange={setStartYear} numeric />
        <TextField label={t("programmes.endYear")} value={endYear} onChange={setEndYear} numeric />
        <TextField label={t("programmes.region")} value={region} onChange={setRegion} />
        <TextField label={t("mine.itemUrl")} value={url} onChange={setUrl} />
        <TextArea label={t("mine.itemDescription")} value={description} onChange={setDescription} />
        <AgendaCheckboxes legend={t("network.agendas")} value={agendas} onChange={setAgendas} />
        <div className="button-row">
          <button type="submit">{existing ? t("admin.save") : t("programmes.createButton")}</button>
        </div>
        <p role="status" className="form-ok">
          {saved}
        </p>
        {error && (
          <p role="alert" className="form-error">
            {error}
          </p>
        )}
      </form>
    </Section>
  );
}
