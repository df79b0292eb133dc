/** Opens the database: embedded PGlite in a data folder, or a PostgreSQL server; migrates it on open. */
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import { CHANGES_CHANNEL, type ChangeListener, parseChange } from "./changes.ts";
import { lockDataDir } from "./data-dir-lock.ts";
import { sliceEventLoop } from "./event-loop-slices.ts";
import { MIGRATION_CONFIG, type MigrationLevel, migrateDatabase } from "./migrate.ts";
import * as schema from "./schema/index.ts";

/** The schema as Drizzle sees it. */
export type Schema = typeof schema;

/** A Drizzle database or transaction on either driver: what repositories take. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

/** Which engine a database runs on. */
export type DatabaseKind = "pglite" | "postgres";

/** An open, migrated database. */
export interface Database {
  db: Db;
  kind: DatabaseKind;
  migration: MigrationLevel;
  /** Listens to committed changes (LISTEN on the changes channel); resolves to a function that stops. */
  subscribeChanges(listener: ChangeListener): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/** Where to open the database: a PostgreSQL URL wins; else a PGlite data folder; neither is in memory. */
export interface OpenOptions {
  url?: string | undefined;
  dataDir?: string | undefined;
}

/** Opens and migrates a database; refuses one whose migrations are newer than this code's. */
export async function openDatabase(options: OpenOptions = {}): Promise<Database> {
  if (options.url) {
    const pool = new pg.Pool({ connectionString: options.url, max: 10 });
    // An idle connection the server closes (restart, failover, a dropped database) must not crash the process:
    // the pool discards it and the next query opens a new one.
    pool.on("error", () => {});
    const db = drizzlePg({ client: pool, schema });
    const listeners: pg.Client[] = [];
    const subscribe = async (listener: ChangeListener) => {
      // A dedicated connection: LISTEN belongs to a session, and pooled connections are shared.
      const client = new pg.Client({ connectionString: options.url });
      await client.connect();
      client.on("error", () => {});
      client.on("notification", (msg) => {
        const change = msg.channel === CHANGES_CHANNEL && msg.payload ? parseChange(msg.payload) : undefined;
        if (change) listener(change);
      });
      await client.query(`LISTEN ${CHANGES_CHANNEL}`);
      listeners.push(client);
      return async () => {
        listeners.splice(listeners.indexOf(client), 1);
        await client.end();
      };
    };
    return finish(
      db,
      "postgres",
      () => migratePg(db, MIGRATION_CONFIG),
      subscribe,
      async () => {
        await Promise.all(listeners.map((c) => c.end()));
        await pool.end();
      },
    );
  }
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const unlock = options.dataDir ? lockDataDir(options.dataDir) : () => {};
  let client: PGlite;
  try {
    client = sliceEventLoop(options.dataDir ? new PGlite(options.dataDir) : new PGlite());
    await client.waitReady;
  } catch (error) {
    unlock();
    throw error;
  }
  const db = drizzlePglite({ client, schema });
  const subscribe = async (listener: ChangeListener) =>
    client.listen(CHANGES_CHANNEL, (payload) => {
      const change = parseChange(payload);
      if (change) listener(change);
    });
  return finish(
    db,
    "pglite",
    () => migratePglite(db, MIGRATION_CONFIG),
    subscribe,
    async () => {
      try {
        await client.close();
      } finally {
        unlock();
      }
    },
  );
}

async function finish(
  db: Db,
  kind: DatabaseKind,
  apply: () => Promise<void>,
  subscribeChanges: Database["subscribeChanges"],
  close: () => Promise<void>,
): Promise<Database> {
  try {
    const migration = await migrateDatabase(db, apply);
    return { db, kind, migration, subscribeChanges, close };
  } catch (error) {
    await close();
    throw error;
  }
}
