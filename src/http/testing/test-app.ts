/**
 * Test support: the whole app on a fresh in-memory database, and small clients for `app.request`: as the
 * admin (an API token), as anyone (no credential), with any token, or with a real signed-in session.
 */
import type { ThemeRegistry } from "../../core/themes/registry.ts";
import { type Database, openDatabase } from "../../db/database.ts";
import { type RoleName, userPrincipal } from "../../policies/principal.ts";
import { SYSTEM } from "../../services/service-helpers.ts";
import { createServices, type Services } from "../../services/services.ts";
import { createApp } from "../app.ts";
import { ReadCache } from "../common/read-cache.ts";

/** A response read in full. */
export interface TestResponse {
  status: number;
  etag: string | null;
  body: unknown;
  headers: Headers;
  /** The body as the API's error shape (fields undefined when it is not one). */
  error: { code?: string; message?: string; details?: Array<{ path: string; message: string }> };
}

/** Sends requests with one identity. */
export interface TestClient {
  request(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<TestResponse>;
  /** Sends a raw body (e.g. malformed JSON) as application/json. */
  raw(method: string, path: string, body: string, headers?: Record<string, string>): Promise<TestResponse>;
}

/** A user made for a test, with an API token. */
export interface TestUser {
  id: string;
  email: string;
  password: string;
  token: string;
  client: TestClient;
}

/** An app under test with its database; `request` and `raw` act as the admin. */
export interface TestApp extends TestClient {
  database: Database;
  readCache: ReadCache;
  services: Services;
  anonymous: TestClient;
  /** A client sending `Authorization: Bearer <token>`, or nothing when `token` is null. */
  withToken(token: string | null): TestClient;
  /** Creates a user with roles and an API token. */
  createUser(roles: Array<{ role: RoleName; jurisdictionId?: string | null }>): Promise<TestUser>;
  /** Signs in through the API; the client sends the session cookies and, unless `csrf` is false, the CSRF header. */
  signIn(
    email: string,
    password: string,
  ): Promise<{ response: TestResponse; client(csrf?: boolean): TestClient }>;
  close(): Promise<void>;
}

/** The password of every test user. */
export const TEST_PASSWORD = "test-password-long-enough";

let users = 0;

/** Creates an admin with an API token on the database behind `services`; returns the token. */
export async function createAdminToken(services: Services): Promise<string> {
  users += 1;
  const email = `admin${users}-${process.pid}@test.localledger.org`;
  const user = await services.users.create(
    { email, name: "Admin", password: TEST_PASSWORD, roles: [{ role: "admin" }] },
    SYSTEM,
  );
  return (await services.tokens.create(userPrincipal(user.id, []), "test", null)).token;
}

/** Builds the app over a fresh database (in-memory PGlite unless `open` gives another); unexpected errors fail loudly. */
export async function createTestApp(
  options: { themes?: ThemeRegistry; open?: () => Promise<Database> } = {},
): Promise<TestApp> {
  const database = await (options.open ?? (() => openDatabase()))();
  const readCache = new ReadCache();
  await database.subscribeChanges((change) => readCache.invalidate(change));
  const services = createServices(database.db, undefined, options.themes);
  const app = createApp({
    services,
    database,
    readCache,
    logError: (error) => {
      throw error;
    },
  });
  const send = async (
    method: string,
    path: string,
    body: string | undefined,
    headers: Record<string, string>,
  ) => {
    const response = await app.request(path, {
      method,
      headers: body === undefined ? headers : { "content-type": "application/json", ...headers },
      ...(body === undefined ? {} : { body }),
    });
    const text = await response.text();
    const parsed: unknown =
      text && response.headers.get("content-type")?.includes("json") ? JSON.parse(text) : text;
    const error = (parsed as { error?: TestResponse["error"] } | null)?.error ?? {};
    return {
      status: response.status,
      etag: response.headers.get("etag"),
      body: parsed,
      headers: response.headers,
      error,
    };
  };
  const clientWith = (base: () => Record<string, string>): TestClient => ({
    request: (method, path, body, headers = {}) =>
      send(method, path, body === undefined ? undefined : JSON.stringify(body), { ...base(), ...headers }),
    raw: (method, path, body, headers = {}) => send(method, path, body, { ...base(), ...headers }),
  });
  const withToken = (token: string | null) =>
    clientWith((): Record<string, string> => (token ? { authorization: `Bearer ${token}` } : {}));
  const createUser = async (
    roles: Array<{ role: RoleName; jurisdictionId?: string | null }>,
  ): Promise<TestUser> => {
    users += 1;
    const email = `user${users}-${process.pid}@test.localledger.org`;
    const user = await services.users.create(
      { email, name: `User ${users}`, password: TEST_PASSWORD, roles },
      SYSTEM,
    );
    const { token } = await services.tokens.create(userPrincipal(user.id, []), "test", null);
    return { id: user.id, email, password: TEST_PASSWORD, token, client: withToken(token) };
  };
  const admin = await createUser([{ role: "admin" }]);
  return {
    database,
    readCache,
    services,
    ...admin.client,
    anonymous: withToken(null),
    withToken,
    createUser,
    async signIn(email, password) {
      const response = await send("POST", "/api/v1/auth/sign-in", JSON.stringify({ email, password }), {});
      const cookies = new Map<string, string>();
      for (const line of response.headers.getSetCookie()) {
        const [pair] = line.split(";");
        const [name, value] = (pair ?? "").split("=");
        if (name && value !== undefined) cookies.set(name, value);
      }
      const cookie = [...cookies].map(([k, v]) => `${k}=${v}`).join("; ");
      return {
        response,
        client: (csrf = true) =>
          clientWith(() => ({
            cookie,
            ...(csrf ? { "x-csrf-token": decodeURIComponent(cookies.get("ll_csrf") ?? "") } : {}),
          })),
      };
    },
    close: () => database.close(),
  };
}
