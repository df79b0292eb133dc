/** Entry point: `npx tsx src/server-main.ts` serves LocalLedger with the settings of the environment. */
import { loadConfig } from "./config.ts";
import { startServer } from "./server.ts";

try {
  const config = loadConfig();
  await startServer({
    port: config.port,
    dataDir: config.dataDir,
    databaseUrl: config.databaseUrl,
    logLevel: config.logLevel,
    auth: config.auth,
  });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
