/** Test support: fresh, migrated databases on every available driver (PGlite always, PostgreSQL if configured). */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { type Database, type DatabaseKind, openDatabase } from "../database.ts";

/** A driver a test suite can run against: a name and how to open a fresh database on it. */
export interface TestDriver {
  kind: DatabaseKind;
  /** Opens a new, empty, migrated database; `close()` also drops it. */
  open(): Promise<TestDatabase>;
}

/** A fresh database for one test file, with the URL it was opened from (PostgreSQL only). */
export interface TestDatabase extends Database {
  url: string | undefined;
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** Creates an empty database beside the one `TEST_DATABASE_URL` names; returns its URL and how to drop it. */
export async function createPostgresDatabase(
  adminUrl: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `localledger_test_${randomUUID().replaceAll("-", "")}`;
  await adminQuery(adminUrl, `create database "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => adminQuery(adminUrl, `drop database if exists "${name}" with (force)`),
  };
}

const pglite: TestDriver = {
  kind: "pglite",
  async open() {
    return { ...(await openDatabase()), url: undefined };
  },
};

function postgres(adminUrl: string): TestDriver {
  return {
    kind: "postgres",
    async open() {
      const created = await createPostgresDatabase(adminUrl);
      const database = await openDatabase({ url: created.url });
      return {
        ...database,
        url: created.url,
        async close() {
          await database.close();
          await created.drop();
        },
      };
    },
  };
}

/** The drivers to test on: PGlite, plus PostgreSQL when `TEST_DATABASE_URL` is set. */
export function testDrivers(): TestDriver[] {
  const url = process.env["TEST_DATABASE_URL"];
  return url ? [pglite, postgres(url)] : [pglite];
}
