/** The `localledger` command line: one program, a sub-command per job, `--help` on each. */
import { Command, CommanderError } from "commander";
import { backupCommand, restoreCommand } from "./backup.command.ts";
import { calcCommand } from "./calc.command.ts";
import { CliError } from "./cli-error.ts";
import { exportCommand } from "./export.command.ts";
import { importCommand } from "./import.command.ts";
import { reportCommand } from "./report.command.ts";
import { seedCommand } from "./seed.command.ts";
import { serveCommand } from "./serve.command.ts";
import { templateCommand } from "./template.command.ts";
import { verifyCommand } from "./verify.command.ts";

/** Builds the program with every sub-command. */
export function buildProgram(): Command {
  const program = new Command("localledger")
    .description("LocalLedger: the open registry of what local governments commit, emit and do")
    .version("0.1.0")
    .showHelpAfterError()
    .exitOverride();
  for (const command of [serveCommand(), calcCommand(), seedCommand(), verifyCommand(), reportCommand()])
    program.addCommand(command.exitOverride());
  program.addCommand(importCommand().exitOverride());
  program.addCommand(exportCommand().exitOverride());
  program.addCommand(templateCommand().exitOverride());
  program.addCommand(backupCommand().exitOverride());
  program.addCommand(restoreCommand().exitOverride());
  return program;
}

/** Runs the CLI with process arguments; sets the exit code instead of throwing. */
export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode;
      return;
    }
    if (error instanceof CliError) {
      process.stderr.write(`localledger: ${error.message}\n`);
      process.exitCode = error.exitCode;
      return;
    }
    throw error;
  }
}
