/** Members administration at /admin/members (admins): every membership's status, level and office; enrol a member. */
import { type FormEvent, useState } from "react";
import { Link } from "wouter";
import type { Jurisdiction } from "../../api/client.ts";
import {
  allMemberships,
  listOffices,
  type Membership,
  type MembershipInput,
  type Office,
  saveMembership,
} from "../../api/members.ts";
import { allJurisdictions } from "../../api/queries.ts";
import { RequireRole } from "../../auth/require-role.tsx";
import { AsyncView } from "../../components/async-view.tsx";
import { Section } from "../../components/section.tsx";
import { TableScroll } from "../../components/table-scroll.tsx";
import { useAsync } from "../../hooks/use-async.ts";
import { useDocumentTitle } from "../../hooks/use-document-title.ts";
import { type MembersT, useMembersT } from "../../i18n/members/use-members-t.ts";
import { SelectField } from "../records/fields.tsx";

const STATUSES = ["applied", "active", "lapsed", "ended"] as const;
const LEVELS = ["basic", "advanced"] as const;
const today = () => new Date().toISOString().slice(0, 10);

function inputOf(m: Membership, patch: Partial<MembershipInput>): MembershipInput {
  const next: MembershipInput = {
    jurisdictionId: m.jurisdictionId,
    officeId: m.officeId,
    level: m.level as MembershipInput["level"],
    scope: m.scope as MembershipInput["scope"],
    status: m.status as MembershipInput["status"],
    joinedOn: m.joinedOn,
    endedOn: m.endedOn,
    ...patch,
  };
  if (next.status === "active" && !next.joinedOn) next.joinedOn = today();
  if (next.status === "ended" && !next.endedOn) next.endedOn = today();
  return next;
}

const officeOptions = (offices: Office[], t: MembersT) => [
  ["", t("admin.noOffice")] as const,
  ...offices.map((o) => [o.id, o.name] as const),
];

function Row({ initial, offices }: { initial: Membership; offices: Office[] }) {
  const t = useMembersT();
  const [m, setM] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const change = async (patch: Partial<MembershipInput>) => {
    setError(null);
    try {
      setM(await saveMembership(inputOf(m, patch), m));
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <tr>
      <th scope="row">
        <Link href={`/jurisdictions/${m.jurisdictionId}`}>{m.jurisdictionName}</Link>
        {error && (
          <span role="alert" className="form-error">
            {" "}
            {error}
          </span>
        )}
      </th>
      <td>
        <SelectField
          label={t("profile.status")}
          value={m.status}
          options={STATUSES.map((s) => [s, t(`status.${s}`)] as const)}
          onChange={(v) => change({ status: v as MembershipInput["status"] })}
        />
      </td>
      <td>
        <SelectField
          label={t("profile.level")}
          value={m.level}
          options={LEVELS.map((s) => [s, t(`level.${s}`)] as const)}
          onChange={(v) => change({ level: v as MembershipInput["level"] })}
        />
      </td>
      <td>
        <SelectField
          label={t("profile.office")}
          value={m.officeId ?? ""}
          options={officeOptions(offices, t)}
          onChange={(v) => change({ officeId: v || null })}
        />
      </td>
      <td>
        {m.fee.annualFee ?? "—"} {m.fee.currency ?? ""} {m.fee.tier ? `(${m.fee.tier})` : ""}
      </td>
    </tr>
  );
}

function Enrol({
  jurisdictions,
  offices,
  onEnrolled,
}: {
  jurisdictions: Jurisdiction[];
  offices: Office[];
  onEnrolled: (m: Membership) => void;
}) {
  const t = useMembersT();
  const [jurisdictionId, setJurisdictionId] = useState(jurisdictions[0]?.id ?? "");
  const [officeId, setOfficeId] = useState("");
  const [level, setLevel] = useState<MembershipInput["level"]>("basic");
  const [error, setError] = useState<string | null>(null);
  if (jurisdictions.length === 0) return null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const input: MembershipInput = {
        jurisdictionId,
        officeId: officeId || null,
        level,
        scope: "global",
        status: "active",
        joinedOn: today(),
        endedOn: null,
      };
      onEnrolled(await saveMembership(input));
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <Section title={t("admin.add")}>
      <form className="form-grid" onSubmit={submit}>
        <SelectField
          label={t("admin.jurisdiction")}
          value={jurisdictionId}
          options={jurisdictions.map((j) => [j.id, j.name] as const)}
          onChange={setJurisdictionId}
        />
        <SelectField
          label={t("profile.office")}
          value={officeId}
          options={officeOptions(offices, t)}
          onChange={setOfficeId}
        />
        <SelectField
          label={t("profile.level")}
          value={level}
          options={LEVELS.map((s) => [s, t(`level.${s}`)] as const)}
          onChange={(v) => setLevel(v as MembershipInput["level"])}
        />
        <div className="button-row">
          <button type="submit">{t("admin.create")}</button>
        </div>
        {error && (
          <p role="alert" className="form-error">
            {error}
          </p>
        )}
      </form>
    </Section>
  );
}

function Admin() {
  const t = useMembersT();
  const state = useAsync(async (signal) => {
    const [members, offices, jurisdictions] = await Promise.all([
      allMemberships(signal),
      listOffices(signal),
      allJurisdictions(signal),
    ]);
    return { members, offices, jurisdictions };
  }, "admin-members");
  const [added, setAdded] = useState<Membership[]>([]);
  return (
    <AsyncView state={state}>
      {({ members, offices, jurisdictions }) => {
        const all = [...members, ...added];
        const enrolled = new Set(all.map((m) => m.jurisdictionId));
        return (
          <>
            <Enrol
              jurisdictions={jurisdictions.items.filter((j) => !enrolled.has(j.id))}
              offices={offices}
              onEnrolled={(m) => setAdded((a) => [...a, m])}
            />
            <Section title={t("admin.title")}>
              <TableScroll label={t("admin.title")}>
                <table className="data-table">
                  <thead>
                    <tr>
                      <th scope="col">{t("admin.jurisdiction")}</th>
                      <th scope="col">{t("profile.status")}</th>
                      <th scope="col">{t("profile.level")}</th>
                      <th scope="col">{t("profile.office")}</th>
                      <th scope="col">{t("profile.fee")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {all.map((m) => (
                      <Row key={m.id} initial={m} offices={offices} />
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            </Section>
          </>
        );
      }}
    </AsyncView>
  );
}

/** The page. */
export default function MembersAdminPage() {
  const t = useMembersT();
  useDocumentTitle(t("admin.title"));
  return (
    <div className="page">
      <h1>{t("admin.title")}</h1>
      <p className="lead">{t("admin.intro")}</p>
      <RequireRole allowed={(user) => user.roles.some((r) => r.role === "admin")}>
        {() => <Admin />}
      </RequireRole>
    </div>
  );
}
