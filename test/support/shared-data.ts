/** Paths to the real public data shipped beside the repository in ../shared/data (see its README). */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Absolute path of a file under ../shared/data. */
export function sharedData(relative: string): string {
  return join(ROOT, "..", "shared", "data", relative);
}

/** Reads a CSV under ../shared/data as records keyed by header. */
export function readSharedCsv(relative: string): Record<string, string>[] {
  return parse(readFileSync(sharedData(relative)), { columns: true, skip_empty_lines: true, bom: true });
}
