/**
 * `localledger seed --demo`: loads the demonstration network into the configured database (idempotent).
 * `localledger seed --synthetic --jurisdictions N --years Y [--seed S]`: streams a reproducible synthetic network
 * shaped like the real data through the import service (src/services/import/synthetic-seed.ts).
 */
import { Command, InvalidArgumentError } from "commander";
import { CliError } from "./cli-error.ts";
import { createProgress } from "./cli-progress.ts";
import { loadOrExplain } from "./serve.command.ts";

interface SeedFlags {
  demo?: boolean;
  synthetic?: boolean;
  jurisdictions?: number;
  years?: number;
  seed?: number;
  data?: string;
}

function positive(max: number) {
  return (v: string) => {
    const n = Number(v);
    if (!/^\d+$/.test(v) || n < 1 || n > max)
      throw new InvalidArgumentError(`a whole number from 1 to ${max}`);
    return n;
  };
}

/** Builds the `seed` command. */
export function seedCommand(): Command {
  return new Command("seed")
    .description(
      "load data into the database: --demo loads the demonstration network, --synthetic a generated one (both safe to run again)",
    )
    .option("--demo", "the demonstration network built from real public data (src/db/seed/README.md)")
    .option("--synthetic", "a synthetic network shaped like the real data, imported like a file")
    .option("--jurisdictions <n>", "synthetic: how many jurisdictions", positive(10_000_000))
    .option("--years <n>", "synthetic: inventory years per jurisdiction, ending in 2023", positive(50))
    .option("--seed <n>", "synthetic: random seed (the same seed gives the same network)", positive(2 ** 31))
    .option("--data <dir>", "embedded database folder (default: LOCALLEDGER_DATA or ./data)")
    .action(async (flags: SeedFlags) => {
      if (flags.demo === flags.synthetic) throw new CliError("say what to seed: --demo or --synthetic", 2);
      if (flags.synthetic && (flags.jurisdictions === undefined || flags.years === undefined))
        throw new CliError("--synthetic needs --jurisdictions N and --years Y", 2);
      const env = { ...process.env };
      if (flags.data !== undefined) env.LOCALLEDGER_DATA = flags.data;
      const config = loadOrExplain(env);
      const { openDatabase } = await import("../db/database.ts");
      const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
      try {
        if (flags.synthetic) await seedSyntheticNetwork(database.db, flags);
        else await seedDemoNetwork(database.db, config.auth.demoUsers);
      } finally {
        await database.close();
      }
    });
}

async function seedDemoNetwork(db: import("../db/database.ts").Db, demoUsers: boolean) {
  const { seedDemo } = await import("../db/seed/seed-demo.ts");
  const { DEMO_PASSWORD } = await import("../db/seed/seed-demo-users.ts");
  const report = await seedDemo(db, undefined, { demoUsers });
  const created = Object.entries(report.created)
    .map(([k, v]) => `${v} ${k}`)
    .join(", ");
  process.stdout.write(`seeded: created ${created}; ${report.existing} already present\n`);
  if (report.demoUsers.length > 0) {
    process.stdout.write(`demo users (password "${DEMO_PASSWORD}"): ${report.demoUsers.join(", ")}\n`);
  }
}

async function seedSyntheticNetwork(db: import("../db/database.ts").Db, flags: SeedFlags) {
  const { ImportService } = await import("../services/import/import.service.ts");
  const { seedSynthetic } = await import("../services/import/synthetic-seed.ts");
  const { SYSTEM } = await import("../services/service-helpers.ts");
  const options = {
    jurisdictions: flags.jurisdictions ?? 0,
    years: flags.years ?? 0,
    seed: flags.seed ?? 1,
  };
  const progress = createProgress(`synthetic ${options.jurisdictions} × ${options.years}`, process.stderr, {
    done: "jurisdictions",
    rows: "lines",
  });
  let report: Awaited<ReturnType<typeof seedSynthetic>>;
  try {
    report = await seedSynthetic(new ImportService(db), options, SYSTEM, (done, total, lines) =>
      progress.update(lines, done, total),
    );
  } finally {
    progress.stop();
  }
  const c = report.counts;
  process.stdout.write(
    [
      `seeded a synthetic network (seed ${options.seed}) in ${report.seconds.toFixed(1)} s:`,
      `  jurisdictions: ${c.jurisdictions.created} created, ${c.jurisdictions.unchanged + c.jurisdictions.updated} present`,
      `  inventories:   ${c.inventories.created} created, ${c.inventories.unchanged} unchanged, ${c.inventories.updated} updated (${report.lines} lines, ${Math.round(report.lines / Math.max(report.seconds, 0.001))} lines/s)`,
      `  targets:       ${c.targets.created} created, ${c.targets.unchanged} unchanged`,
      `  actions:       ${c.actions.created} created, ${c.actions.unchanged} unchanged`,
      "",
    ].join("\n"),
  );
}
