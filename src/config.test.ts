import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.ts";

describe("loadConfig", () => {
  it("applies defaults", () => {
    expect(loadConfig({})).toEqual({
      port: 8080,
      dataDir: "./data",
      databaseUrl: undefined,
      logLevel: "info",
    });
  });

  it("reads every variable", () => {
    const env = {
      PORT: "9000",
      LOCALLEDGER_DATA: "/tmp/x",
      DATABASE_URL: "postgres://u@h/db",
      LOG_LEVEL: "debug",
    };
    expect(loadConfig(env)).toEqual({
      port: 9000,
      dataDir: "/tmp/x",
      databaseUrl: "postgres://u@h/db",
      logLevel: "debug",
    });
  });

  it.each([
    ["PORT", "eighty"],
    ["PORT", "70000"],
    ["DATABASE_URL", "mysql://x"],
    ["LOG_LEVEL", "loud"],
  ])("names %s when it is %s", (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(name);
  });
});
