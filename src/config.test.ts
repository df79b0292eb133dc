import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.ts";

describe("loadConfig", () => {
  it("applies defaults", () => {
    expect(loadConfig({})).toEqual({
      port: 8080,
      dataDir: "./data",
      databaseUrl: undefined,
      logLevel: "info",
      auth: {
        adminEmail: undefined,
        adminPassword: undefined,
        sessionHours: 12,
        cookieSecure: "auto",
        trustProxy: false,
        demoUsers: true,
      },
    });
  });

  it("reads every variable", () => {
    const env = {
      PORT: "9000",
      LOCALLEDGER_DATA: "/tmp/x",
      DATABASE_URL: "postgres://u@h/db",
      LOG_LEVEL: "debug",
      LOCALLEDGER_ADMIN_EMAIL: "admin@example.org",
      LOCALLEDGER_ADMIN_PASSWORD: "correct horse battery",
      LOCALLEDGER_SESSION_HOURS: "2",
      LOCALLEDGER_COOKIE_SECURE: "always",
      LOCALLEDGER_TRUST_PROXY: "true",
      LOCALLEDGER_DEMO_USERS: "false",
    };
    expect(loadConfig(env)).toEqual({
      port: 9000,
      dataDir: "/tmp/x",
      databaseUrl: "postgres://u@h/db",
      logLevel: "debug",
      auth: {
        adminEmail: "admin@example.org",
        adminPassword: "correct horse battery",
        sessionHours: 2,
        cookieSecure: "always",
        trustProxy: true,
        demoUsers: false,
      },
    });
  });

  it.each([
    ["PORT", "eighty"],
    ["PORT", "70000"],
    ["DATABASE_URL", "mysql://x"],
    ["LOG_LEVEL", "loud"],
    ["LOCALLEDGER_ADMIN_PASSWORD", "short"],
    ["LOCALLEDGER_ADMIN_EMAIL", "root"],
    ["LOCALLEDGER_COOKIE_SECURE", "maybe"],
  ])("names %s when it is %s", (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(name);
  });
});
