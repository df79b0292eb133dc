/** The member's public profile: its urban agendas (checkboxes) and its showcase of local action. */
import { type FormEvent, useState } from "react";
import {
  type Agenda,
  type MembershipProfile,
  type ShowcaseItemInput,
  saveProfile,
} from "../../api/members.ts";
import { Section } from "../../components/section.tsx";
import { useMembersT } from "../../i18n/members/use-members-t.ts";
import { numberOrNull, SelectField, TextArea, TextField } from "../records/fields.tsx";
import { agendaLabel } from "./membership-section.tsx";

interface Item {
  key: number;
  kind: ShowcaseItemInput["kind"];
  title: string;
  description: string;
  url: string;
  imageUrl: string;
  year: string;
}

let nextKey = 0;
const itemOf = (s?: MembershipProfile["showcase"][number]): Item => ({
  key: nextKey++,
  kind: s?.kind ?? "action",
  title: s?.title ?? "",
  description: s?.description ?? "",
  url: s?.url ?? "",
  imageUrl: s?.imageUrl ?? "",
  year: s?.year ? String(s.year) : "",
});

/** Edits the agendas and showcase; `onSaved` gets the new profile. */
export function ProfileForm({
  profile,
  agendas,
  onSaved,
}: {
  profile: MembershipProfile;
  agendas: Agenda[];
  onSaved: (saved: MembershipProfile) => void;
}) {
  const t = useMembersT();
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(profile.agendas));
  const [items, setItems] = useState<Item[]>(() => profile.showcase.map(itemOf));
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const set = (key: number, patch: Partial<Item>) =>
    setItems((all) => all.map((x) => (x.key === key ? { ...x, ...patch } : x)));
  const blank = (s: string) => (s.trim() === "" ? null : s.trim());
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    try {
      const saved = await saveProfile(profile.id, profile.version, {
        agendas: agendas.map((a) => a.id).filter((id) => chosen.has(id)) as Agenda["id"][],
        showcase: items.map((x) => ({
          kind: x.kind,
          title: x.title.trim(),
          description: blank(x.description),
          url: blank(x.url),
          imageUrl: blank(x.imageUrl),
          year: numberOrNull(x.year),
        })),
      });
      onSaved(saved);
      setMessage({ error: false, text: t("mine.saved") });
    } catch (error) {
      setMessage({ error: true, text: (error as Error).message });
    }
  };
  return (
    <Section title={t("mine.profileTitle")}>
      <p className="muted">{t("mine.profileIntro")}</p>
      <form onSubmit={submit} aria-label={t("mine.profileTitle")}>
        <fieldset className="checkbox-grid">
          <legend>{t("profile.agendas")}</legend>
          {agendas.map((a) => (
            <label key={a.id}>
              <input
                type="checkbox"
                checked={chosen.has(a.id)}
                onChange={(e) =>
                  setChosen((s) => {
                    const next = new Set(s);
                    if (e.target.checked) next.add(a.id);
                    else next.delete(a.id);
                    return next;
                  })
                }
              />{" "}
              {a.number}. {agendaLabel(t, a.id)}
            </label>
          ))}
        </fieldset>
        {items.map((x, i) => (
          <fieldset key={x.key} className="form-grid">
            <legend>
              {t("profile.showcase")} {i + 1}
            </legend>
            <SelectField
              label={t("profile.showcase")}
              value={x.kind}
              options={(["action", "achievement"] as const).map((k) => [k, t(`mine.itemKind.${k}`)] as const)}
              onChange={(v) => set(x.key, { kind: v as Item["kind"] })}
            />
            <TextField
              label={t("mine.itemTitle")}
              value={x.title}
              required
              onChange={(v) => set(x.key, { title: v })}
            />
            <TextField
              label={t("mine.itemYear")}
              value={x.year}
              numeric
              onChange={(v) => set(x.key, { year: v })}
            />
            <TextField label={t("mine.itemUrl")} value={x.url} onChange={(v) => set(x.key, { url: v })} />
            <TextField
              label={t("mine.itemImage")}
              value={x.imageUrl}
              onChange={(v) => set(x.key, { imageUrl: v })}
            />
            <TextArea
              label={t("mine.itemDescription")}
              value={x.description}
              onChange={(v) => set(x.key, { description: v })}
            />
            <div className="button-row">
              <button
                type="button"
                className="button-secondary"
                onClick={() => setItems((all) => all.filter((y) => y.key !== x.key))}
              >
                {t("mine.remove")}
              </button>
            </div>
          </fieldset>
        ))}
        <div className="button-row">
          <button
            type="button"
            className="button-secondary"
            onClick={() => setItems((all) => [...all, itemOf()])}
          >
            {t("mine.addItem")}
          </button>
          <button type="submit">{t("mine.saveProfile")}</button>
        </div>
        {message && (
          <p role={message.error ? "alert" : "status"} className={message.error ? "form-error" : "form-ok"}>
            {message.text}
          </p>
        )}
      </form>
    </Section>
  );
}
