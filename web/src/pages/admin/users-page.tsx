/** Users at /admin/users (admins): every account with its roles; grant, revoke, disable; create a user. */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Jurisdiction, User } from "../../api/client.ts";
import { allJurisdictions } from "../../api/queries.ts";
import { allUsers, revokeRole, setDisabled } from "../../api/users.ts";
import { RequireRole } from "../../auth/require-role.tsx";
import { Section } from "../../components/section.tsx";
import { ErrorState, Loading } from "../../components/states.tsx";
import { TableScroll } from "../../components/table-scroll.tsx";
import { useAsync } from "../../hooks/use-async.ts";
import { useDocumentTitle } from "../../hooks/use-document-title.ts";
import { CreateUserForm } from "./create-user-form.tsx";
import { GrantForm } from "./grant-form.tsx";

function UserRow({
  user,
  me,
  jurisdictions,
  onChange,
}: {
  user: User;
  me: User;
  jurisdictions: readonly Jurisdiction[];
  onChange: (user: User) => void;
}) {
  const { t } = useTranslation();
  const names = new Map(jurisdictions.map((j) => [j.id, j.name]));
  const [error, setError] = useState<string | null>(null);
  const act = async (work: () => Promise<User>) => {
    try {
      onChange(await work());
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <tr>
      <th scope="row">
        {user.name}
        {user.id === me.id && <span className="muted"> ({t("admin.you")})</span>}
      </th>
      <td>{user.email}</td>
      <td>
        <ul className="role-list">
          {user.roles.map((r) => {
            const label = `${t(`role.${r.role}`)}${r.jurisdictionId ? ` · ${names.get(r.jurisdictionId) ?? r.jurisdictionId}` : ""}`;
            return (
              <li key={r.id}>
                <span className="badge">{label}</span>
                <button
                  type="button"
                  className="button-link"
                  aria-label={t("admin.revoke", { role: label, name: user.name })}
                  onClick={() => void act(() => revokeRole(user, r.id))}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
        <GrantForm user={user} jurisdictions={jurisdictions} onDone={onChange} />
      </td>
      <td>
        {user.disabled ? t("admin.disabled") : t("admin.enabled")}{" "}
        {user.id !== me.id && (
          <button
            type="button"
            className="button-secondary button-small"
            onClick={() => void act(() => setDisabled(user.id, !user.disabled))}
          >
            {user.disabled ? t("admin.enable", { name: user.name }) : t("admin.disable", { name: user.name })}
          </button>
        )}
        {error && (
          <span className="form-error" role="alert">
            {error}
          </span>
        )}
      </td>
    </tr>
  );
}

async function load(signal: AbortSignal) {
  const [users, jurisdictions] = await Promise.all([allUsers(signal), allJurisdictions(signal)]);
  return {
    users: users.items,
    jurisdictions: jurisdictions.items.slice().sort((a, b) => a.name.localeCompare(b.name)),
  };
}

function Users({ me }: { me: User }) {
  const { t } = useTranslation();
  const state = useAsync(load, "users");
  const [changed, setChanged] = useState<Map<string, User>>(new Map());
  if (state.status === "loading") return <Loading />;
  if (state.status === "error") return <ErrorState error={state.error} />;
  const update = (user: User) => setChanged((m) => new Map(m).set(user.id, user));
  const loaded = state.data.users.map((u) => changed.get(u.id) ?? u);
  const added = [...changed.values()].filter((u) => !state.data.users.some((x) => x.id === u.id));
  return (
    <>
      <Section title={t("admin.list")}>
        <TableScroll label={t("admin.list")}>
          <table className="data-table users-table">
            <thead>
              <tr>
                <th scope="col">{t("admin.name")}</th>
                <th scope="col">{t("admin.email")}</th>
                <th scope="col">{t("admin.roles")}</th>
                <th scope="col">{t("admin.state")}</th>
              </tr>
            </thead>
            <tbody>
              {[...loaded, ...added].map((user) => (
                <UserRow
                  key={user.id}
                  user={user}
                  me={me}
                  jurisdictions={state.data.jurisdictions}
                  onChange={update}
                />
              ))}
            </tbody>
          </table>
        </TableScroll>
      </Section>
      <CreateUserForm onCreated={update} />
    </>
  );
}

/** The page. */
export default function UsersPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("admin.title"));
  return (
    <div className="page">
      <h1>{t("admin.title")}</h1>
      <p className="lead">{t("admin.intro")}</p>
      <RequireRole allowed={(user) => user.roles.some((r) => r.role === "admin")}>
        {(me) => <Users me={me} />}
      </RequireRole>
    </div>
  );
}
