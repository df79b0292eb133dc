/** Presents users and API tokens (never password hashes or token secrets other than a new token's, once). */
import type { z } from "@hono/zod-openapi";
import type { ApiTokenRow } from "../../db/repositories/credential.repository.ts";
import type { User as UserRecord } from "../../services/auth/user.service.ts";
import type { Role, Token, User } from "./schema.ts";

/** The API view of a user and their roles. */
export function presentUser(u: UserRecord): z.input<typeof User> {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    disabled: u.disabledAt !== null,
    createdAt: u.createdAt.toISOString(),
    roles: u.roles.map((r) => ({
      id: r.id,
      role: r.role as z.input<typeof Role>["role"],
      jurisdictionId: r.jurisdictionId,
    })),
  };
}

/** The API view of a token. */
export function presentToken(t: ApiTokenRow): z.input<typeof Token> {
  return {
    id: t.id,
    name: t.name,
    prefix: t.prefix,
    createdAt: t.createdAt.toISOString(),
    expiresAt: t.expiresAt?.toISOString() ?? null,
    revokedAt: t.revokedAt?.toISOString() ?? null,
  };
}
