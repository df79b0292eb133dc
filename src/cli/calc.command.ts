/** `localledger calc FILE`: calculates an inventory document (JSON or CSV) by GPC rules. */
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { Command, Option } from "commander";
import { calculate } from "../core/calculate.ts";
import type { InventoryDocument } from "../core/document.ts";
import type { GwpSet } from "../core/gases.ts";
import { FileFormatError } from "../io/errors.ts";
import { readInventoryCsv } from "../io/inventory-csv.reader.ts";
import { readInventoryJson } from "../io/inventory-json.reader.ts";
import { CliError } from "./cli-error.ts";
import { formatCalc } from "./format-calc.ts";

interface CalcFlags {
  gwp?: GwpSet;
  json?: boolean;
  population?: string;
}

async function readDocument(file: string): Promise<{ doc: InventoryDocument; fileLines?: number[] }> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : (error as Error).message;
    throw new CliError(`cannot read ${file}: ${why}`);
  }
  try {
    if (extname(file).toLowerCase() === ".csv") {
      const { document, fileLines } = readInventoryCsv(text, file);
      return { doc: document, fileLines };
    }
    return { doc: readInventoryJson(text, file) };
  } catch (error) {
    if (error instanceof FileFormatError) throw new CliError(error.message);
    throw error;
  }
}

/** Builds the `calc` command. */
export function calcCommand(): Command {
  return new Command("calc")
    .description(
      "calculate a GPC inventory document (JSON, or CSV with one line per row) and print totals and issues",
    )
    .argument(
      "<file>",
      "inventory document: .json as in DESIGN.md, or .csv with columns gpc, fuel, activity.value, ...",
    )
    .addOption(
      new Option("--gwp <set>", "GWP-100 set to use instead of the document's").choices([
        "AR4",
        "AR5",
        "AR6",
      ]),
    )
    .option("--population <n>", "population, for per-capita figures (overrides the document)")
    .option("--json", "print the result as JSON (DESIGN.md format)")
    .action(async (file: string, flags: CalcFlags) => {
      const { doc, fileLines } = await readDocument(file);
      if (flags.population !== undefined) doc.population = Number(flags.population);
      const result = calculate(doc, flags.gwp ? { gwp: flags.gwp } : {});
      if (fileLines) {
        // CSV: report the file line (header is line 1), which is what a person opens the file at.
        for (const issue of result.issues)
          if (issue.line !== null) issue.line = fileLines[issue.line - 1] ?? issue.line;
      }
      const heading = [doc.jurisdiction, doc.year].filter((x) => x !== undefined).join(" ") || file;
      process.stdout.write(
        flags.json ? `${JSON.stringify(result, null, 2)}\n` : `${formatCalc(result, heading)}\n`,
      );
    });
}
