#!/usr/bin/env node
// Builds the web app into web/dist with Vite. `--if-stale` (what `npm start` runs first) builds only when
// web/dist is missing or older than the web sources, the pure core (src/core, which the web app imports), this script or the lock file.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const built = join(root, "web/dist/index.html");
const SOURCES = ["scripts/web-build.mjs", "web/index.html", "web/vite.config.ts", "web/tsconfig.json", "web/src", "src/core", "package-lock.json"];

/** The newest modification time under `path` (files and folders, recursively). */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

function isStale() {
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  return SOURCES.some((source) => newest(join(root, source)) > builtAt);
}

if (process.argv.includes("--if-stale") && !isStale()) {
  console.log("web app is up to date (web/dist)");
} else {
  // Always a production build: a NODE_ENV inherited from a test runner (vitest sets "test") would otherwise make
  // React's development JSX runtime and checks part of the bundle that `npm start` serves.
  process.env.NODE_ENV = "production";
  const { build } = await import("vite");
  const started = Date.now();
  await build({ configFile: join(root, "web/vite.config.ts"), logLevel: "warn", mode: "production" });
  console.log(`built the web app into web/dist in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
