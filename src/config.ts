/** Start-up configuration: the environment read and validated once, with errors that name the variable. */
import { z } from "zod";

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  LOCALLEDGER_DATA: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must start with postgres:// or postgresql://")
    .optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS).default("info"),
});

/** The validated settings the server starts with. */
export interface Config {
  port: number;
  dataDir: string;
  databaseUrl: string | undefined;
  logLevel: (typeof LOG_LEVELS)[number];
}

/** A bad setting: its message names the variable and says why. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Reads and validates the settings from an environment (process.env by default); throws `ConfigError`. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const input = Object.fromEntries(
    Object.keys(envSchema.shape).map((key) => [key, env[key] === "" ? undefined : env[key]]),
  );
  const parsed = envSchema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid environment: ${problems.join("; ")}`);
  }
  const e = parsed.data;
  return { port: e.PORT, dataDir: e.LOCALLEDGER_DATA, databaseUrl: e.DATABASE_URL, logLevel: e.LOG_LEVEL };
}
