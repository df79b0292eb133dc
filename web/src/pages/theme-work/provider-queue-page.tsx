/**
 * The Solutions Gateway's review queue at /gateway/review, for reviewers: every submitted provider with its
 * solutions; approve it (its solutions join the catalogue) or reject it with a reason its proposer reads.
 */
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  decideProvider,
  getProvider,
  listProviders,
  type ProviderWithSolutions,
} from "../../api/theme-work.ts";
import { RequireRole } from "../../auth/require-role.tsx";
import { hasRole } from "../../auth/roles.ts";
import { AsyncView } from "../../components/async-view.tsx";
import { EmptyState } from "../../components/states.tsx";
import { useAsync } from "../../hooks/use-async.ts";
import { useDocumentTitle } from "../../hooks/use-document-title.ts";
import { useThemeWorkT } from "../../i18n/theme-work/use-theme-work-t.ts";
import { type FormErrors, formErrorsOf, NO_ERRORS } from "./form-errors.ts";

async function load(signal: AbortSignal): Promise<ProviderWithSolutions[]> {
  const submitted = await listProviders({ reviewStatus: "submitted" }, signal);
  return Promise.all(submitted.map((p) => getProvider(p.id, signal)));
}

function ProviderCard({
  provider,
  onDone,
}: {
  provider: ProviderWithSolutions;
  onDone: (text: string) => void;
}) {
  const { t } = useTranslation();
  const tw = useThemeWorkT();
  const id = useId();
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const decide = async (decision: "approve" | "reject") => {
    if (decision === "reject" && reason.trim() === "") {
      setErrors({ message: "", fields: { comment: tw("providers.reasonNeeded") } });
      document.getElementById(`${id}-reason`)?.focus();
      return;
    }
    setBusy(true);
    try {
      await decideProvider(provider.id, decision, reason.trim() || null);
      onDone(
        tw(decision === "approve" ? "providers.approved" : "providers.rejected", { name: provider.name }),
      );
    } catch (e) {
      setErrors(formErrorsOf(e));
    } finally {
      setBusy(false);
    }
  };
  const reasonError = errors.fields.comment;
  return (
    <li className="card" aria-labelledby={`${id}-name`}>
      <h2 id={`${id}-name`}>{provider.name}</h2>
      <p className="muted">
        {tw(`providers.kinds.${provider.kind as "business"}`)}
        {provider.country && ` · ${provider.country}`}
        {provider.website && (
          <>
            {" · "}
            <a href={provider.website} rel="noopener noreferrer" target="_blank">
              {provider.website}
            </a>
          </>
        )}
      </p>
      {provider.description && <p>{provider.description}</p>}
      <h3>{tw("providers.solutions")}</h3>
      <ul>
        {provider.solutions.map((s) => (
          <li key={s.id}>
            <strong>{s.title}</strong>: {s.description}
            <br />
            <span className="muted">
              {[
                ...s.agendas,
                ...s.sectors,
                ...s.hazards.map((h) => t(`hazard.${h}` as "hazard.flood")),
                ...s.problems,
              ].join(", ")}
            </span>
          </li>
        ))}
      </ul>
      <div className="button-row">
        <button type="button" disabled={busy} onClick={() => void decide("approve")}>
          {tw("providers.approve")} <span className="visually-hidden">{provider.name}</span>
        </button>
        <div className="field">
          <label htmlFor={`${id}-reason`}>{tw("providers.reasonLabel")}</label>
          <input
            id={`${id}-reason`}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={reasonError ? `${id}-reason-error` : undefined}
          />
          {reasonError && (
            <span id={`${id}-reason-error`} className="field-error">
              {reasonError}
            </span>
          )}
        </div>
        <button
          type="button"
          className="button-secondary"
          disabled={busy}
          onClick={() => void decide("reject")}
        >
          {tw("providers.reject")} <span className="visually-hidden">{provider.name}</span>
        </button>
      </div>
      {errors.message && (
        <p role="alert" className="form-error">
          {errors.message}
        </p>
      )}
    </li>
  );
}

function Queue() {
  const tw = useThemeWorkT();
  const [round, setRound] = useState(0);
  const [done, setDone] = useState<string | null>(null);
  const state = useAsync(load, `providers:${round}`);
  return (
    <>
      {done && (
        <p role="status" className="form-ok">
          {done}
        </p>
      )}
      <AsyncView state={state}>
        {(providers) =>
          providers.length === 0 ? (
            <EmptyState title={tw("providers.queueEmpty")} />
          ) : (
            <ul className="cards">
              {providers.map((p) => (
                <ProviderCard
                  key={p.id}
                  provider={p}
                  onDone={(text) => {
                    setDone(text);
                    setRound((r) => r + 1);
                  }}
                />
              ))}
            </ul>
          )
        }
      </AsyncView>
    </>
  );
}

/** The page: reviewers. */
export default function ProviderQueuePage() {
  const tw = useThemeWorkT();
  useDocumentTitle(tw("providers.queueTitle"));
  return (
    <div className="page">
      <h1>{tw("providers.queueTitle")}</h1>
      <p className="lead">{tw("providers.queueIntro")}</p>
      <RequireRole allowed={(user) => hasRole(user, "reviewer")}>{() => <Queue />}</RequireRole>
    </div>
  );
}
