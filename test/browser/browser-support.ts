/**
 * Browser-test support: the real server (built web app, fresh data folder, seeded demo network) on a free port,
 * and Debian's Chromium driven by playwright-core. Never downloads a browser: a missing /usr/bin/chromium fails.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const CHROMIUM = "/usr/bin/chromium";

/** The flags Chromium needs on a machine with no network but loopback (see the machine notes). */
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Builds web/dist when it is missing or older than its sources (what `npm start` does first). */
export function buildWebApp(): void {
  const result = spawnSync(process.execPath, ["scripts/web-build.mjs", "--if-stale"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`web build failed:\n${result.stdout}\n${result.stderr}`);
}

/** A running server and its data folder. */
export interface TestServer {
  url: string;
  stop(): void;
}

/** Starts `src/server-main.ts` on a free port with a fresh data folder; resolves once it listens. */
export function startServer(): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), "localledger-browser-"));
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "src/server-main.ts"], {
    cwd: ROOT,
    env: { ...process.env, PORT: "0", LOCALLEDGER_DATA: dataDir, LOG_LEVEL: "info", DATABASE_URL: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const stop = () => {
    child.kill("SIGKILL");
    rmSync(dataDir, { recursive: true, force: true });
  };
  return new Promise((resolve, reject) => {
    let output = "";
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /"port":(\d+),"msg":"LocalLedger listening/.exec(output);
      if (match?.[1]) resolve({ url: `http://127.0.0.1:${match[1]}`, stop });
    };
    child.stdout?.on("data", read);
    child.stderr?.on("data", read);
    child.on("exit", (code) => {
      stop();
      reject(new Error(`server exited with ${code}: ${output}`));
    });
  });
}

/** Launches Debian's Chromium headless with a fresh profile; a clear error when it is not installed. */
export async function launchChromium(): Promise<{ browser: Browser; close(): Promise<void> }> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `browser tests need Debian's Chromium at ${CHROMIUM}: ` +
        "apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium",
    );
  }
  // playwright-core starts Chromium with a fresh, empty profile (user data dir) of its own every launch.
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return { browser, close: () => browser.close() };
}

/** Where screenshots go by default (git-ignored); the README names it. */
export const DEFAULT_SCREENSHOTS = join(ROOT, "test-results", "screenshots");

/** Where screenshots go: LOCALLEDGER_SCREENSHOTS, or test-results/screenshots in the repository. */
export function screenshotDir(): string {
  const dir = process.env.LOCALLEDGER_SCREENSHOTS || DEFAULT_SCREENSHOTS;
  mkdirSync(dir, { recursive: true });
  return dir;
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** An axe-core finding. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
}

/** Runs axe-core in the page and returns its serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, not as an inline <script>: the app's CSP (script-src 'self') blocks those.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(): Promise<{ violations: Array<Record<string, unknown>> }> } }
    ).axe;
    const result = await axe.run();
    return result.violations.map((v) => ({
      id: String(v.id),
      impact: (v.impact as string | null) ?? null,
      help: String(v.help),
      nodes: Array.isArray(v.nodes) ? v.nodes.length : 0,
    }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}
