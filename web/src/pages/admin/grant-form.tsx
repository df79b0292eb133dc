/** Grants a role to a user (reporter and approver need a jurisdiction). */
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Jurisdiction, RoleName, User } from "../../api/client.ts";
import { grantRole } from "../../api/users.ts";

const ROLES: RoleName[] = ["reporter", "approver", "reviewer", "admin", "funder"];

/** The form in a user's row. */
export function GrantForm({
  user,
  jurisdictions,
  onDone,
}: {
  user: User;
  jurisdictions: readonly Jurisdiction[];
  onDone: (user: User) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [role, setRole] = useState<RoleName>("reporter");
  const [jurisdictionId, setJurisdictionId] = useState("");
  const [error, setError] = useState<string | null>(null);
  const scoped = role === "reporter" || role === "approver";
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (scoped && !jurisdictionId) return setError(t("admin.needsJurisdiction"));
    try {
      onDone(await grantRole(user.id, role, scoped ? jurisdictionId : null));
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <form className="grant-form" onSubmit={submit} aria-label={t("admin.grantTo", { name: user.name })}>
      <label htmlFor={`${id}-r`} className="visually-hidden">
        {t("admin.role")}
      </label>
      <select id={`${id}-r`} value={role} onChange={(e) => setRole(e.target.value as RoleName)}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`role.${r}`)}
          </option>
        ))}
      </select>
      {scoped && (
        <>
          <label htmlFor={`${id}-j`} className="visually-hidden">
            {t("admin.jurisdiction")}
          </label>
          <select id={`${id}-j`} value={jurisdictionId} onChange={(e) => setJurisdictionId(e.target.value)}>
            <option value="">{t("admin.jurisdiction")}…</option>
            {jurisdictions.map((j) => (
              <option key={j.id} value={j.id}>
                {j.name}
              </option>
            ))}
          </select>
        </>
      )}
      <button type="submit" className="button-small">
        {t("admin.grant")}
      </button>
      {error && (
        <span className="form-error" role="alert">
          {error}
        </span>
      )}
    </form>
  );
}
