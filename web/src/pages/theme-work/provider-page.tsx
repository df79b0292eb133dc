/**
 * A Solutions Gateway provider at /gateway/providers/{id|new}: anyone signed in proposes a provider (business,
 * research institute, city, NGO) with its solutions tagged by agenda, sector, hazard and problem, and edits their
 * own (an edit goes back to review); the reviewer's decision and reason are shown. The API's field problems
 * (`name`, `solutions.0.title` …) are shown next to their fields.
 */
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "wouter";
import type { User } from "../../api/client.ts";
import {
  getProvider,
  type Provider,
  type ProviderInput,
  type ProviderWithSolutions,
  saveProvider,
} from "../../api/theme-work.ts";
import { RequireRole } from "../../auth/require-role.tsx";
import { isOwnerOrAdminUser } from "../../auth/roles.ts";
import { ErrorState, Loading } from "../../components/states.tsx";
import { useAsync } from "../../hooks/use-async.ts";
import { useDocumentTitle } from "../../hooks/use-document-title.ts";
import { useMembersT } from "../../i18n/members/use-members-t.ts";
import { useThemeWorkT } from "../../i18n/theme-work/use-theme-work-t.ts";
import { SelectField, TextArea, TextField } from "../records/fields.tsx";
import { AGENDA_IDS, HAZARD_IDS } from "../themes/vocabulary.ts";
import { Checkboxes, listOf } from "./checkboxes.tsx";
import { useRecordWrite } from "./use-record-write.ts";

const KINDS = ["business", "research", "city", "ngo"] as const;

interface SolutionDraft {
  key: number;
  title: string;
  description: string;
  agendas: string[];
  sectors: string;
  hazards: string[];
  problems: string;
}

let nextKey = 1;
const draftOf = (s?: ProviderWithSolutions["solutions"][number]): SolutionDraft => ({
  key: nextKey++,
  title: s?.title ?? "",
  description: s?.description ?? "",
  agendas: s?.agendas ?? [],
  sectors: (s?.sectors ?? []).join(", "),
  hazards: s?.hazards ?? [],
  problems: (s?.problems ?? []).join(", "),
});

function SolutionFields({
  index,
  draft,
  onChange,
  onRemove,
  errors,
}: {
  index: number;
  draft: SolutionDraft;
  onChange: (next: SolutionDraft) => void;
  onRemove: (() => void) | null;
  errors: Readonly<Record<string, string>>;
}) {
  const { t } = useTranslation();
  const tw = useThemeWorkT();
  const tm = useMembersT();
  const err = (field: string) => errors[`solutions.${index}.${field}`];
  const n = index + 1;
  return (
    <fieldset className="form-grid solution-fields">
      <legend>{tw("providers.solution", { n })}</legend>
      <TextField
        label={tw("providers.solutionTitle", { n })}
        value={draft.title}
        onChange={(title) => onChange({ ...draft, title })}
        required
        error={err("title")}
      />
      <TextArea
        label={tw("providers.solutionDescription", { n })}
        value={draft.description}
        onChange={(description) => onChange({ ...draft, description })}
        required
        error={err("description")}
      />
      <TextField
        label={tw("providers.sectors", { n })}
        value={draft.sectors}
        onChange={(sectors) => onChange({ ...draft, sectors })}
        hint={tw("tap.commaHint")}
        error={err("sectors")}
      />
      <TextField
        label={tw("providers.problems", { n })}
        value={draft.problems}
        onChange={(problems) => onChange({ ...draft, problems })}
        hint={tw("providers.problemsHint")}
        error={err("problems")}
      />
      <Checkboxes
        legend={tw("providers.agendas", { n })}
        options={AGENDA_IDS.map((a) => [a, tm(`agenda.${a}`)] as const)}
        chosen={draft.agendas}
        onChange={(agendas) => onChange({ ...draft, agendas })}
        error={Object.entries(errors).find(([k]) => k.startsWith(`solutions.${index}.agendas`))?.[1]}
      />
      <Checkboxes
        legend={tw("providers.hazards", { n })}
        options={HAZARD_IDS.map((h) => [h, t(`hazard.${h}` as "hazard.flood")] as const)}
        chosen={draft.hazards}
        onChange={(hazards) => onChange({ ...draft, hazards })}
        error={Object.entries(errors).find(([k]) => k.startsWith(`solutions.${index}.hazards`))?.[1]}
      />
      {onRemove && (
        <button type="button" className="button-secondary button-small" onClick={onRemove}>
          {tw("providers.removeSolution", { n })}
        </button>
      )}
    </fieldset>
  );
}

function Editor({ found, user }: { found: ProviderWithSolutions | null; user: User }) {
  const { t } = useTranslation();
  const tw = useThemeWorkT();
  const write = useRecordWrite<Provider>(found, (id) => `/gateway/providers/${id}`, tw("providers.saved"));
  const { current, errors, done, busy, form } = write;
  const [name, setName] = useState(found?.name ?? "");
  const [kind, setKind] = useState<ProviderInput["kind"]>(
    (found?.kind as ProviderInput["kind"]) ?? "business",
  );
  const [country, setCountry] = useState(found?.country ?? "");
  const [website, setWebsite] = useState(found?.website ?? "");
  const [description, setDescription] = useState(found?.description ?? "");
  const [solutions, setSolutions] = useState<SolutionDraft[]>(
    found && found.solutions.length > 0 ? found.solutions.map(draftOf) : [draftOf()],
  );
  const editable = current === null || isOwnerOrAdminUser(user, current.createdBy);
  useDocumentTitle(current ? tw("providers.edit") : tw("providers.new"));

  const save = (event: FormEvent) => {
    event.preventDefault();
    const input: ProviderInput = {
      name: name.trim(),
      kind,
      country: country.trim().toUpperCase() || null,
      website: website.trim() || null,
      description: description.trim() || null,
      solutions: solutions.map((s) => ({
        title: s.title.trim(),
        description: s.description.trim(),
        agendas: s.agendas as NonNullable<ProviderInput["solutions"][number]["agendas"]>,
        sectors: listOf(s.sectors),
        hazards: s.hazards as NonNullable<ProviderInput["solutions"][number]["hazards"]>,
        problems: listOf(s.problems),
      })),
    };
    const message = current ? tw("providers.resubmitted") : tw("providers.saved");
    void write.run(() => saveProvider(input, current ?? undefined), message);
  };
  return (
    <>
      <h1>{current ? tw("providers.edit") : tw("providers.new")}</h1>
      <p className="lead">{tw("providers.intro")}</p>
      {current && (
        <p className="muted">
          {tw("providers.status", { status: tw(`providers.statuses.${current.reviewStatus}`) })}
          {current.reviewComment && ` · ${tw("providers.reason")}: ${current.reviewComment}`}
        </p>
      )}
      <form ref={form} className="section" onSubmit={save} noValidate>
        <fieldset className="form-grid" disabled={!editable}>
          <legend>{tw("providers.provider")}</legend>
          <TextField
            label={tw("providers.name")}
            value={name}
            onChange={setName}
            required
            error={errors.fields.name}
          />
          <SelectField
            label={tw("providers.kind")}
            value={kind}
            options={KINDS.map((k) => [k, tw(`providers.kinds.${k}`)] as const)}
            onChange={(v) => setKind(v as ProviderInput["kind"])}
            error={errors.fields.kind}
          />
          <TextField
            label={tw("providers.country")}
            value={country}
            onChange={setCountry}
            hint={tw("providers.countryHint")}
            error={errors.fields.country}
          />
          <TextField
            label={tw("providers.website")}
            value={website}
            onChange={setWebsite}
            hint={tw("providers.websiteHint")}
            error={errors.fields.website}
          />
          <TextArea
            label={tw("providers.description")}
            value={description}
            onChange={setDescription}
            error={errors.fields.description}
          />
        </fieldset>
        <fieldset disabled={!editable}>
          <legend>{tw("providers.solutions")}</legend>
          {errors.fields.solutions && <p className="field-error">{errors.fields.solutions}</p>}
          {solutions.map((s, i) => (
            <SolutionFields
              key={s.key}
              index={i}
              draft={s}
              errors={errors.fields}
              onChange={(next) => setSolutions((old) => old.map((x) => (x.key === s.key ? next : x)))}
              onRemove={
                solutions.length > 1 ? () => setSolutions((old) => old.filter((x) => x.key !== s.key)) : null
              }
            />
          ))}
          <button
            type="button"
            className="button-secondary"
            onClick={() => setSolutions((old) => [...old, draftOf()])}
          >
            {tw("providers.addSolution")}
          </button>
        </fieldset>
        <div className="button-row">
          {editable && (
            <button type="submit" disabled={busy}>
              {current ? tw("providers.saveEdit") : tw("providers.propose")}
            </button>
          )}
        </div>
        {errors.message && (
          <p role="alert" className="form-error">
            {errors.message}
          </p>
        )}
        {done && (
          <p role="status" className="form-ok">
            {done}
          </p>
        )}
      </form>
      <p>
        <Link href="/gateway">{t("beyond.gatewayTitle")}</Link>
      </p>
    </>
  );
}

function Loader({ id, user }: { id: string; user: User }) {
  const state = useAsync(async (signal) => (id === "new" ? null : getProvider(id, signal)), `provider:${id}`);
  if (state.status === "loading") return <Loading />;
  if (state.status === "error") return <ErrorState error={state.error} />;
  return <Editor key={state.data?.id ?? "new"} found={state.data} user={user} />;
}

/** The page: anyone signed in. */
export default function ProviderPage() {
  const { id = "new" } = useParams<{ id: string }>();
  return (
    <div className="page">
      <RequireRole allowed={() => true}>{(user) => <Loader id={id} user={user} />}</RequireRole>
    </div>
  );
}
