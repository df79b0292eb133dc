/** Test support: the whole app on a fresh in-memory database, and a small client for `app.request`. */
import { type Database, openDatabase } from "../../db/database.ts";
import { createServices } from "../../services/services.ts";
import { createApp } from "../app.ts";
import { ReadCache } from "../common/read-cache.ts";

/** A response read in full. */
export interface TestResponse {
  status: number;
  etag: string | null;
  body: unknown;
  /** The body as the API's error shape (fields undefined when it is not one). */
  error: { code?: string; message?: string; details?: Array<{ path: string; message: string }> };
}

/** An app under test with its database. */
export interface TestApp {
  database: Database;
  readCache: ReadCache;
  request(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<TestResponse>;
  /** Sends a raw body (e.g. malformed JSON) as application/json. */
  raw(method: string, path: string, body: string, headers?: Record<string, string>): Promise<TestResponse>;
  close(): Promise<void>;
}

/** Builds the app over a fresh in-memory PGlite database; unexpected errors fail loudly. */
export async function createTestApp(): Promise<TestApp> {
  const database = await openDatabase();
  const readCache = new ReadCache();
  await database.subscribeChanges((change) => readCache.invalidate(change));
  const app = createApp({
    services: createServices(database.db),
    database,
    readCache,
    logError: (error) => {
      throw error;
    },
  });
  const raw = async (
    method: string,
    path: string,
    body: string | undefined,
    headers: Record<string, string> = {},
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
    return { status: response.status, etag: response.headers.get("etag"), body: parsed, error };
  };
  return {
    database,
    readCache,
    request: (method, path, body, headers) =>
      raw(method, path, body === undefined ? undefined : JSON.stringify(body), headers),
    raw,
    close: () => database.close(),
  };
}
