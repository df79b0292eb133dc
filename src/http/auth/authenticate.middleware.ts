/**
 * Resolves who is asking, once per API request: an `Authorization: Bearer ll_…` API token (a bad one is refused,
 * never downgraded to anonymous), else the session cookie (an unknown or expired one counts as anonymous), else
 * anonymous. Cookie-authenticated requests that change state must pass the double-submit CSRF check; token
 * requests need none (browsers do not attach bearer tokens by themselves). Anonymous requests touch no database.
 */
import { timingSafeEqual } from "node:crypto";
import type { Context, Next } from "hono";
import { getCookie } from "hono/cookie";
import { ANONYMOUS } from "../../policies/principal.ts";
import type { AuthService } from "../../services/auth/auth.service.ts";
import { secretHash } from "../../services/auth/secrets.ts";
import { DomainError } from "../../services/errors.ts";
import { setPrincipal } from "../common/auth-context.ts";
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from "./cookies.ts";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const BEARER = /^Bearer\s+(\S+)$/i;

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Builds the middleware over the authentication service. */
export function authenticate(auth: AuthService) {
  return async (c: Context, next: Next) => {
    const authorization = c.req.header("authorization");
    if (authorization !== undefined) {
      const token = BEARER.exec(authorization)?.[1];
      const found = token ? await auth.fromApiToken(token) : undefined;
      if (!found)
        throw new DomainError("unauthenticated", "the API token is malformed, unknown, revoked or expired");
      setPrincipal(c, found.principal);
      return next();
    }
    const session = getCookie(c, SESSION_COOKIE);
    const found = session ? await auth.fromSession(session) : undefined;
    if (!found) {
      setPrincipal(c, ANONYMOUS);
      return next();
    }
    if (!SAFE_METHODS.has(c.req.method)) {
      const header = c.req.header(CSRF_HEADER) ?? "";
      const cookie = getCookie(c, CSRF_COOKIE) ?? "";
      const ok = header !== "" && sameText(header, cookie) && secretHash(header) === found.csrfHash;
      if (!ok) {
        throw new DomainError(
          "csrf_failed",
          `requests signed in by cookie must echo the ${CSRF_COOKIE} cookie in the X-CSRF-Token header`,
        );
      }
    }
    setPrincipal(c, found.principal);
    return next();
  };
}
