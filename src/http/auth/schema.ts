/** Schemas of /api/v1/auth: sign-in, the signed-in account, and API tokens. */
import { z } from "@hono/zod-openapi";

/** Email and password. */
export const SignInInput = z
  .strictObject({ email: z.string().trim().min(3).max(320), password: z.string().min(1).max(1000) })
  .openapi("SignInInput");

/** A role as presented. */
export const Role = z
  .object({
    id: z.uuid(),
    role: z.enum(["reporter", "approver", "reviewer", "admin", "funder"]),
    jurisdictionId: z.uuid().nullable(),
  })
  .openapi("Role");

/** A user as presented (never the password hash). */
export const User = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    disabled: z.boolean(),
    createdAt: z.string(),
    roles: z.array(Role),
  })
  .openapi("User");

/** The signed-in user with the offices they work for (empty for most users). */
export const Me = User.extend({
  offices: z
    .array(z.object({ id: z.uuid(), key: z.string(), name: z.string(), kind: z.string() }))
    .openapi({ description: "the network offices whose staff this user is on, by name" }),
}).openapi("Me");

/** A new session: the user, and the CSRF token to echo in X-CSRF-Token (also set as the ll_csrf cookie). */
export const SessionOut = z
  .object({ user: User, csrfToken: z.string(), expiresAt: z.string() })
  .openapi("Session");

/** What a client writes to create an API token. */
export const TokenInput = z
  .strictObject({
    name: z.string().trim().min(1).max(100),
    expiresInDays: z
      .number()
      .int()
      .min(1)
      .max(3650)
      .nullable()
      .optional()
      .openapi({ description: "null: never" }),
  })
  .openapi("TokenInput");

/** An API token as listed (never its secret). */
export const Token = z
  .object({
    id: z.uuid(),
    name: z.string(),
    prefix: z.string(),
    createdAt: z.string(),
    expiresAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .openapi("ApiToken");

/** A new API token with its secret, shown this once. */
export const NewToken = Token.extend({
  token: z.string().openapi({ description: "send as `Authorization: Bearer <token>`; shown only now" }),
}).openapi("NewApiToken");
