/** The member's contacts: rows of role, name, position, email and phone, added, removed and saved together. */
import { type FormEvent, useState } from "react";
import type { ContactInput, MembershipPrivate } from "../../api/members.ts";
import { saveContacts } from "../../api/members.ts";
import { Section } from "../../components/section.tsx";
import { useMembersT } from "../../i18n/members/use-members-t.ts";
import { SelectField, TextField } from "../records/fields.tsx";

const ROLES = ["mayor", "focal-point", "technical-officer", "other"] as const;

interface Row {
  key: number;
  role: ContactInput["role"];
  name: string;
  title: string;
  email: string;
  phone: string;
}

let nextKey = 0;
const rowOf = (c?: MembershipPrivate["contacts"][number]): Row => ({
  key: nextKey++,
  role: c?.role ?? "focal-point",
  name: c?.name ?? "",
  title: c?.title ?? "",
  email: c?.email ?? "",
  phone: c?.phone ?? "",
});

/** Turns the form rows into the API's contacts (blank optional fields become null). */
export function contactsOf(rows: ReadonlyArray<Omit<Row, "key">>): ContactInput[] {
  const blank = (s: string) => (s.trim() === "" ? null : s.trim());
  return rows.map((r) => ({
    role: r.role,
    name: r.name.trim(),
    title: blank(r.title),
    email: blank(r.email),
    phone: blank(r.phone),
  }));
}

/** Edits and saves the contacts; `onSaved` gets the new private view (with the membership's new version). */
export function ContactsForm({
  membershipId,
  version,
  contacts,
  onSaved,
}: {
  membershipId: string;
  version: number;
  contacts: MembershipPrivate["contacts"];
  onSaved: (saved: MembershipPrivate) => void;
}) {
  const t = useMembersT();
  const [rows, setRows] = useState<Row[]>(() => contacts.map(rowOf));
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (key: number, patch: Partial<Row>) =>
    setRows((all) => all.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setMessage(null);
    try {
      const saved = await saveContacts(membershipId, version, contactsOf(rows));
      onSaved(saved);
      setMessage({ error: false, text: t("mine.saved") });
    } catch (error) {
      setMessage({ error: true, text: (error as Error).message });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Section title={t("mine.contacts")}>
      <p className="muted">{t("mine.contactsIntro")}</p>
      <form onSubmit={submit} aria-label={t("mine.contacts")}>
        {rows.length === 0 && <p>{t("mine.noContacts")}</p>}
        {rows.map((r, i) => (
          <fieldset key={r.key} className="form-grid contact-row">
            <legend>
              {t("mine.contacts")} {i + 1}
            </legend>
            <SelectField
              label={t("mine.contactRole")}
              value={r.role}
              options={ROLES.map((x) => [x, t(`mine.contactRoles.${x}`)] as const)}
              onChange={(v) => set(r.key, { role: v as Row["role"] })}
            />
            <TextField
              label={t("mine.name")}
              value={r.name}
              required
              onChange={(v) => set(r.key, { name: v })}
            />
            <TextField
              label={t("mine.position")}
              value={r.title}
              onChange={(v) => set(r.key, { title: v })}
            />
            <TextField label={t("mine.email")} value={r.email} onChange={(v) => set(r.key, { email: v })} />
            <TextField label={t("mine.phone")} value={r.phone} onChange={(v) => set(r.key, { phone: v })} />
            <div className="button-row">
              <button
                type="button"
                className="button-secondary"
                onClick={() => setRows((all) => all.filter((x) => x.key !== r.key))}
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
            onClick={() => setRows((all) => [...all, rowOf()])}
          >
            {t("mine.addContact")}
          </button>
          <button type="submit" disabled={busy}>
            {busy ? t("mine.saving") : t("mine.saveContacts")}
          </button>
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
