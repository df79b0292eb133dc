import { execFile } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import type { CalcResult } from "../core/result.ts";

const run = promisify(execFile);
const BIN = join(import.meta.dirname, "..", "..", "bin", "localledger.mjs");
const EXAMPLES = join(import.meta.dirname, "..", "..", "examples");

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("localledger calc", () => {
  it("prints the DESIGN.md result shape with --json", async () => {
    const { code, stdout } = await cli("calc", join(EXAMPLES, "rio-sample.json"), "--json");
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as CalcResult;
    expect(Object.keys(result)).toEqual([
      "gwp",
      "unit",
      "totals",
      "bySector",
      "bySubsector",
      "byGas",
      "lines",
      "issues",
    ]);
    expect(result.gwp).toBe("AR5");
    expect(result.lines).toHaveLength(5);
    expect(result.lines[0]?.co2e).toBeCloseTo(2700.792, 6);
    expect(result.totals.scope2).toBe(500);
    expect(result.issues.map((i) => i.code)).toEqual(["basic_incomplete"]);
  });

  it("recalculates with another GWP set and prints a table by sector and scope", async () => {
    const { code, stdout } = await cli("calc", join(EXAMPLES, "rio-sample.json"), "--gwp", "AR6");
    expect(code).toBe(0);
    expect(stdout).toContain("GWP AR6");
    expect(stdout).toMatch(/I {3}Stationary energy\s+2,700\.8\s+500\.0/);
    expect(stdout).toMatch(/BASIC\s+3,200\.8/);
  });

  it("reads CSV and names the file line of a bad cell", async () => {
    const { code, stdout } = await cli("calc", join(EXAMPLES, "sample.csv"), "--json");
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as CalcResult;
    expect(result.lines[0]?.co2e).toBeCloseTo(2700.792, 6);
    expect(result.lines[4]?.co2e).toBeNull();
    expect(result.issues[0]).toMatchObject({ code: "invalid_value", line: 6, gpc: "II.1.1" });
  });

  it.each([
    [["calc", "does-not-exist.json"], /cannot read does-not-exist\.json: no such file/],
    [["calc", join(EXAMPLES)], /it is a directory/],
  ])("exits non-zero with one line when the file cannot be read (%j)", async (args, message) => {
    const { code, stdout, stderr } = await cli(...args);
    expect(code).not.toBe(0);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(message);
  });

  it("refuses a file that is not an inventory document, saying why", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ll-calc-"));
    const cases: Array<[string, string, RegExp]> = [
      ["broken.json", "{ not json", /is not valid JSON/],
      ["array.json", "[1,2]", /expected a JSON object with "lines"/],
      ["nolines.json", '{"year": 2020}', /"lines" is missing/],
      ["badgwp.json", '{"gwp": "AR9", "lines": []}', /"gwp"/],
      ["nogpc.csv", "a,b\n1,2\n", /no "gpc" column/],
    ];
    for (const [name, text, message] of cases) {
      await writeFile(join(dir, name), text);
      const { code, stderr } = await cli("calc", join(dir, name));
      expect(code, name).toBe(1);
      expect(stderr, name).toMatch(message);
    }
  });

  it("has --help", async () => {
    const { code, stdout } = await cli("calc", "--help");
    expect(code).toBe(0);
    expect(stdout).toContain("--gwp <set>");
  });
});
