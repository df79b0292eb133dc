/**
 * Issue 4: `verify` over 10,000 published inventories of 60 lines (1,000 with --quick) on embedded PGlite:
 * seconds for the whole walk (audit chain + every version recalculated and hashed), and events checked per
 * second; the ceiling is the pure engine recalculating the same documents in memory, with no database.
 */
import { calculate } from "../../src/core/calculate.ts";
import type { InventoryLine } from "../../src/core/document.ts";
import { openDatabase } from "../../src/db/database.ts";
import { buildPublishedInventories } from "../../src/services/audit/verify.bench-support.ts";
import { verifyRecord } from "../../src/services/audit/verify-record.ts";
import { type BenchRow, peakRssMiB } from "../harness.ts";
import { sixtyLines } from "./api.bench.ts";

export const verifyRow: BenchRow = {
  id: "verify",
  title: "verify: audit chain + published inventories recalculated",
  async run({ quick }) {
    const count = quick ? 1_000 : 10_000;
    const linesOf = (i: number) => sixtyLines(i) as unknown as InventoryLine[];
    const database = await openDatabase();
    try {
      await buildPublishedInventories(database.db, count, linesOf, (done) => {
        if (done % 2_000 === 0) process.stderr.write(`  built ${done}/${count}\n`);
      });
      const report = await verifyRecord(database.db);
      if (!report.ok || report.versions.checked !== count) {
        throw new Error(`verify: expected ${count} intact versions, got ${JSON.stringify(report.problem)}`);
      }
      const started = performance.now();
      for (let i = 0; i < count; i++)
        calculate({ gwp: "AR5", year: 1990 + (i % 100), population: 1_000_000, lines: linesOf(i) });
      const engineSeconds = (performance.now() - started) / 1000;
      const seconds = report.durationMs / 1000;
      return {
        workload: `${count.toLocaleString("en-US")} published inventories × 60 lines, ${report.chain.events.toLocaleString("en-US")} audit events`,
        figure: seconds,
        unit: "s",
        ceiling: engineSeconds,
        ceilingLabel: "pure calculate() of the same documents, in memory, s",
        ratio: seconds / engineSeconds,
        ratioLabel:
          `× the pure recalculation; ${Math.round(report.chain.events / seconds).toLocaleString("en-US")} events/s ` +
          `over the whole run (chain walk alone: ${Math.round(report.chain.events / (report.chain.durationMs / 1000)).toLocaleString("en-US")} events/s; ` +
          `versions: ${Math.round(count / (report.versions.durationMs / 1000)).toLocaleString("en-US")}/s)`,
        peakRssMiB: peakRssMiB(),
      };
    } finally {
      await database.close();
    }
  },
};
