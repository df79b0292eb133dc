/** Routes of /api/v1/auth: sign in and out, the signed-in account, and the caller's API tokens. */
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { getCookie } from "hono/cookie";
import type { Services } from "../../services/services.ts";
import { principalOf } from "../common/auth-context.ts";
import { json, valid } from "../common/route-helpers.ts";
import { newRouter } from "../common/router.ts";
import { AUTH_ERRORS, ErrorBody, IdParam, READ_ERRORS, WRITE_ERRORS } from "../common/schema.ts";
import { type CookieSecure, clearSessionCookies, SESSION_COOKIE, setSessionCookies } from "./cookies.ts";
import { presentToken, presentUser } from "./presenter.ts";
import { Me, NewToken, SessionOut, SignInInput, Token, TokenInput } from "./schema.ts";

/** How sessions are sent and where clients are. */
export interface AuthHttpOptions {
  cookieSecure: CookieSecure;
  /** Trust X-Forwarded-For and X-Forwarded-Proto (behind a reverse proxy). */
  trustProxy: boolean;
  /** The client's address, for the sign-in rate limit; undefined when unknown (in-process tests). */
  clientAddress(c: Context): string | undefined;
}

const tags = ["auth"];
const body = <S extends z.ZodType>(schema: S) => ({
  required: true,
  content: { "application/json": { schema } },
});

function address(c: Context, options: AuthHttpOptions): string {
  const forwarded = options.trustProxy ? c.req.header("x-forwarded-for")?.split(",")[0]?.trim() : undefined;
  return forwarded || options.clientAddress(c) || "unknown";
}

/** The auth routes over `services`. */
export function authRoutes(services: Services, options: AuthHttpOptions): OpenAPIHono {
  const app = newRouter();
  app.openapi(
    createRoute({
      method: "post",
      path: "/sign-in",
      tags,
      summary: "Sign in with email and password: sets the ll_session (HttpOnly) and ll_csrf cookies",
      operationId: "sign-in",
      request: { body: body(SignInInput) },
      responses: {
        200: json(SessionOut, "signed in"),
        401: json(ErrorBody, "the email or password is wrong (the same answer for an unknown email)"),
        422: json(ErrorBody, "invalid input"),
        429: json(ErrorBody, "too many failed sign-ins for this email and address; try later"),
      },
    }),
    async (c) => {
      const { email, password } = valid<z.output<typeof SignInInput>>(c, "json");
      const session = await services.auth.signIn(email, password, address(c, options));
      setSessionCookies(c, session, { secure: options.cookieSecure, trustProxy: options.trustProxy });
      return c.json(
        {
          user: presentUser(session.user),
          csrfToken: session.csrfToken,
          expiresAt: session.expiresAt.toISOString(),
        },
        200,
      );
    },
  );
  app.openapi(
    createRoute({
      method: "post",
      path: "/sign-out",
      tags,
      summary: "Sign out: ends the session and clears its cookies",
      operationId: "sign-out",
      responses: { 204: { description: "signed out" }, ...AUTH_ERRORS },
    }),
    async (c) => {
      await services.auth.signOut(principalOf(c), getCookie(c, SESSION_COOKIE));
      clearSessionCookies(c);
      return c.body(null, 204);
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/me",
      tags,
      summary: "The signed-in user, their roles and the offices they work for",
      operationId: "get-me",
      responses: { 200: json(Me, "the signed-in user"), ...AUTH_ERRORS },
    }),
    async (c) => {
      const principal = principalOf(c);
      const user = presentUser(await services.auth.me(principal));
      const offices = await services.offices.ofUser(principal);
      return c.json(
        { ...user, offices: offices.map(({ id, key, name, kind }) => ({ id, key, name, kind })) },
        200,
      );
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/tokens",
      tags,
      summary: "List your API tokens",
      operationId: "list-tokens",
      responses: { 200: json(z.object({ items: z.array(Token) }), "your tokens"), ...AUTH_ERRORS },
    }),
    async (c) => c.json({ items: (await services.tokens.list(principalOf(c))).map(presentToken) }, 200),
  );
  app.openapi(
    createRoute({
      method: "post",
      path: "/tokens",
      tags,
      summary: "Create an API token; its secret is shown in this answer only",
      operationId: "create-token",
      request: { body: body(TokenInput) },
      responses: { 201: json(NewToken, "the new token with its secret"), ...WRITE_ERRORS },
    }),
    async (c) => {
      const input = valid<z.output<typeof TokenInput>>(c, "json");
      const { token, row } = await services.tokens.create(
        principalOf(c),
        input.name,
        input.expiresInDays ?? null,
      );
      return c.json({ ...presentToken(row), token }, 201);
    },
  );
  app.openapi(
    createRoute({
      method: "delete",
      path: "/tokens/{id}",
      tags,
      summary: "Revoke one of your API tokens",
      operationId: "revoke-token",
      request: { params: IdParam },
      responses: { 200: json(Token, "the revoked token"), ...READ_ERRORS, ...AUTH_ERRORS },
    }),
    async (c) => {
      const { id } = valid<{ id: string }>(c, "param");
      return c.json(presentToken(await services.tokens.revoke(principalOf(c), id)), 200);
    },
  );
  return app;
}
