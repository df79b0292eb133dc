import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveWebApp } from "./static.ts";

describe("serveWebApp", () => {
  let root: string;
  let app: Hono;

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "ll-web-"));
    mkdirSync(join(root, "assets"));
    writeFileSync(join(root, "index.html"), "<!doctype html><div id=root></div>");
    writeFileSync(join(root, "assets", "index-abc123.js"), "console.log(1)");
    writeFileSync(join(root, "assets", "index-abc123.css"), "body{}");
    writeFileSync(join(root, "..", "secret.txt"), "outside");
    app = new Hono();
    app.get("/api/v1/things", (c) => c.json({ items: [] }));
    app.get("/healthz", (c) => c.json({ status: "ok" }));
    app.use("*", serveWebApp(root));
    app.notFound((c) => c.json({ error: { code: "route_not_found" } }, 404));
  });
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(join(root, "..", "secret.txt"), { force: true });
  });

  it("serves index.html at / and for client-side routes, revalidated", async () => {
    for (const path of [
      "/",
      "/jurisdictions",
      "/jurisdictions/3f0b6c1e-8d6f-4a5e-9a51-0f4a0a8f9b9e",
      "/open-data",
    ]) {
      const response = await app.request(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/html; charset=UTF-8");
      expect(response.headers.get("cache-control")).toBe("no-cache");
      expect(await response.text()).toContain("id=root");
    }
  });

  it("serves hashed assets with their content type and a year-long immutable cache", async () => {
    const js = await app.request("/assets/index-abc123.js");
    expect(js.status).toBe(200);
    expect(js.headers.get("content-type")).toBe("text/javascript; charset=UTF-8");
    expect(js.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(await js.text()).toBe("console.log(1)");
    const css = await app.request("/assets/index-abc123.css");
    expect(css.headers.get("content-type")).toBe("text/css; charset=UTF-8");
  });

  it("answers HEAD without a body", async () => {
    const response = await app.request("/assets/index-abc123.js", { method: "HEAD" });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("");
  });

  it("leaves the API, /healthz, missing assets and other methods to the server's own routes and 404", async () => {
    expect(await (await app.request("/api/v1/things")).json()).toEqual({ items: [] });
    expect((await app.request("/api/v1/nothing")).status).toBe(404);
    expect(await (await app.request("/api/v1/nothing")).json()).toEqual({
      error: { code: "route_not_found" },
    });
    expect((await app.request("/healthz")).status).toBe(200);
    expect((await app.request("/assets/missing-123.js")).status).toBe(404);
    expect((await app.request("/favicon.ico")).status).toBe(404);
    expect((await app.request("/jurisdictions", { method: "POST" })).status).toBe(404);
  });

  it("never serves a file outside its folder", async () => {
    for (const path of ["/../secret.txt", "/%2e%2e/secret.txt", "/assets/%2e%2e/%2e%2e/secret.txt", "/%00"]) {
      const response = await app.request(path);
      expect(await response.text(), path).not.toContain("outside");
    }
  });

  it("explains how to build when the web app is missing", async () => {
    const bare = new Hono();
    bare.use("*", serveWebApp(join(root, "nope")));
    const response = await bare.request("/jurisdictions");
    expect(response.status).toBe(503);
    expect(await response.text()).toContain("npm run build");
  });
});
