/**
 * `localledger import <format> FILE…`: imports files through the import service, in one transaction per file.
 * It acts on the local database (DATABASE_URL or the data folder) as the system principal, like `seed`: whoever
 * can run it can already write the database. `--as EMAIL` acts as that user instead, with their roles.
 * Exit codes: 0 imported (or nothing to change), 1 file or import errors (the report is printed), 2 usage.
 */
import { writeFile } from "node:fs/promises";
import { Option } from "commander";
import type { Db } from "../db/database.ts";
import { findUserByEmail, rolesOf } from "../db/repositories/user.repository.ts";
import { CSV_ENCODINGS, type CsvEncoding } from "../io/csv-stream.ts";
import { type Principal, SYSTEM_PRINCIPAL, userPrincipal } from "../policies/principal.ts";
import { DomainError } from "../services/errors.ts";
import { IMPORT_FORMATS, type ImportFormat, type ImportOutcome } from "../services/import/import-types.ts";
import { CliError } from "./cli-error.ts";
import { createProgress } from "./cli-progress.ts";
import { formatImportOutcome } from "./format-import.ts";
import { loadOrExplain } from "./serve.command.ts";
import { UsageCommand } from "./usage-command.ts";

interface ImportFlags {
  dryRun?: boolean;
  partial?: boolean;
  report?: string;
  jurisdiction?: string;
  year?: string;
  publish?: boolean;
  as?: string;
  data?: string;
  encoding?: CsvEncoding;
  delimiter?: string;
}

async function principalOf(db: Db, email: string | undefined): Promise<Principal> {
  if (!email) return SYSTEM_PRINCIPAL;
  const user = await findUserByEmail(db, email.toLowerCase());
  if (!user) throw new CliError(`no user has the email ${email}`, 2);
  return userPrincipal(user.id, (await rolesOf(db, [user.id])).get(user.id) ?? []);
}

/** Builds the `import` command. */
export function importCommand(): UsageCommand {
  const command = new UsageCommand("import");
  return command
    .description(
      "import files (CDP, C40, CityCatalyst, LocalLedger templates, inventory JSON) into the registry",
    )
    .addArgument(command.createArgument("<format>", "file format").choices(IMPORT_FORMATS))
    .argument("<files...>", "files to import, one transaction each")
    .option("--dry-run", "read, match and check everything; write nothing")
    .option("--partial", "import every jurisdiction-year free of errors and list the skipped ones")
    .option("--report <file>", "write the import report(s) as JSON to this file")
    .option("--jurisdiction <locode>", "UN/LOCODE of the jurisdiction (single-inventory formats)")
    .addOption(
      new Option("--year <n>", "inventory year (single-inventory formats)").argParser((v) => {
        if (!/^\d{4}$/.test(v)) command.error(`error: --year must be a four-digit year, not "${v}"`);
        return v;
      }),
    )
    .addOption(
      new Option("--encoding <name>", "text encoding of CSV/JSON files (default utf8)").choices(
        CSV_ENCODINGS,
      ),
    )
    .addOption(
      new Option(
        "--delimiter <char>",
        'column delimiter of CSV files (default ","; "tab" for tabs)',
      ).argParser((v) => {
        if (v !== "tab" && [...v].length !== 1)
          command.error(`error: --delimiter must be one character or "tab", not "${v}"`);
        return v;
      }),
    )
    .option("--publish", "store as published (admins only), like the demonstration network")
    .option("--as <email>", "act as this user (default: the system principal on the local database)")
    .option("--data <dir>", "embedded database folder (default: LOCALLEDGER_DATA or ./data)")
    .action(async (format: ImportFormat, files: string[], flags: ImportFlags) => {
      const env = { ...process.env };
      if (flags.data !== undefined) env.LOCALLEDGER_DATA = flags.data;
      const config = loadOrExplain(env);
      const { openDatabase } = await import("../db/database.ts");
      const { ImportService } = await import("../services/import/import.service.ts");
      const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
      const outcomes: ImportOutcome[] = [];
      try {
        const actor = await principalOf(database.db, flags.as);
        const service = new ImportService(database.db);
        for (const file of files) {
          const progress = createProgress(file);
          try {
            const outcome = await service.importFile(
              format,
              file,
              {
                dryRun: flags.dryRun,
                partial: flags.partial,
                jurisdiction: flags.jurisdiction,
                year: flags.year === undefined ? undefined : Number(flags.year),
                publish: flags.publish,
                encoding: flags.encoding,
                delimiter: flags.delimiter,
                onProgress: (rows, bytes, total) => progress.update(rows, bytes, total),
              },
              actor,
            );
            outcomes.push(outcome);
          } catch (error) {
            if (error instanceof DomainError) throw new CliError(`${file}: ${error.code}: ${error.message}`);
            throw error;
          } finally {
            progress.stop();
          }
          process.stdout.write(formatImportOutcome(outcomes[outcomes.length - 1] as ImportOutcome));
        }
      } finally {
        await database.close();
        if (flags.report)
          await writeFile(
            flags.report,
            `${JSON.stringify(outcomes.length === 1 ? outcomes[0] : outcomes, null, 2)}\n`,
          );
      }
      if (outcomes.some((o) => o.blocked || o.report.fatal)) process.exitCode = 1;
    });
}
