/** The signed-in user's API tokens: list, create (the secret is answered once), revoke. */
import { api, unwrap } from "./client.ts";
import type { components } from "./schema";

export type ApiToken = components["schemas"]["ApiToken"];
export type NewApiToken = components["schemas"]["NewApiToken"];

/** Your tokens, revoked ones included. */
export async function listTokens(signal?: AbortSignal): Promise<ApiToken[]> {
  return unwrap(await api.GET("/api/v1/auth/tokens", { signal })).items;
}

/** Creates a token acting as you; `expiresInDays` null: never expires. */
export async function createToken(name: string, expiresInDays: number | null): Promise<NewApiToken> {
  return unwrap(await api.POST("/api/v1/auth/tokens", { body: { name, expiresInDays } }));
}

/** Revokes one of your tokens; answers it with its revocation time. */
export async function revokeToken(id: string): Promise<ApiToken> {
  return unwrap(await api.DELETE("/api/v1/auth/tokens/{id}", { params: { path: { id } } }));
}
