/**
 * `npm run bench [-- --quick] [-- --only calc,api-read]`: runs every benchmark row, prints one Markdown table
 * and writes the same as JSON to bench/results/latest.json. Not part of `npm test`.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { BenchResult, BenchRow } from "./harness.ts";
import { analyticsRow } from "./rows/analytics.bench.ts";
import { apiReadRows, apiWriteRow } from "./rows/api.bench.ts";
import { calcEngineRow } from "./rows/calc-engine.bench.ts";
import { importRow } from "./rows/import.bench.ts";
import { loadRow } from "./rows/load.bench.ts";
import { scaleRow } from "./rows/scale.bench.ts";
import { diskRow, startupRow } from "./rows/storage.bench.ts";
import { verifyRow } from "./rows/verify.bench.ts";
import { webBundleRow } from "./rows/web-bundle.bench.ts";

const ROWS: BenchRow[] = [
  calcEngineRow,
  apiReadRows,
  apiWriteRow,
  verifyRow,
  startupRow,
  diskRow,
  importRow,
  analyticsRow,
  webBundleRow,
  loadRow,
  scaleRow,
];

const fmt = (v: number | null, digits = 0) => {
  if (v === null) return "–";
  // Small figures (seconds, ratios) keep three significant digits instead of rounding to 0.
  if (Math.abs(v) < 100 && v !== 0) return v.toLocaleString("en-US", { maximumSignificantDigits: 3 });
  return v.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
};

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      quick: { type: "boolean", default: false },
      only: { type: "string" },
      help: { type: "boolean" },
    },
  });
  if (values.help) {
    process.stdout.write(`usage: npm run bench -- [--quick] [--only ${ROWS.map((r) => r.id).join(",")}]\n`);
    return;
  }
  const only = values.only?.split(",");
  const rows = ROWS.filter((r) => !only || only.includes(r.id));
  if (only && rows.length !== only.length)
    throw new Error(`unknown row in --only; rows: ${ROWS.map((r) => r.id).join(", ")}`);
  const results: Array<{ id: string; title: string } & BenchResult> = [];
  for (const row of rows) {
    process.stderr.write(`bench: ${row.title}…\n`);
    const measured = await row.run({ quick: values.quick ?? false });
    for (const r of Array.isArray(measured) ? measured : [measured])
      results.push({ id: row.id, title: row.title, ...r });
  }
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const lines = [
    `Machine: ${machine}${values.quick ? " (quick run)" : ""}`,
    "",
    "| row | workload | figure | ceiling / peer | ratio | peak RSS |",
    "|---|---|---|---|---|---|",
    ...results.map(
      (r) =>
        `| ${r.title} | ${r.workload} | ${fmt(r.figure)} ${r.unit} | ${fmt(r.ceiling)} (${r.ceilingLabel}) | ${fmt(r.ratio, 2)} ${r.ratioLabel} | ${fmt(r.peakRssMiB)} MiB |`,
    ),
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
  for (const r of results) if (r.notes) process.stdout.write(`\n- ${r.title}: ${r.notes}`);
  process.stdout.write("\n");
  const dir = join(import.meta.dirname, "results");
  await mkdir(dir, { recursive: true });
  const file = values.quick ? "quick.json" : "latest.json";
  await writeFile(
    join(dir, file),
    `${JSON.stringify({ machine, quick: values.quick, date: new Date().toISOString(), results }, null, 2)}\n`,
  );
}

await main();
