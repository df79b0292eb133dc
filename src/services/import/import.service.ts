/**
 * `importFile`: stores a file of any import format through the service layer. Access is checked first (admins
 * and reviewers import network files, reporters import single inventories into their own jurisdictions, only
 * admins publish); then everything is written in ONE transaction, so a failed or killed import leaves the
 * database unchanged. With `partial`, each unit (a jurisdiction-year, or one jurisdiction's targets) is
 * all-or-nothing in its own savepoint and the outcome lists what was skipped. Re-importing a file changes
 * nothing: what would be written is hashed and compared with what is stored.
 */
import type { Db } from "../../db/database.ts";
import type { FileSource } from "../../io/csv-stream.ts";
import { sourceName } from "../../io/csv-stream.ts";
import { authorize } from "../../policies/policy.ts";
import { refreshJurisdictionSummaries } from "../analytics/refresh.ts";
import type { Actor } from "../service-helpers.ts";
import { ActionWriter } from "./action-writer.ts";
import { type ParsedImport, parseImport } from "./import-parse.ts";
import {
  emptyCounts,
  type ImportFormat,
  type ImportOptions,
  type ImportOutcome,
  NETWORK_FORMATS,
  type SkippedUnit,
} from "./import-types.ts";
import { InventoryWriter } from "./inventory-writer.ts";
import { JurisdictionResolver } from "./jurisdiction-resolver.ts";
import { ErrorLines } from "./report-problems.ts";
import { TargetWriter } from "./target-writer.ts";
import { kindOf, type UnitContext, writeUnit } from "./unit-writer.ts";
import { WriteBuffer } from "./write-buffer.ts";

/** Thrown inside the transaction to roll it back (dry run, or errors without `partial`). */
class Rollback extends Error {}

/** File imports over one database. */
export class ImportService {
  constructor(private readonly db: Db) {}

  /** Imports `source` in `format` as `actor`; returns what was (or, in a dry run, would be) written. */
  async importFile(
    format: ImportFormat,
    source: FileSource,
    options: ImportOptions,
    actor: Actor,
  ): Promise<ImportOutcome> {
    const started = performance.now();
    const network = NETWORK_FORMATS.has(format);
    authorize(actor, network ? "import.network" : "record.write");
    if (options.publish) authorize(actor, "inventory.import_published");
    const parsed = await parseImport(format, source, options);
    return this.importUnits(parsed, { format, file: sourceName(source), network, started }, options, actor);
  }

  /**
   * Writes units already read (a file's, or a generated network's) with the same checks and writers as a file:
   * one transaction, all-or-nothing (or unit by unit with `partial`), idempotent.
   */
  async importUnits(
    parsed: ParsedImport,
    what: { format: ImportOutcome["format"]; file: string; network: boolean; started?: number },
    options: ImportOptions,
    actor: Actor,
  ): Promise<ImportOutcome> {
    const started = what.started ?? performance.now();
    const network = what.network;
    authorize(actor, network ? "import.network" : "record.write");
    if (options.publish) authorize(actor, "inventory.import_published");
    const report = parsed.report;
    const errors = new ErrorLines(report);
    const counts = emptyCounts();
    const skipped: SkippedUnit[] = [];
    const partial = options.partial ?? false;
    const outcome: ImportOutcome = {
      format: what.format,
      file: what.file,
      dryRun: options.dryRun ?? false,
      partial,
      committed: false,
      blocked: false,
      counts,
      skipped,
      report,
      rows: 0,
      durationMs: 0,
    };
    const finish = () => {
      outcome.rows = report.counts.rows ?? report.counts.lines ?? 0;
      outcome.durationMs = performance.now() - started;
      return outcome;
    };
    if (!parsed.streaming && (report.fatal || (errors.any() && !partial))) {
      outcome.blocked = true;
      return finish();
    }
    let wrote = false;
    try {
      await this.db.transaction(async (tx) => {
        const resolver = new JurisdictionResolver(actor);
        await resolver.load(tx);
        const ctx: UnitContext = {
          actor,
          scoped: !network,
          report,
          resolver,
          inventories: new InventoryWriter(actor, options.publish ?? false),
          targets: new TargetWriter(actor, options.publish ?? false),
          actions: new ActionWriter(actor, options.publish ?? false),
          touched: new Set<string>(),
          counts,
        };
        const out = new WriteBuffer();
        const attributed = new Set<number>();
        const skip = (label: string, lines: number[], reason: string) => {
          skipped.push({ label, lines, reason });
        };
        for await (const unit of parsed.units) {
          if (errors.touches(unit.lines)) {
            for (const l of unit.lines) if (errors.lines.has(l)) attributed.add(l);
            if (!partial) outcome.blocked = true;
            else {
              counts[kindOf(unit)].skipped += 1;
              skip(unit.label, unit.lines, "errors in the file on its lines");
            }
            continue;
          }
          if (outcome.blocked) continue;
          if (!partial) {
            const failed = await writeUnit(tx, unit, ctx, out);
            if (failed) outcome.blocked = true;
            else if (out.full()) out.flushBehind(tx);
            continue;
          }
          try {
            await tx.transaction(async (sp) => {
              const why = await writeUnit(sp, unit, ctx, out);
              if (why) throw new Rollback(why);
              await out.flush(sp);
            });
          } catch (error) {
            if (!(error instanceof Rollback)) throw error;
            out.discard();
            await resolver.load(tx);
            ctx.inventories = new InventoryWriter(actor, options.publish ?? false);
            counts[kindOf(unit)].skipped += 1;
            skip(unit.label, unit.lines, error.message);
          }
        }
        await out.flush(tx);
        resolver.tally(counts.jurisdictions);
        errors.refresh();
        for (const line of errors.lines)
          if (!attributed.has(line) && partial)
            skip(`line ${line}`, [line], "errors on the line; nothing was read from it");
        if (report.fatal || (!partial && errors.any())) outcome.blocked = true;
        wrote = Object.values(counts).some((c) => c.created + c.updated > 0);
        if (outcome.blocked || outcome.dryRun) throw new Rollback("not committed");
        // The network's maintained summaries follow the import in the same transaction, as for any other write.
        if (wrote) await refreshJurisdictionSummaries(tx, ctx.touched);
      });
      outcome.committed = wrote;
    } catch (error) {
      if (!(error instanceof Rollback)) throw error;
    }
    return finish();
  }
}
