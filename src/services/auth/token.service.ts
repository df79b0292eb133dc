/** API tokens: created by their owner (the secret shown once), listed and revoked by their owner. */
import type { Db } from "../../db/database.ts";
import { appendAuditEvent } from "../../db/repositories/audit.repository.ts";
import {
  type ApiTokenRow,
  insertApiToken,
  listApiTokens,
  revokeApiToken,
} from "../../db/repositories/credential.repository.ts";
import { authorize } from "../../policies/policy.ts";
import type { Principal } from "../../policies/principal.ts";
import { notFound } from "../errors.ts";
import { newSecret, secretHash } from "./secrets.ts";

/** The prefix of every API token, so that leaked tokens are easy to find (secret scanners). */
export const API_TOKEN_PREFIX = "ll_";

/** The audited state of a token: never its secret or hash. */
const stateOf = (row: ApiTokenRow) => ({
  id: row.id,
  userId: row.userId,
  name: row.name,
  prefix: row.prefix,
  expiresAt: row.expiresAt,
  revokedAt: row.revokedAt,
});

/** API-token use cases over one database. */
export class TokenService {
  constructor(private readonly db: Db) {}

  /** Creates a token for the caller; the returned `token` is the only time the secret is shown. */
  create(principal: Principal, name: string, expiresInDays: number | null) {
    authorize(principal, "token.own");
    return this.db.transaction(async (tx) => {
      const token = newSecret(API_TOKEN_PREFIX);
      const expiresAt = expiresInDays === null ? null : new Date(Date.now() + expiresInDays * 86_400_000);
      const row = await insertApiToken(tx, {
        userId: principal.id,
        name,
        tokenHash: secretHash(token),
        prefix: token.slice(0, 7),
        expiresAt,
      });
      await appendAuditEvent(tx, {
        actor: principal.id,
        entity: "api_token",
        entityId: row.id,
        action: "create",
        state: stateOf(row),
      });
      return { token, row };
    });
  }

  /** Lists the caller's tokens. */
  list(principal: Principal): Promise<ApiTokenRow[]> {
    authorize(principal, "token.own");
    return listApiTokens(this.db, principal.id);
  }

  /** Revokes one of the caller's tokens. */
  revoke(principal: Principal, id: string): Promise<ApiTokenRow> {
    authorize(principal, "token.own");
    return this.db.transaction(async (tx) => {
      const row = await revokeApiToken(tx, principal.id, id);
      if (!row) throw notFound("api token", id);
      await appendAuditEvent(tx, {
        actor: principal.id,
        entity: "api_token",
        entityId: row.id,
        action: "revoke",
        state: stateOf(row),
      });
      return row;
    });
  }
}
