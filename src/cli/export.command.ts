/**
 * `localledger export <gpc-table|crf|cdp-totals|open-data>`: writes an export of the local database to a file
 * or stdout. Per-inventory tables (`--inventory ID`) are the working copy, read as the system principal; the
 * network exports carry published versions only. Exit codes: 0 written, 1 not found, 2 usage.
 */
import { writeFile } from "node:fs/promises";
import { Option } from "commander";
import { SYSTEM_PRINCIPAL } from "../policies/principal.ts";
import { DomainError } from "../services/errors.ts";
import type { ExportFile } from "../services/export/export.service.ts";
import { CliError } from "./cli-error.ts";
import { loadOrExplain } from "./serve.command.ts";
import { UsageCommand } from "./usage-command.ts";

const KINDS = ["gpc-table", "crf", "cdp-totals", "open-data"] as const;
type ExportKind = (typeof KINDS)[number];

interface ExportFlags {
  inventory?: string;
  format?: "csv" | "xlsx" | "json";
  out?: string;
  data?: string;
}

/** Builds the `export` command. */
export function exportCommand(): UsageCommand {
  const command = new UsageCommand("export");
  return command
    .description("export an inventory's GPC or CRF table, the network's CDP-style totals or its open data")
    .addArgument(command.createArgument("<kind>", "what to export").choices(KINDS))
    .option("--inventory <id>", "the inventory (gpc-table, crf)")
    .addOption(new Option("--format <format>", "file format (default csv)").choices(["csv", "xlsx", "json"]))
    .option("--out <file>", "write to this file (default: stdout)")
    .option("--data <dir>", "embedded database folder (default: LOCALLEDGER_DATA or ./data)")
    .action(async (kind: ExportKind, flags: ExportFlags) => {
      const format = flags.format ?? "csv";
      const perInventory = kind === "gpc-table" || kind === "crf";
      if (perInventory && !flags.inventory) command.error(`error: ${kind} needs --inventory ID`);
      if (perInventory && format === "json") command.error(`error: ${kind} is written as csv or xlsx`);
      if (kind === "cdp-totals" && format !== "csv") command.error("error: cdp-totals is written as csv");
      if (kind === "open-data" && format === "xlsx")
        command.error("error: open-data is written as csv or json");
      const env = { ...process.env };
      if (flags.data !== undefined) env.LOCALLEDGER_DATA = flags.data;
      const config = loadOrExplain(env);
      const { openDatabase } = await import("../db/database.ts");
      const { ExportService } = await import("../services/export/export.service.ts");
      const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
      let file: ExportFile;
      try {
        const service = new ExportService(database.db);
        if (perInventory) {
          const id = flags.inventory as string;
          file = await service.inventoryTable(id, kind, format as "csv" | "xlsx", SYSTEM_PRINCIPAL);
        } else if (kind === "cdp-totals") file = await service.cdpTotals();
        else file = await service.openData(format as "csv" | "json");
      } catch (error) {
        if (error instanceof DomainError) throw new CliError(`${error.code}: ${error.message}`);
        throw error;
      } finally {
        await database.close();
      }
      if (flags.out) await writeFile(flags.out, file.body);
      else if (typeof file.body === "string") process.stdout.write(file.body);
      else if (process.stdout.isTTY) throw new CliError("an XLSX file is binary: give --out FILE", 2);
      else process.stdout.write(file.body);
    });
}
