/** Start-up configuration: the environment read and validated once, with errors that name the variable. */
import { z } from "zod";

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const flag = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  LOCALLEDGER_DATA: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must start with postgres:// or postgresql://")
    .optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS).default("info"),
  LOCALLEDGER_ADMIN_EMAIL: z.email("must be an email address").optional(),
  LOCALLEDGER_ADMIN_PASSWORD: z.string().min(12, "must be at least 12 characters").optional(),
  LOCALLEDGER_SESSION_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 90)
    .default(12),
  LOCALLEDGER_COOKIE_SECURE: z.enum(["auto", "always", "never"]).default("auto"),
  LOCALLEDGER_TRUST_PROXY: flag.default(false),
  LOCALLEDGER_DEMO_USERS: flag.default(true),
});

/** Accounts and sessions. */
export interface AuthConfig {
  /** The first admin, created at start when no admin exists (both or neither). */
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  sessionHours: number;
  /** Secure cookies: "auto" when the request came over https (or X-Forwarded-Proto says so, behind a trusted proxy). */
  cookieSecure: "auto" | "always" | "never";
  /** Trust X-Forwarded-For/-Proto from a reverse proxy (client address for the sign-in rate limit). */
  trustProxy: boolean;
  /** Create the demo users (one per role, documented password) when seeding the demonstration network. */
  demoUsers: boolean;
}

/** The validated settings the server starts with. */
export interface Config {
  port: number;
  dataDir: string;
  databaseUrl: string | undefined;
  logLevel: (typeof LOG_LEVELS)[number];
  auth: AuthConfig;
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
  if ((e.LOCALLEDGER_ADMIN_EMAIL === undefined) !== (e.LOCALLEDGER_ADMIN_PASSWORD === undefined)) {
    throw new ConfigError(
      "Invalid environment: LOCALLEDGER_ADMIN_EMAIL and LOCALLEDGER_ADMIN_PASSWORD must be set together",
    );
  }
  return {
    port: e.PORT,
    dataDir: e.LOCALLEDGER_DATA,
    databaseUrl: e.DATABASE_URL,
    logLevel: e.LOG_LEVEL,
    auth: {
      adminEmail: e.LOCALLEDGER_ADMIN_EMAIL,
      adminPassword: e.LOCALLEDGER_ADMIN_PASSWORD,
      sessionHours: e.LOCALLEDGER_SESSION_HOURS,
      cookieSecure: e.LOCALLEDGER_COOKIE_SECURE,
      trustProxy: e.LOCALLEDGER_TRUST_PROXY,
      demoUsers: e.LOCALLEDGER_DEMO_USERS,
    },
  };
}
