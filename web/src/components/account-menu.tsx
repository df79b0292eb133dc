/** The header's account area: a sign-in link, or who is signed in with a sign-out button. */
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "wouter";
import { useSession } from "../auth/session.tsx";

/** Sign in / signed in as … · Sign out. */
export function AccountMenu() {
  const { t } = useTranslation();
  const { user, status, signOut } = useSession();
  const [, navigate] = useLocation();
  if (status === "loading") return null;
  if (!user) {
    return (
      <Link href="/sign-in" className="account-link">
        {t("auth.signIn")}
      </Link>
    );
  }
  return (
    <div className="account">
      <span className="account-name">{t("auth.signedInAs", { name: user.name })}</span>
      <button
        type="button"
        className="button-secondary button-small"
        onClick={() => void signOut().then(() => navigate("/"))}
      >
        {t("auth.signOut")}
      </button>
    </div>
  );
}
