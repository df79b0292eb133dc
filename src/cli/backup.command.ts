/**
 * `localledger backup FILE` and `localledger restore FILE`: the whole database to one file and back, with the
 * engine's own tools (PGlite's data-folder tarball; pg_dump/pg_restore for a PostgreSQL server). A restore ends
 * by verifying the restored record (audit chain and published versions) and exits 1 if it does not verify.
 */
import { Command } from "commander";
import { CliError } from "./cli-error.ts";
import { loadOrExplain } from "./serve.command.ts";

interface Flags {
  data?: string;
  force?: boolean;
}

function configWith(flags: Flags) {
  const env = { ...process.env };
  if (flags.data !== undefined) env.LOCALLEDGER_DATA = flags.data;
  return loadOrExplain(env);
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

async function explained<T>(work: () => Promise<T>): Promise<T> {
  const { BackupError } = await import("../db/backup.ts");
  const { DataDirInUseError } = await import("../db/data-dir-lock.ts");
  try {
    return await work();
  } catch (error) {
    if (error instanceof BackupError || error instanceof DataDirInUseError) throw new CliError(error.message);
    throw error;
  }
}

/** Builds the `backup` command. */
export function backupCommand(): Command {
  return new Command("backup")
    .description(
      "write the whole database to FILE (PGlite: data-folder tarball; PostgreSQL: pg_dump custom format)",
    )
    .argument("<file>", "the backup file to write")
    .option("--data <dir>", "embedded database folder (default: LOCALLEDGER_DATA or ./data)")
    .action(async (file: string, flags: Flags) => {
      const config = configWith(flags);
      const { backupDatabase } = await import("../db/backup.ts");
      const result = await explained(() =>
        backupDatabase({ url: config.databaseUrl, dataDir: config.dataDir }, file),
      );
      process.stdout.write(
        `backed up the ${result.kind} database to ${result.file} (${mib(result.bytes)}) in ${(result.durationMs / 1000).toFixed(1)} s\n`,
      );
    });
}

/** Builds the `restore` command. */
export function restoreCommand(): Command {
  return new Command("restore")
    .description("restore the whole database from a FILE written by `backup`, then verify the record")
    .argument("<file>", "the backup file to read")
    .option("--data <dir>", "embedded database folder (default: LOCALLEDGER_DATA or ./data)")
    .option("--force", "embedded database: move a non-empty folder aside (renamed, not deleted) and restore")
    .action(async (file: string, flags: Flags) => {
      const config = configWith(flags);
      const { restoreDatabase } = await import("../db/backup.ts");
      const result = await explained(() =>
        restoreDatabase({ url: config.databaseUrl, dataDir: config.dataDir }, file, { force: flags.force }),
      );
      if (result.movedAside)
        process.stdout.write(`moved the previous database aside to ${result.movedAside}\n`);
      process.stdout.write(
        `restored the ${result.kind} database from ${result.file} (${mib(result.bytes)}) in ${(result.durationMs / 1000).toFixed(1)} s\n`,
      );
      const { openDatabase } = await import("../db/database.ts");
      const { verifyRecord } = await import("../services/audit/verify-record.ts");
      const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
      try {
        const report = await verifyRecord(database.db);
        if (!report.ok) throw new CliError(`the restored database does not verify: ${report.problem}`);
        process.stdout.write(
          `verified: ${report.chain.events} audit events, ${report.versions.checked} published versions\n`,
        );
      } finally {
        await database.close();
      }
    });
}
