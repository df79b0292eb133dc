/** An office's members at /offices/:id (its staff and admins): facts, contacts, invoices; issue and mark paid. */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "wouter";
import { ApiError } from "../../api/client.ts";
import {
  issueInvoice,
  listOffices,
  type MembershipPrivate,
  markPaid,
  officeMembers,
} from "../../api/members.ts";
import { useSession } from "../../auth/session.tsx";
import { EmptyState, ErrorState, Loading } from "../../components/states.tsx";
import { formatInteger } from "../../format/format.ts";
import { useAsync } from "../../hooks/use-async.ts";
import { useDocumentTitle } from "../../hooks/use-document-title.ts";
import { useMembersT } from "../../i18n/members/use-members-t.ts";
import { MembershipFacts } from "./membership-section.tsx";
import { OfficeStaffPanel } from "./office-staff-panel.tsx";

const THIS_YEAR = new Date().getFullYear();

function MemberCard({ initial }: { initial: MembershipPrivate }) {
  const t = useMembersT();
  const { i18n } = useTranslation();
  const [item, setItem] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const m = item.membership;
  const run = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      const fresh = (await officeMembers(m.officeId ?? "")).find((x) => x.membership.id === m.id);
      if (fresh) setItem(fresh);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const hasThisYear = item.invoices.some((i) => i.year === THIS_YEAR);
  return (
    <article className="membership-panel" aria-labelledby={`o-${m.id}`}>
      <h2 id={`o-${m.id}`}>
        <Link href={`/jurisdictions/${m.jurisdictionId}`}>{m.jurisdictionName}</Link>
      </h2>
      <MembershipFacts m={m} />
      <h3>{t("mine.contacts")}</h3>
      {item.contacts.length === 0 ? (
        <p>{t("mine.noContacts")}</p>
      ) : (
        <ul>
          {item.contacts.map((c) => (
            <li key={c.id}>
              {t(`mine.contactRoles.${c.role}`)}: {c.name}
              {c.title ? `, ${c.title}` : ""}
              {c.email ? ` · ${c.email}` : ""}
              {c.phone ? ` · ${c.phone}` : ""}
            </li>
          ))}
        </ul>
      )}
      <h3>{t("mine.invoices")}</h3>
      {item.invoices.length === 0 && <p>{t("mine.noInvoices")}</p>}
      <ul>
        {item.invoices.map((inv) => (
          <li key={inv.id}>
            {inv.year}: {formatInteger(inv.amount, i18n.language)} {inv.currency} —{" "}
            {t(`mine.invoiceStatus.${inv.status}`)}
            {inv.status === "due" && (
              <>
                {" "}
                <button
                  type="button"
                  className="button-secondary"
                  onClick={() => run(() => markPaid(m.id, inv.id))}
                >
                  {t("office.markPaid")}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      {!hasThisYear && m.fee.annualFee !== null && (
        <button type="button" onClick={() => run(() => issueInvoice(m.id, THIS_YEAR))}>
          {t("office.issue", { year: THIS_YEAR })}
        </button>
      )}
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </article>
  );
}

/** The page. */
export default function OfficePage() {
  const t = useMembersT();
  const { id = "" } = useParams<{ id: string }>();
  const { user } = useSession();
  const admin = user?.roles.some((r) => r.role === "admin") ?? false;
  const state = useAsync(
    async (signal) => {
      const offices = await listOffices(signal);
      const office = offices.find((o) => o.id === id) ?? null;
      const members = await officeMembers(id, signal).catch((e: unknown) => {
        if (e instanceof ApiError && (e.status === 401 || e.status === 403)) return null;
        throw e;
      });
      return { office, members };
    },
    `${id}:${user?.id ?? ""}`,
  );
  useDocumentTitle(state.status === "ready" ? state.data.office?.name : t("office.title"));
  if (state.status === "loading") return <Loading />;
  if (state.status === "error") return <ErrorState error={state.error} />;
  const { office, members } = state.data;
  return (
    <div className="page">
      <nav aria-label="breadcrumb" className="breadcrumb">
        <Link href="/network">{t("network.title")}</Link>
      </nav>
      <h1>{office?.name ?? t("office.title")}</h1>
      <p className="lead">{t("office.intro")}</p>
      {members !== null && <OfficeStaffPanel officeId={id} admin={admin} />}
      {members === null ? (
        <EmptyState title={t("office.title")}>{t("office.forbidden")}</EmptyState>
      ) : members.length === 0 ? (
        <EmptyState title={t("office.noMembers")} />
      ) : (
        members.map((m) => <MemberCard key={m.membership.id} initial={m} />)
      )}
    </div>
  );
}
