/** The page frame: skip link, header with navigation (by role), account and language, main landmark, footer. */
import { type ReactNode, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "wouter";
import { navigationFor } from "../auth/roles.ts";
import { useSession } from "../auth/session.tsx";
import { AccountMenu } from "./account-menu.tsx";
import { LanguageSwitcher } from "./language-switcher.tsx";
import { MembersNav } from "./members-nav.tsx";

function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const [location] = useLocation();
  const current = href === "/" ? location === "/" : location.startsWith(href);
  return (
    <Link href={href} aria-current={current ? "page" : undefined}>
      {children}
    </Link>
  );
}

/** Moves focus to the main region after client-side navigation, so screen readers start at the new page. */
function useFocusOnNavigate() {
  const [location] = useLocation();
  const main = useRef<HTMLElement>(null);
  const previous = useRef(location);
  useEffect(() => {
    if (previous.current === location) return;
    previous.current = location;
    main.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [location]);
  return main;
}

/** Wraps every page. */
export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const main = useFocusOnNavigate();
  const { user } = useSession();
  const nav = navigationFor(user);
  return (
    <>
      <a className="skip-link" href="#main">
        {t("app.skip")}
      </a>
      <header className="site-header">
        <div className="header-inner">
          <Link href="/" className="brand">
            <span className="brand-mark" aria-hidden="true">
              LL
            </span>
            <span>
              <span className="brand-name">LocalLedger</span>
              <span className="brand-tagline">{t("app.tagline")}</span>
            </span>
          </Link>
          <nav aria-label={t("app.nav")} className="site-nav">
            <NavLink href="/">{t("app.dashboard")}</NavLink>
            <NavLink href="/jurisdictions">{t("app.directory")}</NavLink>
            <NavLink href="/themes">{t("beyond.nav")}</NavLink>
            <NavLink href="/tap">{t("beyond.tapNav")}</NavLink>
            <NavLink href="/gateway">{t("beyond.gatewayNav")}</NavLink>
            <NavLink href="/open-data">{t("app.openData")}</NavLink>
            <MembersNav work={nav.work} admin={nav.admin} />
            <a href="/api/docs">{t("app.apiDocs")}</a>
            {nav.work && <NavLink href="/work">{t("nav.work")}</NavLink>}
            {nav.review && <NavLink href="/review">{t("nav.review")}</NavLink>}
            {nav.admin && <NavLink href="/admin">{t("nav.admin")}</NavLink>}
            {user && <NavLink href="/account/tokens">{t("nav.tokens")}</NavLink>}
          </nav>
          <div className="header-tools">
            <AccountMenu />
            <LanguageSwitcher />
          </div>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{t("app.footer")}</p>
      </footer>
    </>
  );
}
