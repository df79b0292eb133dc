/** `localledger seed --demo`: loads the demonstration network into the configured database (idempotent). */
import { Command } from "commander";
import { CliError } from "./cli-error.ts";
import { loadOrExplain } from "./serve.command.ts";

interface SeedFlags {
  demo?: boolean;
  data?: string;
}

/** Builds the `seed` command. */
export function seedCommand(): Command {
  return new Command("seed")
    .description("load data into the database: --demo loads the demonstration network (safe to run again)")
    .option("--demo", "the demonstration network built from real public data (src/db/seed/README.md)")
    .option("--data <dir>", "embedded database folder (default: LOCALLEDGER_DATA or ./data)")
    .action(async (flags: SeedFlags) => {
      if (!flags.demo) throw new CliError("say what to seed: --demo");
      const env = { ...process.env };
      if (flags.data !== undefined) env.LOCALLEDGER_DATA = flags.data;
      const config = loadOrExplain(env);
      const { openDatabase } = await import("../db/database.ts");
      const { seedDemo } = await import("../db/seed/seed-demo.ts");
      const { DEMO_PASSWORD } = await import("../db/seed/seed-demo-users.ts");
      const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
      try {
        const report = await seedDemo(database.db, undefined, { demoUsers: config.auth.demoUsers });
        const created = Object.entries(report.created)
          .map(([k, v]) => `${v} ${k}`)
          .join(", ");
        process.stdout.write(`seeded: created ${created}; ${report.existing} already present\n`);
        if (report.demoUsers.length > 0) {
          process.stdout.write(`demo users (password "${DEMO_PASSWORD}"): ${report.demoUsers.join(", ")}\n`);
        }
      } finally {
        await database.close();
      }
    });
}
