import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    projects: [
      {
        extends: true,
        test: { name: "node", include: ["src/**/*.test.ts", "test/**/*.test.ts"] },
      },
      // The web app's unit tests (happy-dom), configured beside its build in web/vite.config.ts.
      "web/vite.config.ts",
    ],
  },
});
