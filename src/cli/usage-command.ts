/** A commander Command whose usage errors (unknown option, missing argument, bad value) exit with code 2. */
import { Command } from "commander";

/** Exit code for a command line that cannot be understood. */
export const USAGE_EXIT = 2;

/** A Command that exits 2 on usage errors, so scripts can tell them from failed imports (1). */
export class UsageCommand extends Command {
  override error(message: string, options?: { code?: string; exitCode?: number }): never {
    return super.error(message, { ...options, exitCode: USAGE_EXIT });
  }
}
