import { execFile } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const BIN = join(import.meta.dirname, "..", "..", "bin", "localledger.mjs");

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, DATABASE_URL: "" };
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("localledger seed --synthetic", () => {
  it("refuses to run without a size, and with a size that is not a whole number", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ll-seed-"));
    const missing = await cli("seed", "--synthetic", "--jurisdictions", "10", "--data", dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--synthetic needs --jurisdictions N and --years Y");
    const bad = await cli("seed", "--synthetic", "--jurisdictions", "ten", "--years", "2", "--data", dir);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain("a whole number from 1 to");
  });

  it("seeds a small network with progress on stderr, then finds it all present on a second run", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ll-seed-"));
    const args = [
      "seed",
      "--synthetic",
      "--jurisdictions",
      "5",
      "--years",
      "2",
      "--seed",
      "3",
      "--data",
      dir,
    ];
    const first = await cli(...args);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("jurisdictions: 5 created, 0 present");
    expect(first.stdout).toContain("inventories:   10 created, 0 unchanged, 0 updated");
    expect(first.stderr).toMatch(/synthetic 5 × 2: 100% \(5 of 5 jurisdictions\), \d+ lines/);
    const second = await cli(...args);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("jurisdictions: 0 created, 5 present");
    expect(second.stdout).toContain("inventories:   0 created, 10 unchanged, 0 updated");
  }, 120_000);
});
