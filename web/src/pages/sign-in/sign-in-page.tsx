/** The sign-in page: email and password; on success, back to where the user was going (or their work). */
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useSearch } from "wouter";
import { currentUser } from "../../api/auth.ts";
import { ApiError } from "../../api/client.ts";
import { useSession } from "../../auth/session.tsx";
import { useDocumentTitle } from "../../hooks/use-document-title.ts";
import { homeFor } from "./home-for.ts";

/** Where to go after signing in: a local path from `?next=`, never another site. */
export function nextPath(search: string): string | undefined {
  const next = new URLSearchParams(search).get("next");
  return next?.startsWith("/") && !next.startsWith("//") ? next : undefined;
}

/** The page at /sign-in. */
export default function SignInPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("auth.title"));
  const { signIn } = useSession();
  const [, navigate] = useLocation();
  const search = useSearch();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ids = { email: useId(), password: useId(), error: useId() };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const user = await signIn(email.trim(), password);
      // Office staff go to their office: /auth/me names the offices (a failure there only changes where they land).
      const offices = (await currentUser().catch(() => null))?.offices ?? [];
      navigate(nextPath(search) ?? homeFor({ ...user, offices }));
    } catch (e) {
      const status = e instanceof ApiError ? e.status : 0;
      setError(status === 429 ? t("auth.tooMany") : status === 401 ? t("auth.failed") : String(e));
      setBusy(false);
    }
  };

  return (
    <div className="page page-narrow">
      <h1>{t("auth.title")}</h1>
      <p className="lead">{t("auth.intro")}</p>
      <form className="section form-stack" onSubmit={submit} aria-describedby={error ? ids.error : undefined}>
        <div className="field">
          <label htmlFor={ids.email}>{t("auth.email")}</label>
          <input
            id={ids.email}
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.password}>{t("auth.password")}</label>
          <input
            id={ids.password}
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
        {error && (
          <p id={ids.error} className="form-error" role="alert">
            {error}
          </p>
        )}
        <div>
          <button type="submit" disabled={busy}>
            {busy ? t("auth.signingIn") : t("auth.submit")}
          </button>
        </div>
      </form>
    </div>
  );
}
