/**
 * The session cookies: `ll_session` (HttpOnly, the session secret) and `ll_csrf` (readable by the page's script,
 * which echoes it in the X-CSRF-Token header: the double-submit check). Both SameSite=Lax, Path=/, and Secure
 * when the request came over https (or always/never, as configured).
 */
import type { Context } from "hono";
import { deleteCookie, setCookie } from "hono/cookie";

/** The session cookie's name. */
export const SESSION_COOKIE = "ll_session";
/** The CSRF cookie's name. */
export const CSRF_COOKIE = "ll_csrf";
/** The header a cookie-authenticated state-changing request must carry, equal to the CSRF cookie. */
export const CSRF_HEADER = "x-csrf-token";

/** When cookies get the Secure attribute. */
export type CookieSecure = "auto" | "always" | "never";

function secure(c: Context, mode: CookieSecure, trustProxy: boolean): boolean {
  if (mode !== "auto") return mode === "always";
  const forwarded = trustProxy ? c.req.header("x-forwarded-proto")?.split(",")[0]?.trim() : undefined;
  return (forwarded ?? new URL(c.req.url).protocol.replace(":", "")) === "https";
}

/** Sets the session and CSRF cookies of a new session. */
export function setSessionCookies(
  c: Context,
  session: { sessionToken: string; csrfToken: string; expiresAt: Date },
  options: { secure: CookieSecure; trustProxy: boolean },
): void {
  const common = {
    path: "/",
    sameSite: "Lax" as const,
    secure: secure(c, options.secure, options.trustProxy),
    expires: session.expiresAt,
  };
  setCookie(c, SESSION_COOKIE, session.sessionToken, { ...common, httpOnly: true });
  setCookie(c, CSRF_COOKIE, session.csrfToken, common);
}

/** Clears both cookies. */
export function clearSessionCookies(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: "/" });
  deleteCookie(c, CSRF_COOKIE, { path: "/" });
}
