/** The network pages' navigation links: the network for everyone, "My membership" for members, members for admins. */
import { Link, useLocation } from "wouter";
import { useMembersT } from "../i18n/members/use-members-t.ts";

/** Links to /network, and /members or /admin/members by role. */
export function MembersNav({ work, admin }: { work: boolean; admin: boolean }) {
  const t = useMembersT();
  const [location] = useLocation();
  const link = (href: string, label: string) => (
    <Link href={href} aria-current={location.startsWith(href) ? "page" : undefined}>
      {label}
    </Link>
  );
  return (
    <>
      {link("/network", t("nav"))}
      {work && link("/members", t("navMine"))}
      {admin && link("/admin/members", t("admin.title"))}
    </>
  );
}
