/** An office's staff on /offices/:id: its staff see who works for it; admins assign users and remove them. */
import { type FormEvent, useState } from "react";
import type { User } from "../../api/client.ts";
import { addOfficeStaff, type OfficeStaff, officeStaff, removeOfficeStaff } from "../../api/members.ts";
import { allUsers } from "../../api/users.ts";
import { Section } from "../../components/section.tsx";
import { useAsync } from "../../hooks/use-async.ts";
import { useMembersT } from "../../i18n/members/use-members-t.ts";
import { SelectField } from "../records/fields.tsx";

function AssignForm({
  users,
  staff,
  onAssign,
}: {
  users: User[];
  staff: OfficeStaff[];
  onAssign: (userId: string) => Promise<void>;
}) {
  const t = useMembersT();
  const onStaff = new Set(staff.map((s) => s.userId));
  const candidates = users.filter((u) => !u.disabled && !onStaff.has(u.id));
  const [userId, setUserId] = useState("");
  const chosen = candidates.some((u) => u.id === userId) ? userId : (candidates[0]?.id ?? "");
  if (candidates.length === 0) return <p className="muted">{t("staff.noCandidates")}</p>;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await onAssign(chosen);
  };
  return (
    <form className="form-grid" onSubmit={submit} aria-label={t("staff.assign")}>
      <SelectField
        label={t("staff.user")}
        value={chosen}
        options={candidates.map((u) => [u.id, `${u.name} <${u.email}>`] as const)}
        onChange={setUserId}
      />
      <div className="button-row">
        <button type="submit">{t("staff.assign")}</button>
      </div>
    </form>
  );
}

/** The staff section of office `officeId`; `admin` shows the assign and remove controls. */
export function OfficeStaffPanel({ officeId, admin }: { officeId: string; admin: boolean }) {
  const t = useMembersT();
  const state = useAsync(
    async (signal) => ({
      staff: await officeStaff(officeId, signal),
      users: admin ? (await allUsers(signal)).items : [],
    }),
    `${officeId}:${admin}`,
  );
  const [staff, setStaff] = useState<OfficeStaff[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  if (state.status !== "ready") return null;
  const current = staff ?? state.data.staff;
  const run = async (work: () => Promise<OfficeStaff[]>, done: string) => {
    setError(null);
    setMessage(null);
    try {
      setStaff(await work());
      setMessage(done);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <Section title={t("staff.title")}>
      <p className="muted">{t("staff.intro")}</p>
      {current.length === 0 ? (
        <p>{t("staff.none")}</p>
      ) : (
        <ul className="staff-list">
          {current.map((s) => (
            <li key={s.userId}>
              {s.name} &lt;{s.email}&gt;{" "}
              {admin && (
                <button
                  type="button"
                  className="button-secondary"
                  aria-label={`${t("staff.remove")}: ${s.name}`}
                  onClick={() =>
                    run(() => removeOfficeStaff(officeId, s.userId), t("staff.removed", { name: s.name }))
                  }
                >
                  {t("staff.remove")}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {admin && (
        <AssignForm
          users={state.data.users}
          staff={current}
          onAssign={(userId) => {
            const name = state.data.users.find((u) => u.id === userId)?.name ?? "";
            return run(() => addOfficeStaff(officeId, userId), t("staff.assigned", { name }));
          }}
        />
      )}
      <p role="status" className="form-ok">
        {message}
      </p>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </Section>
  );
}
