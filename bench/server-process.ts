/** Starts the real LocalLedger server in a child process on a free loopback port, for load benchmarks. */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface ServerProcess {
  url: string;
  pid: number;
  /** Headers that authenticate as the bench's admin (an API token, as machines use). */
  adminHeaders(): Promise<Record<string, string>>;
  /** Peak resident set size of the server process so far, MiB (VmHWM). */
  peakRssMiB(): Promise<number>;
  stop(): Promise<void>;
}

const BENCH_ADMIN = { email: "bench-admin@localhost.localledger", password: "bench-admin-password-1234" };

/** Signs in as the bench admin and creates an API token; returns the Authorization header. */
async function adminToken(url: string): Promise<Record<string, string>> {
  const signIn = await fetch(`${url}/api/v1/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(BENCH_ADMIN),
  });
  if (!signIn.ok) throw new Error(`bench sign-in: ${signIn.status} ${await signIn.text()}`);
  const { csrfToken } = (await signIn.json()) as { csrfToken: string };
  const cookies = signIn.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const created = await fetch(`${url}/api/v1/auth/tokens`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: cookies, "x-csrf-token": csrfToken },
    body: JSON.stringify({ name: "bench", expiresInDays: 1 }),
  });
  if (!created.ok) throw new Error(`bench token: ${created.status} ${await created.text()}`);
  const { token } = (await created.json()) as { token: string };
  return { authorization: `Bearer ${token}` };
}

/** A free TCP port on the loopback interface. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** Spawns `src/server-main.ts` on a fresh data folder (or DATABASE_URL) and waits for /healthz. */
export async function startServerProcess(env: Record<string, string> = {}): Promise<ServerProcess> {
  const port = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), "ll-bench-"));
  const root = join(import.meta.dirname, "..");
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "src/server-main.ts"], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      LOCALLEDGER_DATA: dataDir,
      LOG_LEVEL: "warn",
      LOCALLEDGER_ADMIN_EMAIL: BENCH_ADMIN.email,
      LOCALLEDGER_ADMIN_PASSWORD: BENCH_ADMIN.password,
      // Without demo users the first admin is the bench's own (an existing admin stops the bootstrap).
      LOCALLEDGER_DEMO_USERS: "false",
      ...env,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline)
      throw new Error("server did not start within 180 s (seeding an empty database on a busy machine)");
    await new Promise((r) => setTimeout(r, 200));
  }
  const pid = child.pid as number;
  return {
    url,
    pid,
    adminHeaders: () => adminToken(url),
    async peakRssMiB() {
      const status = await readFile(`/proc/${pid}/status`, "utf8");
      const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      return kb / 1024;
    },
    async stop() {
      process.off("exit", killOnExit);
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await exited;
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
