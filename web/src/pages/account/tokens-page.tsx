/**
 * API tokens at /account/tokens (any signed-in user): create one with a name and an expiry (its secret is shown
 * once), list yours, revoke one. A token acts as you, with your roles and their jurisdiction scopes.
 */
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { User } from "../../api/client.ts";
import { type ApiToken, createToken, listTokens, type NewApiToken, revokeToken } from "../../api/tokens.ts";
import { RequireRole } from "../../auth/require-role.tsx";
import { Section } from "../../components/section.tsx";
import { EmptyState, ErrorState, Loading } from "../../components/states.tsx";
import { TableScroll } from "../../components/table-scroll.tsx";
import { formatDate } from "../../format/format.ts";
import { useAsync } from "../../hooks/use-async.ts";
import { useDocumentTitle } from "../../hooks/use-document-title.ts";
import { SelectField, TextField } from "../records/fields.tsx";

const EXPIRIES = ["30", "90", "365", "never"] as const;

/** The new token's secret, shown this once, with how to use it. */
function Secret({ token }: { token: NewApiToken }) {
  const { t } = useTranslation();
  const id = useId();
  const [copied, setCopied] = useState(false);
  return (
    <div className="token-secret" role="status">
      <p>
        <strong>{t("tokens.createdOnce", { name: token.name })}</strong>
      </p>
      <label htmlFor={id}>{t("tokens.secret")}</label>
      <div className="token-secret-row">
        <input id={id} readOnly value={token.token} onFocus={(e) => e.currentTarget.select()} />
        <button
          type="button"
          className="button-secondary button-small"
          onClick={() =>
            void navigator.clipboard?.writeText(token.token).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {copied ? t("tokens.copied") : t("tokens.copy")}
        </button>
      </div>
      <p className="muted">{t("tokens.usage")}</p>
      <pre className="token-usage">
        <code>{`curl -H "Authorization: Bearer ${token.token}" ${window.location.origin}/api/v1/auth/me`}</code>
      </pre>
    </div>
  );
}

function CreateTokenForm({ onCreated }: { onCreated: (token: NewApiToken) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState("");
  const [expiry, setExpiry] = useState<string>("90");
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const token = await createToken(name.trim(), expiry === "never" ? null : Number(expiry));
      setError(null);
      setName("");
      onCreated(token);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <form onSubmit={submit}>
      <div className="form-grid">
        <TextField label={t("tokens.name")} value={name} onChange={setName} required />
        <SelectField
          label={t("tokens.expiry")}
          value={expiry}
          onChange={setExpiry}
          options={EXPIRIES.map((e) => [
            e,
            e === "never" ? t("tokens.never") : t("tokens.days", { count: Number(e) }),
          ])}
        />
      </div>
      <button type="submit">{t("tokens.create")}</button>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </form>
  );
}

/** active, expired or revoked. */
function stateOf(token: ApiToken, now: number): "active" | "expired" | "revoked" {
  if (token.revokedAt) return "revoked";
  if (token.expiresAt && Date.parse(token.expiresAt) <= now) return "expired";
  return "active";
}

function TokenTable({
  tokens,
  onRevoked,
}: {
  tokens: readonly ApiToken[];
  onRevoked: (token: ApiToken) => void;
}) {
  const { t, i18n } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const now = Date.now();
  if (tokens.length === 0) return <EmptyState title={t("tokens.none")}>{t("tokens.noneText")}</EmptyState>;
  const revoke = async (token: ApiToken) => {
    try {
      onRevoked(await revokeToken(token.id));
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <>
      <TableScroll label={t("tokens.list")}>
        <table className="data-table tokens-table">
          <thead>
            <tr>
              <th scope="col">{t("tokens.name")}</th>
              <th scope="col">{t("tokens.prefix")}</th>
              <th scope="col">{t("tokens.createdAt")}</th>
              <th scope="col">{t("tokens.expiresAt")}</th>
              <th scope="col">{t("tokens.state")}</th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => {
              const state = stateOf(token, now);
              return (
                <tr key={token.id}>
                  <th scope="row">{token.name}</th>
                  <td>
                    <code>{token.prefix}…</code>
                  </td>
                  <td>{formatDate(token.createdAt, i18n.language)}</td>
                  <td>{token.expiresAt ? formatDate(token.expiresAt, i18n.language) : t("tokens.never")}</td>
                  <td>
                    <span className={`status token-${state}`}>{t(`tokens.${state}`)}</span>{" "}
                    {state === "active" && (
                      <button
                        type="button"
                        className="button-secondary button-small"
                        aria-label={t("tokens.revokeNamed", { name: token.name })}
                        onClick={() => void revoke(token)}
                      >
                        {t("tokens.revoke")}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </>
  );
}

function Tokens({ me }: { me: User }) {
  const { t } = useTranslation();
  const state = useAsync(listTokens, "tokens");
  const [created, setCreated] = useState<NewApiToken | null>(null);
  const [changed, setChanged] = useState<Map<string, ApiToken>>(new Map());
  if (state.status === "loading") return <Loading />;
  if (state.status === "error") return <ErrorState error={state.error} />;
  const update = (token: ApiToken) => setChanged((m) => new Map(m).set(token.id, token));
  const loaded = state.data.map((token) => changed.get(token.id) ?? token);
  const added = [...changed.values()].filter((token) => !state.data.some((x) => x.id === token.id));
  const scopes = me.roles.map((r) => t(`role.${r.role}`)).join(", ");
  return (
    <>
      <Section title={t("tokens.createTitle")}>
        <p className="muted">{t("tokens.scope", { roles: scopes || t("tokens.noRoles") })}</p>
        <CreateTokenForm
          onCreated={(token) => {
            setCreated(token);
            const { token: _secret, ...listed } = token;
            update(listed);
          }}
        />
        {created && <Secret token={created} />}
      </Section>
      <Section title={t("tokens.list")}>
        <TokenTable
          tokens={[...added.reverse(), ...loaded].sort((a, b) => b.createdAt.localeCompare(a.createdAt))}
          onRevoked={update}
        />
      </Section>
    </>
  );
}

/** The page. */
export default function TokensPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("tokens.title"));
  return (
    <div className="page">
      <h1>{t("tokens.title")}</h1>
      <p className="lead">{t("tokens.intro")}</p>
      <RequireRole allowed={() => true}>{(me) => <Tokens me={me} />}</RequireRole>
    </div>
  );
}
