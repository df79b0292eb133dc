/**
 * One process at a time on an embedded (PGlite) data folder: PGlite has no lock of its own, and two processes
 * writing the same folder (a running server and an import, a backup or a restore) would corrupt it. The folder
 * holds `localledger.lock` with the owner's process id; a lock left by a process that no longer runs (a crash,
 * SIGKILL) is taken over. Opens within one process share the lock.
 */
import { closeSync, openSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

/** The lock file's name inside the data folder. */
export const LOCK_FILE = "localledger.lock";

/** Another live process has the data folder open. */
export class DataDirInUseError extends Error {
  override readonly name = "DataDirInUseError";
}

const held = new Map<string, number>();

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function ownerOf(file: string): number | undefined {
  try {
    const pid = Number(readFileSync(file, "utf8").trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Takes the lock of `dataDir` (which must exist); returns the function that releases it. */
export function lockDataDir(dataDir: string): () => void {
  const dir = resolve(dataDir);
  const file = join(dir, LOCK_FILE);
  const count = held.get(dir) ?? 0;
  if (count === 0) {
    for (let attempt = 0; ; attempt++) {
      try {
        const fd = openSync(file, "wx");
        writeFileSync(fd, String(process.pid));
        closeSync(fd);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
        const owner = ownerOf(file);
        if (owner !== undefined && owner !== process.pid && alive(owner)) {
          throw new DataDirInUseError(
            `the database folder ${dir} is in use by process ${owner} (stop it first; if no LocalLedger runs, delete ${file})`,
          );
        }
        if (attempt > 0) throw error;
        unlinkSync(file); // left by a process that is gone (or a restored copy): take it over
      }
    }
  }
  held.set(dir, count + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const left = (held.get(dir) ?? 1) - 1;
    if (left > 0) return void held.set(dir, left);
    held.delete(dir);
    try {
      if (ownerOf(file) === process.pid) unlinkSync(file);
    } catch {
      // already gone
    }
  };
}

/** Marks the lock of `dataDir` as this process's again (after a restore wrote a copied lock file over it). */
export function reclaimDataDirLock(dataDir: string): void {
  writeFileSync(join(resolve(dataDir), LOCK_FILE), String(process.pid));
}
