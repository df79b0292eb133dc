/** Shows a signed-in page only to users who hold one of its roles; others get a sign-in link or a refusal. */
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "wouter";
import type { User } from "../api/client.ts";
import { EmptyState, Loading } from "../components/states.tsx";
import { useSession } from "./session.tsx";

/** Renders `children(user)` when the user is signed in and `allowed(user)`. */
export function RequireRole({
  allowed,
  children,
}: {
  allowed: (user: User) => boolean;
  children: (user: User) => ReactNode;
}) {
  const { t } = useTranslation();
  const { status, user } = useSession();
  const [location] = useLocation();
  if (status === "loading") return <Loading />;
  if (status === "error") {
    return (
      <EmptyState title={t("auth.sessionError")}>
        <p>{t("auth.sessionErrorText")}</p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t("auth.retry")}
        </button>
      </EmptyState>
    );
  }
  if (!user) {
    return (
      <div className="page">
        <h1>{t("auth.needSignIn")}</h1>
        <p>{t("auth.needSignInText")}</p>
        <Link className="button" href={`/sign-in?next=${encodeURIComponent(location)}`}>
          {t("auth.signIn")}
        </Link>
      </div>
    );
  }
  if (!allowed(user)) {
    return (
      <div className="page">
        <h1>{t("auth.forbidden")}</h1>
        <EmptyState title={t("auth.forbidden")}>{t("auth.forbiddenText")}</EmptyState>
      </div>
    );
  }
  return <>{children(user)}</>;
}
