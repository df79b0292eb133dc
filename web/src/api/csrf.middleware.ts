/** Echoes the `ll_csrf` cookie in `X-CSRF-Token` on state-changing requests (the API's double-submit check). */
import type { Middleware } from "openapi-fetch";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** The value of a cookie in a `document.cookie` string, or undefined. */
export function cookieValue(cookies: string, name: string): string | undefined {
  for (const part of cookies.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return decodeURIComponent(rest.join("="));
  }
  return undefined;
}

/** The middleware: adds the header when the cookie is present and the method changes state. */
export function csrfMiddleware(readCookies: () => string = () => document.cookie): Middleware {
  return {
    onRequest({ request }) {
      if (SAFE_METHODS.has(request.method.toUpperCase())) return undefined;
      const token = cookieValue(readCookies(), "ll_csrf");
      if (token !== undefined) request.headers.set("X-CSRF-Token", token);
      return request;
    },
  };
}
