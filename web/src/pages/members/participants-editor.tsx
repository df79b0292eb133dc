/** The admin's editor of a programme's participants: role, years, mentor and commitment; add and remove members. */
import { type FormEvent, useState } from "react";
import {
  type Membership,
  type ParticipantInput,
  type Programme,
  removeParticipant,
  setParticipant,
} from "../../api/members.ts";
import { Section } from "../../components/section.tsx";
import { useMembersT } from "../../i18n/members/use-members-t.ts";
import { numberOrNull, SelectField, TextField, textOf } from "../records/fields.tsx";

const ROLES = ["lead", "participant", "mentor"] as const;
type Participant = Programme["participants"][number];

interface Draft {
  role: string;
  since: string;
  until: string;
  mentorId: string;
  commitment: string;
}

const draftOf = (p: Participant | null): Draft => ({
  role: p?.role ?? "participant",
  since: textOf(p?.since ?? new Date().getFullYear()),
  until: textOf(p?.until),
  mentorId: p?.mentorId ?? "",
  commitment: p?.commitment ?? "",
});

const inputOf = (d: Draft): ParticipantInput => ({
  role: d.role as ParticipantInput["role"],
  since: numberOrNull(d.since),
  until: numberOrNull(d.until),
  mentorId: d.role === "mentor" ? null : d.mentorId || null,
  commitment: d.commitment.trim() === "" ? null : d.commitment.trim(),
});

function DraftFields({
  draft,
  set,
  mentors,
}: {
  draft: Draft;
  set: (patch: Partial<Draft>) => void;
  mentors: Participant[];
}) {
  const t = useMembersT();
  return (
    <>
      <SelectField
        label={t("programmes.role")}
        value={draft.role}
        options={ROLES.map((r) => [r, t(`role.${r}`)] as const)}
        onChange={(role) => set({ role })}
      />
      <TextField
        label={t("programmes.since")}
        value={draft.since}
        onChange={(since) => set({ since })}
        numeric
      />
      <TextField
        label={t("programmes.until")}
        value={draft.until}
        onChange={(until) => set({ until })}
        numeric
      />
      {draft.role !== "mentor" && (
        <SelectField
          label={t("programmes.mentor")}
          value={draft.mentorId}
          options={[
            ["", t("programmes.noMentor")] as const,
            ...mentors.map((m) => [m.jurisdictionId, m.jurisdictionName] as const),
          ]}
          onChange={(mentorId) => set({ mentorId })}
        />
      )}
      <TextField
        label={t("programmes.commitment")}
        value={draft.commitment}
        onChange={(commitment) => set({ commitment })}
      />
    </>
  );
}

function ParticipantRow({
  programme,
  participant,
  onChange,
}: {
  programme: Programme;
  participant: Participant;
  onChange: (p: Programme) => void;
}) {
  const t = useMembersT();
  const [draft, setDraft] = useState(() => draftOf(participant));
  const [error, setError] = useState<string | null>(null);
  const mentors = programme.participants.filter(
    (p) => p.role === "mentor" && p.jurisdictionId !== participant.jurisdictionId,
  );
  const run = async (work: () => Promise<Programme>) => {
    setError(null);
    try {
      onChange(await work());
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const save = (event: FormEvent) => {
    event.preventDefault();
    void run(() => setParticipant(programme.id, participant.jurisdictionId, inputOf(draft)));
  };
  return (
    <li className="participant-editor">
      <form className="form-grid" onSubmit={save} aria-label={participant.jurisdictionName}>
        <h3 className="field-wide">{participant.jurisdictionName}</h3>
        <DraftFields draft={draft} set={(patch) => setDraft((d) => ({ ...d, ...patch }))} mentors={mentors} />
        <div className="button-row">
          <button type="submit" aria-label={`${t("admin.save")}: ${participant.jurisdictionName}`}>
            {t("admin.save")}
          </button>
          <button
            type="button"
            className="button-secondary"
            aria-label={`${t("mine.remove")}: ${participant.jurisdictionName}`}
            onClick={() => run(() => removeParticipant(programme.id, participant.jurisdictionId))}
          >
            {t("mine.remove")}
          </button>
        </div>
        {error && (
          <p role="alert" className="form-error">
            {error}
          </p>
        )}
      </form>
    </li>
  );
}

function AddParticipant({
  programme,
  members,
  onChange,
}: {
  programme: Programme;
  members: Membership[];
  onChange: (p: Programme) => void;
}) {
  const t = useMembersT();
  const taking = new Set(programme.participants.map((p) => p.jurisdictionId));
  const candidates = members.filter((m) => m.status !== "ended" && !taking.has(m.jurisdictionId));
  const [jurisdictionId, setJurisdictionId] = useState("");
  const [draft, setDraft] = useState(() => draftOf(null));
  const [error, setError] = useState<string | null>(null);
  if (candidates.length === 0) return <p className="muted">{t("programmes.allIn")}</p>;
  const chosen = candidates.some((m) => m.jurisdictionId === jurisdictionId)
    ? jurisdictionId
    : (candidates[0]?.jurisdictionId ?? "");
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      onChange(await setParticipant(programme.id, chosen, inputOf(draft)));
      setDraft(draftOf(null));
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <form className="form-grid" onSubmit={submit} aria-label={t("programmes.addParticipant")}>
      <h3 className="field-wide">{t("programmes.addParticipant")}</h3>
      <SelectField
        label={t("programmes.member")}
        value={chosen}
        options={candidates.map((m) => [m.jurisdictionId, m.jurisdictionName] as const)}
        onChange={setJurisdictionId}
      />
      <DraftFields
        draft={draft}
        set={(patch) => setDraft((d) => ({ ...d, ...patch }))}
        mentors={programme.participants.filter((p) => p.role === "mentor")}
      />
      <div className="button-row">
        <button type="submit">{t("programmes.add")}</button>
      </div>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </form>
  );
}

/** The participants section of `programme`; `onChange` receives the programme after each write. */
export function ParticipantsEditor({
  programme,
  members,
  onChange,
}: {
  programme: Programme;
  members: Membership[];
  onChange: (p: Programme) => void;
}) {
  const t = useMembersT();
  return (
    <Section title={t("network.participants")}>
      {programme.participants.length === 0 && <p>{t("network.noParticipants")}</p>}
      <ul className="participant-list">
        {programme.participants.map((p) => (
          <ParticipantRow
            // A new key after each write resets the row's draft to what was stored.
            key={`${p.jurisdictionId}:${p.role}:${p.since}:${p.until}:${p.mentorId}:${p.commitment}`}
            programme={programme}
            participant={p}
            onChange={onChange}
          />
        ))}
      </ul>
      <AddParticipant programme={programme} members={members} onChange={onChange} />
    </Section>
  );
}
