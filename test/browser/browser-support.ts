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
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
} from "playwright-core";
import { afterAll, beforeAll, it as vitestIt } from "vitest";

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

/** Writes a screenshot `name`.png to the screenshot folder: the viewport, or the whole page with `fullPage`. */
export async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.screenshot({ path: join(screenshotDir(), `${name}.png`), fullPage });
}

/** The demo seed's password, shared by every demo user. */
export const DEMO_PASSWORD = "localledger-demo";

/** The demo seed's user for a role (admin, reporter, reviewer, approver, office, funder, …). */
export const demoEmail = (role: string) => `${role}@demo.localledger.org`;

/** What a test file gets from {@link browserSession}. */
export interface BrowserSession {
  /** The running server's address for `path` (e.g. "/network"). */
  url(path: string): string;
  /** A fresh browser context (its own cookies), closed after the file's tests. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** A fresh context at 1280 × 900 in `locale` with one page whose errors go to {@link pageErrors}. */
  newPage(locale?: string): Promise<Page>;
  /** Signs the demo user of `role` in through the sign-in page and waits for "Signed in as". */
  signIn(page: Page, role: string): Promise<void>;
  /** A browser test: fails with the set-up error when the web build, Chromium or the server did not start. */
  it(name: string, body: () => Promise<void>, timeout?: number): void;
  /** The messages of uncaught errors in the pages {@link newPage} opened. */
  pageErrors: string[];
}

/** Options of {@link browserSession}. */
export interface BrowserSessionOptions {
  /** The file's own set-up once the server and Chromium run (e.g. looking up Rio's id); its error fails every test. */
  setup?: (session: BrowserSession) => Promise<void>;
  /** How long the whole set-up may take, in ms (vitest's hookTimeout when not given). */
  setupTimeout?: number;
}

/**
 * One browser-test file's session: registers `beforeAll` (builds the web app, launches Chromium, starts the server,
 * then runs `setup`) and `afterAll` (closes every context, the browser, stops the server). Call it at the top level
 * of a test file. A set-up error is kept and thrown by every test of the session's `it`, so none is skipped silently.
 */
export function browserSession(options: BrowserSessionOptions = {}): BrowserSession {
  let server: TestServer | undefined;
  let browser: { browser: Browser; close(): Promise<void> } | undefined;
  let setupError: unknown;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];

  const url = (path: string) => `${server?.url}${path}`;

  async function newContext(contextOptions?: BrowserContextOptions): Promise<BrowserContext> {
    if (!browser) throw new Error("no browser");
    const context = await browser.browser.newContext(contextOptions);
    contexts.push(context);
    return context;
  }

  async function newPage(locale = "en-US"): Promise<Page> {
    const context = await newContext({ viewport: { width: 1280, height: 900 }, locale });
    const page = await context.newPage();
    page.on("pageerror", (error) => pageErrors.push(error.message));
    return page;
  }

  async function signIn(page: Page, role: string): Promise<void> {
    await page.goto(url("/sign-in"));
    await page.getByLabel("Email").fill(demoEmail(role));
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByText(/^Signed in as/).waitFor();
  }

  function it(name: string, body: () => Promise<void>, timeout?: number): void {
    vitestIt(
      name,
      async () => {
        if (setupError) throw setupError;
        await body();
      },
      timeout,
    );
  }

  const session: BrowserSession = { url, newContext, newPage, signIn, it, pageErrors };

  beforeAll(async () => {
    try {
      buildWebApp();
      // One after the other, so that whatever started is stopped in afterAll even when the other fails.
      browser = await launchChromium();
      server = await startServer();
      await options.setup?.(session);
    } catch (error) {
      setupError = error;
    }
  }, options.setupTimeout);

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    server?.stop();
  });

  return session;
}

/** The first jurisdiction the public API's directory finds for `name` (read in a fresh page of the session). */
export async function findJurisdiction(
  session: BrowserSession,
  name: string,
): Promise<{ id: string; requiresApprover: boolean }> {
  const page = await session.newPage();
  const query = session.url(`/api/v1/jurisdictions?q=${encodeURIComponent(name)}`);
  const list = (await (await page.context().request.get(query)).json()) as {
    items: Array<{ id: string; requiresApprover: boolean }>;
  };
  const found = list.items[0];
  if (!found) throw new Error(`no jurisdiction named ${name} in the demo network`);
  return found;
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
