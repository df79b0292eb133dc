import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { Agent, get } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const dataDir = mkdtempSync(join(tmpdir(), "localledger-smoke-"));
let child: ChildProcess | undefined;

afterAll(() => {
  child?.kill("SIGKILL");
  rmSync(dataDir, { recursive: true, force: true });
});

/** Resolves with the port from the server's "listening" log line. */
function listeningPort(server: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    let output = "";
    server.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /"port":(\d+),"msg":"LocalLedger listening/.exec(output);
      if (match?.[1]) resolve(Number(match[1]));
    });
    server.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    server.on("exit", (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
}

describe("the real server", () => {
  it("starts on a free port with a fresh data folder, seeds it, serves it and stops on SIGTERM", async () => {
    child = spawn(process.execPath, ["--import", "tsx", "src/server-main.ts"], {
      env: { ...process.env, PORT: "0", LOCALLEDGER_DATA: dataDir, LOG_LEVEL: "info", DATABASE_URL: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const port = await listeningPort(child);
    const base = `http://127.0.0.1:${port}`;

    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: "ok", database: { kind: "pglite" } });

    // Idle keep-alive connections live 65 s: Node's 5 s default raced busy clients into ECONNRESET.
    const agent = new Agent({ keepAlive: true });
    const keepAlive = await new Promise<string | undefined>((resolve, reject) => {
      get(`${base}/healthz`, { agent }, (res) => {
        res.resume();
        resolve(res.headers["keep-alive"] as string | undefined);
      }).on("error", reject);
    });
    agent.destroy();
    expect(keepAlive).toBe("timeout=65");

    const list = await fetch(`${base}/api/v1/jurisdictions?country=BR&q=Rio%20de%20Janeiro`);
    const page = (await list.json()) as {
      items: Array<{ id: string; locode: string; population: unknown[] }>;
    };
    const rio = page.items.find((j) => j.locode === "BR RIO");
    expect(rio?.population.length).toBeGreaterThan(0);
    const one = await fetch(`${base}/api/v1/jurisdictions/${rio?.id}`);
    expect(one.status).toBe(200);
    // Version 2: creating the demo approver made Rio require its approval (one audited update after the seed).
    expect(one.headers.get("etag")).toBe('"2"');
    expect(((await one.json()) as { requiresApprover: boolean }).requiresApprover).toBe(true);

    const inventories = await fetch(`${base}/api/v1/inventories?jurisdictionId=${rio?.id}`);
    const invPage = (await inventories.json()) as {
      items: Array<{ results: { totals: { basic: number } } }>;
    };
    expect(invPage.items[0]?.results.totals.basic).toBeGreaterThan(0);

    const exited = new Promise<number | null>((resolve) => child?.on("exit", resolve));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  });
});
