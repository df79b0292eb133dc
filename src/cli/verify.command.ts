/**
 * `localledger verify`: walks the audit chain and recomputes every published inventory version (results from
 * its lines, content hash, publish event) and every published theme report (indicators, content hash, publish event). Prints one line (or the report with --json); exit 1 when broken.
 */
import { Command } from "commander";
import { CliError } from "./cli-error.ts";
import { loadOrExplain } from "./serve.command.ts";

interface VerifyFlags {
  json?: boolean;
  data?: string;
}

/** Builds the `verify` command. */
export function verifyCommand(): Command {
  return new Command("verify")
    .description(
      "prove the published record is unaltered: audit chain, published versions' results and hashes, published theme reports' indicators and hashes",
    )
    .option("--json", "print the full report as JSON")
    .option("--data <dir>", "embedded database folder (default: LOCALLEDGER_DATA or ./data)")
    .action(async (flags: VerifyFlags) => {
      const env = { ...process.env };
      if (flags.data !== undefined) env.LOCALLEDGER_DATA = flags.data;
      const config = loadOrExplain(env);
      const { openDatabase } = await import("../db/database.ts");
      const { verifyRecord } = await import("../services/audit/verify-record.ts");
      const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
      try {
        const report = await verifyRecord(database.db);
        if (flags.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
        else if (report.ok) {
          process.stdout.write(
            `ok: ${report.chain.events} audit events chained to ${report.chain.headHash.slice(0, 16)}…, ` +
              `${report.versions.checked} published versions recalculated and hashed, ` +
              `${report.themeReports.checked} published theme reports recomputed and hashed in ${Math.round(report.durationMs)} ms\n`,
          );
        }
        if (!report.ok) {
          if (!flags.json) throw new CliError(`verify failed: ${report.problem}`);
          process.exitCode = 1;
        }
      } finally {
        await database.close();
      }
    });
}
