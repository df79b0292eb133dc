#!/usr/bin/env node
// Runs Biome (lint + format). The npm registry reachable here lacks Biome's packages for other platforms, which
// makes `npm ci` refuse `@biomejs/biome`; so the project depends (optionally) on the linux-x64 binary alone and
// runs it through this wrapper.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
let binary;
try {
  binary = join(dirname(require.resolve("@biomejs/cli-linux-x64/package.json")), "biome");
} catch {
  binary = undefined;
}
if (!binary || !existsSync(binary)) {
  console.error(`biome: no Biome binary for ${process.platform}-${process.arch} is installed (linux-x64 only)`);
  process.exit(1);
}
const result = spawnSync(binary, process.argv.slice(2), { stdio: "inherit" });
process.exit(result.status ?? 1);
