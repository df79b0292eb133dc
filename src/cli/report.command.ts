/**
 * `localledger report network`: the "State of Cities" report of the whole network, a region, a country or an
 * agenda, from the stored summaries (published data only), as JSON, self-contained HTML or an A4 PDF.
 */
import { writeFile } from "node:fs/promises";
import { Command } from "commander";
import { z } from "zod";
import { CliError } from "./cli-error.ts";
import { loadOrExplain } from "./serve.command.ts";

/** The report's flags, validated. */
export const ReportFlags = z.strictObject({
  format: z.enum(["json", "html", "pdf"]).default("html"),
  out: z.string().min(1).optional(),
  region: z.string().min(1).optional(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code such as BR")
    .optional(),
  agenda: z.string().min(1).optional(),
  data: z.string().min(1).optional(),
});

function parseFlags(raw: unknown): z.output<typeof ReportFlags> {
  const parsed = ReportFlags.safeParse(raw);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `--${i.path.join(".")} ${i.message}`);
  throw new CliError(`bad option: ${problems.join("; ")}`);
}

async function render(flags: z.output<typeof ReportFlags>): Promise<string | Buffer> {
  const env = { ...process.env };
  if (flags.data !== undefined) env.LOCALLEDGER_DATA = flags.data;
  const config = loadOrExplain(env);
  const { openDatabase } = await import("../db/database.ts");
  const { createServices } = await import("../services/services.ts");
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    const filter = { region: flags.region, country: flags.country, agenda: flags.agenda };
    const data = await createServices(database.db).analytics.stateOfCities(filter);
    if (flags.format === "json") return `${JSON.stringify(data, null, 2)}\n`;
    const { renderStateOfCities } = await import("../report/state-of-cities.ts");
    const html = renderStateOfCities(data);
    if (flags.format === "html") return html;
    const { htmlToPdf } = await import("../report/pdf.ts");
    return await htmlToPdf(html);
  } finally {
    await database.close();
  }
}

/** Builds the `report` command with its `network` sub-command. */
export function reportCommand(): Command {
  const network = new Command("network")
    .description(
      "the State of Cities report: emissions, commitments, progress, regions (published data only)",
    )
    .option("--format <format>", "json, html or pdf (pdf through headless Chromium)", "html")
    .option("--out <file>", "write to this file instead of standard output")
    .option("--region <region>", "only jurisdictions of this region, e.g. Europe")
    .option("--country <cc>", "only jurisdictions of this ISO 3166 country, e.g. BR")
    .option("--agenda <tag>", "only jurisdictions with this tag (agenda, programme or feature)")
    .option("--data <dir>", "embedded database folder (default: LOCALLEDGER_DATA or ./data)")
    .action(async (raw: unknown) => {
      const flags = parseFlags(raw);
      const output = await render(flags).catch((error: unknown) => {
        if (error instanceof Error && error.message.startsWith("PDF needs Chromium"))
          throw new CliError(error.message);
        throw error;
      });
      if (flags.out === undefined) process.stdout.write(output);
      else {
        await writeFile(flags.out, output);
        process.stderr.write(`report written to ${flags.out}\n`);
      }
    });
  return new Command("report")
    .description("reports built from the published record")
    .addCommand(network.exitOverride());
}
