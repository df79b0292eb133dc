/**
 * Backup and restore of the whole database with each engine's own facility: the embedded database's data
 * folder as a gzipped tarball (PGlite's dumpDataDir / loadDataDir), a PostgreSQL server with pg_dump's custom
 * format and pg_restore. A backup is written beside its name and renamed when complete, so an interrupted
 * backup never leaves a partial file under that name. A restore refuses a file of the other engine.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { mkdir, open, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { lockDataDir, reclaimDataDirLock } from "./data-dir-lock.ts";
import type { DatabaseKind } from "./database.ts";

/** Where the database is: a PostgreSQL URL, or else an embedded data folder. */
export interface BackupTarget {
  url?: string | undefined;
  dataDir: string;
}

/** What a backup or restore did. */
export interface BackupResult {
  kind: DatabaseKind;
  file: string;
  bytes: number;
  durationMs: number;
  /** Restore with --force into a folder that held a database: where that database was moved. */
  movedAside?: string;
}

/** A backup file that cannot be restored here, a folder in use, or a failed pg_dump/pg_restore. */
export class BackupError extends Error {
  override readonly name = "BackupError";
}

/** Which engine wrote a backup file: PGlite tarballs are gzip, pg_dump's custom format starts "PGDMP". */
export async function backupKind(file: string): Promise<DatabaseKind | undefined> {
  const handle = await open(file, "r");
  try {
    const head = Buffer.alloc(5);
    await handle.read(head, 0, 5, 0);
    if (head[0] === 0x1f && head[1] === 0x8b) return "pglite";
    if (head.toString("latin1") === "PGDMP") return "postgres";
    return undefined;
  } finally {
    await handle.close();
  }
}

/** Writes a backup of the database to `file`. */
export async function backupDatabase(target: BackupTarget, file: string): Promise<BackupResult> {
  const started = performance.now();
  const out = resolve(file);
  const partial = `${out}.partial`;
  try {
    await writeBackup(target, partial);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  await rename(partial, out);
  const kind = target.url ? "postgres" : "pglite";
  return { kind, file: out, bytes: (await stat(out)).size, durationMs: performance.now() - started };
}

async function writeBackup(target: BackupTarget, partial: string): Promise<void> {
  if (target.url) {
    await runTool("pg_dump", ["--format=custom", "--no-owner", `--file=${partial}`], target.url);
  } else {
    if (!existsSync(resolve(target.dataDir, "PG_VERSION")))
      throw new BackupError(`there is no database in ${resolve(target.dataDir)} to back up`);
    const unlock = lockDataDir(target.dataDir);
    try {
      const client = new PGlite(target.dataDir);
      try {
        await client.waitReady;
        const dump = await client.dumpDataDir("gzip");
        await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
      } finally {
        await client.close();
      }
    } finally {
      unlock();
    }
  }
}

/**
 * Restores `file` into the database. A PostgreSQL server: pg_restore --clean in one transaction (objects of
 * the backup are replaced; all or nothing). The embedded database: into an empty or missing folder, or with
 * `force` after moving the folder's database aside (never deleting it).
 */
export async function restoreDatabase(
  target: BackupTarget,
  file: string,
  options: { force?: boolean } = {},
): Promise<BackupResult> {
  const started = performance.now();
  const source = resolve(file);
  if (!existsSync(source)) throw new BackupError(`${source} does not exist`);
  const kind = await backupKind(source);
  const here: DatabaseKind = target.url ? "postgres" : "pglite";
  if (kind === undefined)
    throw new BackupError(
      `${source} is not a LocalLedger backup (neither a PGlite tarball nor a pg_dump file)`,
    );
  if (kind !== here) {
    throw new BackupError(
      kind === "postgres"
        ? `${source} is a PostgreSQL (pg_dump) backup: set DATABASE_URL to the server to restore it into`
        : `${source} is an embedded-database (PGlite) backup: unset DATABASE_URL to restore it into a data folder`,
    );
  }
  const result: BackupResult = { kind, file: source, bytes: (await stat(source)).size, durationMs: 0 };
  if (target.url) {
    await runTool(
      "pg_restore",
      [
        "--clean",
        "--if-exists",
        "--no-owner",
        "--no-privileges",
        "--single-transaction",
        "--exit-on-error",
        source,
      ],
      target.url,
    );
  } else {
    const dir = resolve(target.dataDir);
    if (existsSync(dir) && readdirSync(dir).length > 0) {
      if (!options.force)
        throw new BackupError(
          `${dir} is not empty: restore into an empty folder, or give --force to move it aside`,
        );
      lockDataDir(dir)(); // refuses when a live process has it open
      result.movedAside = `${dir}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`;
      await rename(dir, result.movedAside);
    }
    await mkdir(dir, { recursive: true });
    const unlock = lockDataDir(dir);
    try {
      const client = new PGlite(dir, { loadDataDir: new Blob([await readFile(source)]) });
      await client.waitReady;
      await client.close();
      reclaimDataDirLock(dir); // the tarball carried the backed-up process's lock file
    } catch (error) {
      unlock();
      await rm(dir, { recursive: true, force: true });
      if (result.movedAside) await rename(result.movedAside, dir);
      throw new BackupError(`${source} could not be restored: ${(error as Error).message}`);
    }
    unlock();
  }
  result.durationMs = performance.now() - started;
  return result;
}

/** Runs pg_dump or pg_restore against `url`, with the password in the environment rather than the arguments. */
async function runTool(tool: string, args: string[], url: string): Promise<void> {
  const parsed = new URL(url);
  const env = { ...process.env, PGPASSWORD: decodeURIComponent(parsed.password) };
  parsed.password = "";
  const child = spawn(tool, [...args, `--dbname=${parsed.toString()}`], {
    env,
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => {
    stderr += d.toString();
  });
  const code = await new Promise<number | null>((done, fail) => {
    child.on("error", (error) =>
      fail(
        (error as NodeJS.ErrnoException).code === "ENOENT"
          ? new BackupError(`${tool} is not installed (apt-get install postgresql-client)`)
          : error,
      ),
    );
    child.on("close", done);
  });
  if (code !== 0)
    throw new BackupError(`${tool} failed (exit ${code}): ${stderr.trim().split("\n").slice(-3).join(" ")}`);
}
