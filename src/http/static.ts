/**
 * Serves the built web app (web/dist): its files with their content types, hashed assets cached for a year,
 * and index.html for every other GET that is not the API's, so client-side routes can be shared and reloaded.
 */
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { Context, MiddlewareHandler } from "hono";

/** Where `npm run build` writes the web app. */
export const WEB_DIST = fileURLToPath(new URL("../../web/dist", import.meta.url));

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=UTF-8",
  ".js": "text/javascript; charset=UTF-8",
  ".mjs": "text/javascript; charset=UTF-8",
  ".css": "text/css; charset=UTF-8",
  ".json": "application/json; charset=UTF-8",
  ".map": "application/json; charset=UTF-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=UTF-8",
};

/** Vite names every file under assets/ by its content hash, so it never changes under the same name. */
const IMMUTABLE = "public, max-age=31536000, immutable";
/** index.html names the current assets: always revalidate it. */
const REVALIDATE = "no-cache";

/** Paths the web app never answers: the API, its docs and the health check keep their own 404s. */
function isServerPath(path: string): boolean {
  return path === "/api" || path.startsWith("/api/") || path === "/healthz";
}

/** The file under `root` for a URL path, or null when the path would leave it. */
function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0")) return null;
  const file = normalize(join(root, decoded));
  return file === root || file.startsWith(root + sep) ? file : null;
}

async function readIfFile(path: string): Promise<Buffer | null> {
  try {
    return (await stat(path)).isFile() ? await readFile(path) : null;
  } catch {
    return null;
  }
}

/** A 200 with `content`, or with no body for HEAD. */
function send(c: Context, content: Buffer, type: string, cache: string): Response {
  const headers = { "Content-Type": type, "Cache-Control": cache, "X-Content-Type-Options": "nosniff" };
  return c.req.method === "HEAD" ? c.body(null, 200, headers) : c.body(new Uint8Array(content), 200, headers);
}

const NOT_BUILT =
  "<!doctype html><title>LocalLedger</title><p>The web app is not built. Run <code>npm run build</code> " +
  "(npm start does it for you), or use the API at <a href=/api/docs>/api/docs</a>.</p>";

/** The web app's middleware; register it last so the API's routes come first. */
export function serveWebApp(root: string = WEB_DIST): MiddlewareHandler {
  return async (c, next) => {
    const method = c.req.method;
    const path = c.req.path;
    if ((method !== "GET" && method !== "HEAD") || isServerPath(path)) return next();

    const file = path === "/" ? null : resolveInside(root, path);
    const asset = file ? await readIfFile(file) : null;
    if (asset && file) {
      const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream";
      return send(c, asset, type, path.startsWith("/assets/") ? IMMUTABLE : REVALIDATE);
    }
    // A missing hashed asset or file with an extension is a real 404, not the app shell.
    if (path.startsWith("/assets/") || extname(path) !== "") return next();

    const index = await readIfFile(join(root, "index.html"));
    if (!index) return c.html(NOT_BUILT, 503);
    return send(c, index, CONTENT_TYPES[".html"] as string, REVALIDATE);
  };
}
