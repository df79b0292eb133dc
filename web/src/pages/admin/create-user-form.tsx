/** Creates a user with an initial password (roles are granted afterwards, in the list). */
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { User } from "../../api/client.ts";
import { createUser } from "../../api/users.ts";
import { Section } from "../../components/section.tsx";
import { TextField } from "../records/fields.tsx";

/** The section. */
export function CreateUserForm({ onCreated }: { onCreated: (user: User) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const user = await createUser({ name: name.trim(), email: email.trim(), password, roles: [] });
      setMessage({ error: false, text: t("admin.created", { email: user.email }) });
      setName("");
      setEmail("");
      setPassword("");
      onCreated(user);
    } catch (e) {
      setMessage({ error: true, text: e instanceof Error ? e.message : String(e) });
    }
  };
  return (
    <Section title={t("admin.create")}>
      <form onSubmit={submit}>
        <div className="form-grid">
          <TextField label={t("admin.name")} value={name} onChange={setName} required />
          <TextField label={t("admin.email")} value={email} onChange={setEmail} required />
          <TextField label={t("admin.password")} value={password} onChange={setPassword} required />
        </div>
        <p className="muted">{t("admin.passwordHint")}</p>
        <button type="submit">{t("admin.createButton")}</button>
        {message && (
          <p role={message.error ? "alert" : "status"} className={message.error ? "form-error" : "form-ok"}>
            {message.text}
          </p>
        )}
      </form>
    </Section>
  );
}
