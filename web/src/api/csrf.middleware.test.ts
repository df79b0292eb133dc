import { describe, expect, it } from "vitest";
import { cookieValue, csrfMiddleware } from "./csrf.middleware.ts";

async function headerFor(method: string, cookies: string): Promise<string | null> {
  const middleware = csrfMiddleware(() => cookies);
  const request = new Request("http://localhost/api/v1/inventories", { method });
  const out = await middleware.onRequest?.({ request } as never);
  return (out instanceof Request ? out : request).headers.get("X-CSRF-Token");
}

describe("CSRF middleware", () => {
  it("reads a cookie among others", () => {
    expect(cookieValue("a=1; ll_csrf=abc%3D; b=2", "ll_csrf")).toBe("abc=");
    expect(cookieValue("a=1", "ll_csrf")).toBeUndefined();
  });

  it("echoes ll_csrf on state-changing requests only", async () => {
    expect(await headerFor("POST", "ll_csrf=tok")).toBe("tok");
    expect(await headerFor("PUT", "ll_csrf=tok")).toBe("tok");
    expect(await headerFor("DELETE", "ll_csrf=tok")).toBe("tok");
    expect(await headerFor("GET", "ll_csrf=tok")).toBeNull();
    expect(await headerFor("POST", "other=1")).toBeNull();
  });
});
