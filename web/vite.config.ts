/** Vite build of the web app (root: web/, output: web/dist/) and its unit tests (happy-dom). */
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

const repoRoot = fileURLToPath(new URL("..", import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // ECharts is large; it loads only with the pages that draw charts.
    chunkSizeWarningLimit: 800,
  },
  server: {
    // The web app imports the pure GPC catalogue from src/core.
    fs: { allow: [repoRoot] },
    proxy: { "/api": "http://localhost:8080", "/healthz": "http://localhost:8080" },
  },
  test: {
    name: "web",
    include: ["src/**/*.test.{ts,tsx}"],
    environment: "happy-dom",
    setupFiles: ["src/test-setup.ts"],
  },
});
