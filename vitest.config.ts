import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser tests poll pages that load their data after the first paint; on a busy machine (CI shares its two
    // cores) one second, vitest's default, is not enough. A poll still ends as soon as its assertion holds.
    expect: { poll: { timeout: 15_000 } },
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
