/** `localledger template`: writes the empty LocalLedger inventory template (XLSX with instructions, or CSV). */
import { writeFile } from "node:fs/promises";
import { Option } from "commander";
import { writeTemplateCsv } from "../io/template.csv.ts";
import { writeTemplateXlsx } from "../io/template.xlsx.ts";
import { CliError } from "./cli-error.ts";
import { UsageCommand } from "./usage-command.ts";

/** Builds the `template` command. */
export function templateCommand(): UsageCommand {
  return new UsageCommand("template")
    .description("write the inventory template: every GPC row, drop-downs and instructions (XLSX) or CSV")
    .addOption(new Option("--format <format>", "xlsx or csv").choices(["xlsx", "csv"]).default("xlsx"))
    .option("--out <file>", "write to this file (default: inventory-template.<format>)")
    .action(async (flags: { format: "xlsx" | "csv"; out?: string }) => {
      const out = flags.out ?? `inventory-template.${flags.format}`;
      const body = flags.format === "csv" ? writeTemplateCsv() : await writeTemplateXlsx();
      if (out === "-") {
        if (typeof body !== "string" && process.stdout.isTTY) throw new CliError("an XLSX file is binary", 2);
        process.stdout.write(body);
        return;
      }
      await writeFile(out, body);
      process.stderr.write(`wrote ${out}\n`);
    });
}
