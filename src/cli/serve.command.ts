/** `localledger serve`: the API server on the embedded database or DATABASE_URL (what `npm start` runs). */
import { Command } from "commander";
import { ConfigError, loadConfig } from "../config.ts";
import { CliError } from "./cli-error.ts";

interface ServeFlags {
  port?: string;
  data?: string;
  seed: boolean;
}

/** Builds the `serve` command. */
export function serveCommand(): Command {
  return new Command("serve")
    .description("serve the web API on http://localhost:8080 (seeds the demo network into an empty database)")
    .option("--port <n>", "port to listen on (default: PORT or 8080)")
    .option("--data <dir>", "embedded database folder (default: LOCALLEDGER_DATA or ./data)")
    .option("--no-seed", "do not seed the demonstration network into an empty database")
    .action(async (flags: ServeFlags) => {
      const env = { ...process.env };
      if (flags.port !== undefined) env.PORT = flags.port;
      if (flags.data !== undefined) env.LOCALLEDGER_DATA = flags.data;
      const config = loadOrExplain(env);
      const { startServer } = await import("../server.ts");
      await startServer({
        port: config.port,
        dataDir: config.dataDir,
        databaseUrl: config.databaseUrl,
        logLevel: config.logLevel,
        auth: config.auth,
        seed: flags.seed,
      });
    });
}

/** Loads the configuration, turning a bad setting into a one-line CLI error. */
export function loadOrExplain(env: NodeJS.ProcessEnv) {
  try {
    return loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError(error.message);
    throw error;
  }
}
