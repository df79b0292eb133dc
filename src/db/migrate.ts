/** Applies the committed migrations, refusing a database that has migrations this code does not know. */
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import type { MigrationConfig } from "drizzle-orm/migrator";
import type { Db } from "./database.ts";

/** The committed drizzle-kit migrations. */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL("./migrations", import.meta.url));
const MIGRATIONS_SCHEMA = "drizzle";
const MIGRATIONS_TABLE = "__drizzle_migrations";

/** The migrator configuration both drivers' `migrate` take. */
export const MIGRATION_CONFIG: MigrationConfig = {
  migrationsFolder: MIGRATIONS_FOLDER,
  migrationsSchema: MIGRATIONS_SCHEMA,
  migrationsTable: MIGRATIONS_TABLE,
};

/** How far a database is migrated: the number of migrations applied and the tag of the latest. */
export interface MigrationLevel {
  applied: number;
  latest: string;
}

/** The database was written by a newer LocalLedger than this one. */
export class DatabaseTooNewError extends Error {
  override name = "DatabaseTooNewError";
}

interface JournalEntry {
  when: number;
  tag: string;
}

async function readJournal(): Promise<JournalEntry[]> {
  const text = await readFile(`${MIGRATIONS_FOLDER}/meta/_journal.json`, "utf8");
  return (JSON.parse(text) as { entries: JournalEntry[] }).entries;
}

async function appliedMigrations(db: Db): Promise<number[]> {
  const exists = await db.execute<{ found: boolean }>(
    sql`select to_regclass(${`${MIGRATIONS_SCHEMA}.${MIGRATIONS_TABLE}`}) is not null as found`,
  );
  if (!rowsOf<{ found: boolean }>(exists)[0]?.found) return [];
  const rows = await db.execute<{ created_at: string | number }>(
    sql`select created_at from ${sql.identifier(MIGRATIONS_SCHEMA)}.${sql.identifier(MIGRATIONS_TABLE)}`,
  );
  return rowsOf<{ created_at: string | number }>(rows).map((r) => Number(r.created_at));
}

/** Both drivers return `{ rows }` from `execute`. */
function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

/** Checks that `db` has no migration unknown to this code, runs `apply` (the driver's migrator), returns the level. */
export async function migrateDatabase(db: Db, apply: () => Promise<void>): Promise<MigrationLevel> {
  const journal = await readJournal();
  const known = new Set(journal.map((e) => e.when));
  const unknown = (await appliedMigrations(db)).filter((when) => !known.has(when));
  if (unknown.length > 0) {
    throw new DatabaseTooNewError(
      `The database has ${unknown.length} migration(s) newer than this version of LocalLedger knows ` +
        `(latest known: ${journal.at(-1)?.tag ?? "none"}); upgrade LocalLedger or use another database.`,
    );
  }
  await apply();
  return { applied: journal.length, latest: journal.at(-1)?.tag ?? "none" };
}
