/**
 * Issue 7: the JavaScript each public page loads, gzip-compressed, against the 350 kB budget. The real server
 * (demo network) serves the built web app; Debian's Chromium opens the dashboard and Rio de Janeiro's profile,
 * waits until their charts are drawn, and every script response it received is gzipped (level 9) and added up.
 * The same in --quick (a page load is the unit; nothing to scale down).
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Page } from "playwright-core";
import { type BenchResult, type BenchRow, peakRssMiB } from "../harness.ts";
import { startServerProcess } from "../server-process.ts";

/** The budget the issue sets for each public page's JavaScript, gzip, bytes. */
export const JS_BUDGET_BYTES = 350_000;
const CHROMIUM = "/usr/bin/chromium";

/** Opens `path` in a fresh page and returns the raw and gzip bytes of every script it loaded, by file. */
async function scriptsOf(
  page: Page,
  path: string,
  ready: (page: Page) => Promise<void>,
): Promise<Array<{ url: string; raw: number; gzip: number }>> {
  const loads: Array<Promise<{ url: string; raw: number; gzip: number } | null>> = [];
  page.on("response", (response) => {
    if (response.request().resourceType() !== "script") return;
    loads.push(
      response.body().then(
        (body) => ({ url: response.url(), raw: body.length, gzip: gzipSync(body, { level: 9 }).length }),
        () => null,
      ),
    );
  });
  await page.goto(path);
  await ready(page);
  await page.waitForLoadState("networkidle");
  return (await Promise.all(loads)).filter((s) => s !== null);
}

export const webBundleRow: BenchRow = {
  id: "web-bundle",
  title: "web: JavaScript a public page loads (gzip)",
  async run() {
    const root = join(import.meta.dirname, "../..");
    const build = spawnSync(process.execPath, ["scripts/web-build.mjs", "--if-stale"], { cwd: root });
    if (build.status !== 0) throw new Error(`web build failed: ${build.stderr}`);
    const server = await startServerProcess();
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
      ],
    });
    try {
      const rio = (await (await fetch(`${server.url}/api/v1/jurisdictions?q=Rio%20de%20Janeiro`)).json()) as {
        items: Array<{ id: string }>;
      };
      const rioId = rio.items[0]?.id;
      if (!rioId) throw new Error("the demo network has no Rio de Janeiro");
      const charts = async (page: Page) => {
        await page.locator(".chart-canvas canvas").first().waitFor({ timeout: 60_000 });
      };
      const pages: Array<[string, string]> = [
        ["dashboard (/)", "/"],
        ["jurisdiction profile (Rio de Janeiro)", `/jurisdictions/${rioId}`],
      ];
      const results: BenchResult[] = [];
      for (const [name, path] of pages) {
        // A fresh context each time: an empty cache, as a first visit.
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        const scripts = await scriptsOf(page, `${server.url}${path}`, charts);
        await context.close();
        if (scripts.some((s) => s.url.includes("jsx-dev-runtime")))
          throw new Error("web/dist is a development build: delete it and run npm run build");
        const gzip = scripts.reduce((sum, s) => sum + s.gzip, 0);
        const raw = scripts.reduce((sum, s) => sum + s.raw, 0);
        results.push({
          workload: `${name}: ${scripts.length} scripts, ${Math.round(raw / 1000).toLocaleString("en-US")} kB uncompressed`,
          figure: gzip / 1000,
          unit: "kB gzip",
          ceiling: JS_BUDGET_BYTES / 1000,
          ceilingLabel: "issue 7 budget, kB gzip",
          ratio: gzip / JS_BUDGET_BYTES,
          ratioLabel: "of the budget",
          peakRssMiB: peakRssMiB(),
          notes: `${name}: ${scripts
            .sort((a, b) => b.gzip - a.gzip)
            .map((s) => `${new URL(s.url).pathname.split("/").pop()} ${(s.gzip / 1000).toFixed(1)} kB`)
            .join(", ")}`,
        });
      }
      return results;
    } finally {
      await browser.close();
      await server.stop();
    }
  },
};
