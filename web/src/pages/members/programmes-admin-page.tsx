/** Programmes administration at /admin/programmes (admins): create and edit programmes, manage participants. */
import { useState } from "react";
import { Link } from "wouter";
import { allMemberships, listOffices, listProgrammes, type Programme } from "../../api/members.ts";
import { RequireRole } from "../../auth/require-role.tsx";
import { AsyncView } from "../../components/async-view.tsx";
import { useAsync } from "../../hooks/use-async.ts";
import { useDocumentTitle } from "../../hooks/use-document-title.ts";
import { useMembersT } from "../../i18n/members/use-members-t.ts";
import { SelectField } from "../records/fields.tsx";
import { ParticipantsEditor } from "./participants-editor.tsx";
import { ProgrammeForm } from "./programme-form.tsx";
import { MentoringPairs } from "./programme-page.tsx";

const NEW = "";

function Admin() {
  const t = useMembersT();
  const state = useAsync(async (signal) => {
    const [programmes, offices, members] = await Promise.all([
      listProgrammes(signal),
      listOffices(signal),
      allMemberships(signal),
    ]);
    return { programmes, offices, members };
  }, "admin-programmes");
  const [changed, setChanged] = useState<Map<string, Programme>>(new Map());
  const [selected, setSelected] = useState(NEW);
  return (
    <AsyncView state={state}>
      {({ programmes, offices, members }) => {
        const known = new Map(programmes.map((p) => [p.id, p] as const));
        for (const [id, p] of changed) known.set(id, p);
        const all = [...known.values()].sort((a, b) => a.name.localeCompare(b.name));
        const current = known.get(selected) ?? null;
        const saved = (p: Programme) => {
          setChanged((m) => new Map(m).set(p.id, p));
          setSelected(p.id);
        };
        return (
          <>
            <SelectField
              label={t("programmes.choose")}
              value={selected}
              options={[[NEW, t("programmes.new")] as const, ...all.map((p) => [p.id, p.name] as const)]}
              onChange={setSelected}
            />
            {current && (
              <p>
                <Link href={`/programmes/${current.id}`}>{t("programmes.publicPage")}</Link>
              </p>
            )}
            <ProgrammeForm key={current?.id ?? NEW} existing={current} offices={offices} onSaved={saved} />
            {current && (
              <>
                <ParticipantsEditor programme={current} members={members} onChange={saved} />
                <MentoringPairs programme={current} />
              </>
            )}
          </>
        );
      }}
    </AsyncView>
  );
}

/** The page. */
export default function ProgrammesAdminPage() {
  const t = useMembersT();
  useDocumentTitle(t("programmes.adminTitle"));
  return (
    <div className="page">
      <h1>{t("programmes.adminTitle")}</h1>
      <p className="lead">{t("programmes.adminIntro")}</p>
      <RequireRole allowed={(user) => user.roles.some((r) => r.role === "admin")}>
        {() => <Admin />}
      </RequireRole>
    </div>
  );
}
