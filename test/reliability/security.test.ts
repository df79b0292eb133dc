/**
 * Security of every answer: the security headers on pages, API answers and errors; session cookies' attributes;
 * sign-in rate limiting per address and per account with Retry-After; and no stack trace or SQL in an error,
 * even when the database itself fails under a request.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// Many requests per test on a shared machine: generous time, the assertions are what matter.
vi.setConfig({ testTimeout: 600_000 });

import { type Database, openDatabase } from "../../src/db/database.ts";
import { createApp } from "../../src/http/app.ts";
import type { CookieSecure } from "../../src/http/auth/cookies.ts";
import { SECURITY_HEADERS } from "../../src/http/common/security-headers.ts";
import { DEFAULT_AUTH_OPTIONS } from "../../src/services/auth/auth.service.ts";
import { SYSTEM } from "../../src/services/service-helpers.ts";
import { createServices, type Services } from "../../src/services/services.ts";
import { leaksInternals } from "./support.ts";

let database: Database;
let services: Services;
const logged: unknown[] = [];
const PASSWORD = "a password long enough";
let jurisdictionId: string;

function appWith(cookieSecure: CookieSecure = "auto") {
  return createApp({
    services,
    database,
    logError: (error) => logged.push(error),
    auth: { cookieSecure, trustProxy: false, clientAddress: (c) => c.req.header("x-test-address") },
  });
}

beforeAll(async () => {
  database = await openDatabase();
  services = createServices(database.db, {
    ...DEFAULT_AUTH_OPTIONS,
    signInLimit: { max: 3, perAccount: 5, perAddress: 8, windowMs: 60_000 },
  });
  for (const name of ["ana", "bo", "cy", "di", "ed"]) {
    await services.users.create(
      { email: `${name}@sec.test`, name, password: PASSWORD, roles: [{ role: "admin" }] },
      SYSTEM,
    );
  }
  jurisdictionId = (
    await services.jurisdictions.create({ name: "Secure City", type: "city", country: "PT" }, SYSTEM)
  ).id;
});
afterAll(() => database.close());

const signIn = (
  app: ReturnType<typeof appWith>,
  email: string,
  password: string,
  address: string,
  url = "http://localhost",
) =>
  app.request(`${url}/api/v1/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-test-address": address },
    body: JSON.stringify({ email, password }),
  });

describe("security headers", () => {
  it("are on every page, API answer, error and refusal", async () => {
    const app = appWith();
    const requests: Array<[string, RequestInit?]> = [
      ["/"],
      ["/jurisdictions/whatever"],
      ["/assets/missing.js"],
      ["/api/docs"],
      ["/healthz"],
      ["/api/v1/openapi.json"],
      ["/api/v1/jurisdictions"],
      [`/api/v1/jurisdictions/${jurisdictionId}`],
      ["/api/v1/no-such-route"],
      ["/api/v1/jurisdictions?limit=0"],
      ["/api/v1/auth/me"],
      ["/api/v1/open-data.csv"],
      ["/api/v1/templates/inventory.xlsx"],
      ["/api/v1/inventories", { method: "POST", headers: { "content-type": "application/json" }, body: "{" }],
      ["/api/v1/inventories", { method: "POST", body: "x".repeat(2 * 1024 * 1024) }],
    ];
    for (const [path, init] of requests) {
      const res = await app.request(path, init);
      for (const [name, value] of Object.entries(SECURITY_HEADERS))
        expect([path, res.status, name, res.headers.get(name)]).toEqual([path, res.status, name, value]);
    }
  });

  it("forbid framing and scripts from anywhere but the app itself", () => {
    const csp = SECURITY_HEADERS["Content-Security-Policy"] as string;
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toContain("object-src 'none'");
    expect(SECURITY_HEADERS["X-Frame-Options"]).toBe("DENY");
    expect(SECURITY_HEADERS["X-Content-Type-Options"]).toBe("nosniff");
  });
});

describe("session cookies", () => {
  const cookiesOf = (res: Response) => res.headers.getSetCookie();

  it("are HttpOnly (the session), SameSite=Lax, Path=/, and Secure when configured", async () => {
    const always = cookiesOf(await signIn(appWith("always"), "ana@sec.test", PASSWORD, "10.0.0.1"));
    expect(always).toHaveLength(2);
    const session = always.find((c) => c.startsWith("ll_session=")) as string;
    const csrf = always.find((c) => c.startsWith("ll_csrf=")) as string;
    expect(session).toMatch(/; HttpOnly/);
    expect(csrf).not.toMatch(/HttpOnly/); // the page's script echoes it in X-CSRF-Token
    for (const c of always) {
      expect(c).toMatch(/; SameSite=Lax/);
      expect(c).toMatch(/; Path=\//);
      expect(c).toMatch(/; Secure/);
    }
    const never = cookiesOf(
      await signIn(appWith("never"), "ana@sec.test", PASSWORD, "10.0.0.1", "https://x.org"),
    );
    expect(never.some((c) => /Secure/.test(c))).toBe(false);
    const autoHttp = cookiesOf(await signIn(appWith("auto"), "ana@sec.test", PASSWORD, "10.0.0.1"));
    const autoHttps = cookiesOf(
      await signIn(appWith("auto"), "ana@sec.test", PASSWORD, "10.0.0.1", "https://x.org"),
    );
    expect([autoHttp.some((c) => /Secure/.test(c)), autoHttps.every((c) => /Secure/.test(c))]).toEqual([
      false,
      true,
    ]);
  });
});

describe("sign-in rate limiting", () => {
  async function expectLimited(res: Response) {
    expect(res.status).toBe(429);
    const retry = Number(res.headers.get("retry-after"));
    expect(retry).toBeGreaterThan(0);
    expect(retry).toBeLessThanOrEqual(60);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("too_many_requests");
  }

  it("limits one email from one address, then with Retry-After", async () => {
    const app = appWith();
    for (let i = 0; i < 3; i++)
      expect((await signIn(app, "bo@sec.test", "wrong password", "10.1.0.1")).status).toBe(401);
    await expectLimited(await signIn(app, "bo@sec.test", PASSWORD, "10.1.0.1"));
    expect((await signIn(app, "bo@sec.test", PASSWORD, "10.1.0.2")).status).toBe(200);
  });

  it("limits one account guessed from many addresses", async () => {
    const app = appWith();
    for (let i = 0; i < 5; i++)
      expect((await signIn(app, "cy@sec.test", "wrong password", `10.2.0.${i}`)).status).toBe(401);
    await expectLimited(await signIn(app, "cy@sec.test", PASSWORD, "10.2.9.9"));
    expect((await signIn(app, "di@sec.test", PASSWORD, "10.2.9.9")).status).toBe(200);
  });

  it("limits one address trying many accounts", async () => {
    const app = appWith();
    for (let i = 0; i < 8; i++)
      expect((await signIn(app, `nobody${i}@sec.test`, "wrong password", "10.3.0.1")).status).toBe(401);
    await expectLimited(await signIn(app, "ed@sec.test", PASSWORD, "10.3.0.1"));
    expect((await signIn(app, "ed@sec.test", PASSWORD, "10.3.0.2")).status).toBe(200);
  });
});

describe("errors", () => {
  it("answer a failing database with a generic 500: no stack trace, no SQL, the cause logged", async () => {
    const app = appWith();
    await database.db.execute(sql`alter table risks rename to risks_gone`);
    try {
      logged.length = 0;
      const res = await app.request("/api/v1/risks");
      const text = await res.text();
      expect(res.status).toBe(500);
      expect(JSON.parse(text)).toEqual({
        error: { code: "internal_error", message: "internal error", details: null },
      });
      expect(leaksInternals(text)).toBe(false);
      expect(String((logged[0] as Error)?.message)).toMatch(/risks/);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(res.headers.get(name)).toBe(value);
    } finally {
      await database.db.execute(sql`alter table risks_gone rename to risks`);
    }
  });

  it("answer a thrown JavaScript error the same way", async () => {
    const broken = { ...services, jurisdictions: Object.create(services.jurisdictions) };
    broken.jurisdictions.list = () => {
      throw new TypeError("Cannot read properties of undefined (reading 'select * from users')");
    };
    const app = createApp({ services: broken, database, logError: (e) => logged.push(e) });
    const res = await app.request("/api/v1/jurisdictions");
    const text = await res.text();
    expect([res.status, leaksInternals(text)]).toEqual([500, false]);
    expect(text).not.toContain("users");
  });

  it("recognise a leak when there is one", () => {
    expect(leaksInternals('duplicate key value violates unique constraint "x"')).toBe(true);
    expect(leaksInternals("    at Object.<anonymous> (/app/src/x.ts:10:5)")).toBe(true);
    expect(leaksInternals("select id from users where email = $1")).toBe(true);
    expect(leaksInternals("the email or password is wrong")).toBe(false);
  });
});
