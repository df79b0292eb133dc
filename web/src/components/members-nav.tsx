/**
 * The network pages' navigation links: the network for everyone, "My membership" for members, the office page
 * for office staff (from /auth/me's offices), members and programmes for admins.
 */
import { Link, useLocation } from "wouter";
import { useSession } from "../auth/session.tsx";
import { useMembersT } from "../i18n/members/use-members-t.ts";

/** Links to /network, and /members, /offices/:id or /admin/members by role. */
export function MembersNav({ work, admin }: { work: boolean; admin: boolean }) {
  const t = useMembersT();
  const { offices } = useSession();
  const [location] = useLocation();
  const link = (href: string, label: string) => (
    <Link key={href} href={href} aria-current={location.startsWith(href) ? "page" : undefined}>
      {label}
    </Link>
  );
  return (
    <>
      {link("/network", t("nav"))}
      {work && link("/members", t("navMine"))}
      {offices.map((o) =>
        link(
          `/offices/${o.id}`,
          offices.length === 1 ? t("navOffice") : t("navOfficeNamed", { name: o.name }),
        ),
      )}
      {admin && link("/admin/members", t("admin.title"))}
      {admin && link("/admin/programmes", t("programmes.adminTitle"))}
    </>
  );
}
