/**
 * The rows an import has yet to write, flushed in foreign-key order with multi-row inserts: jurisdictions,
 * series, inventories, versions, reported totals, targets, transitions, then the audit events in the order the
 * writes were made (one lock of the chain head per flush).
 */
import type { Db } from "../../db/database.ts";
import type { AuditEntry } from "../../db/repositories/audit.repository.ts";
import {
  appendAuditEvents,
  insertInventories,
  insertJurisdictions,
  insertTargets,
  insertTransitions,
  insertVersions,
  upsertSeries,
} from "../../db/repositories/import.repository.ts";
import {
  type ReportedTotalsValues,
  saveReportedTotals,
} from "../../db/repositories/reported-totals.repository.ts";
import type {
  inventories,
  inventoryVersions,
  jurisdictionSeries,
  jurisdictions,
  targets,
  workflowTransitions,
} from "../../db/schema/index.ts";

/** Buffered rows of an import. */
export class WriteBuffer {
  jurisdictions: Array<typeof jurisdictions.$inferInsert> = [];
  series: Array<typeof jurisdictionSeries.$inferInsert> = [];
  inventories: Array<typeof inventories.$inferInsert> = [];
  versions: Array<typeof inventoryVersions.$inferInsert> = [];
  reported: ReportedTotalsValues[] = [];
  targets: Array<typeof targets.$inferInsert> = [];
  transitions: Array<Omit<typeof workflowTransitions.$inferInsert, "id" | "at">> = [];
  audit: AuditEntry[] = [];
  /** Inventory lines buffered, to flush before memory grows. */
  lines = 0;

  /** True when enough is buffered to be worth a flush. */
  full(): boolean {
    return this.lines >= 20_000 || this.audit.length >= 2_000;
  }

  /** Writes everything buffered, in foreign-key order, and empties the buffer. */
  async flush(tx: Db): Promise<void> {
    await insertJurisdictions(tx, this.jurisdictions);
    await upsertSeries(tx, this.series);
    await insertInventories(tx, this.inventories);
    await insertVersions(tx, this.versions);
    await saveReportedTotals(tx, this.reported);
    await insertTargets(tx, this.targets);
    await insertTransitions(tx, this.transitions);
    await appendAuditEvents(tx, this.audit);
    this.discard();
  }

  /** Drops everything buffered (a unit that failed in a savepoint). */
  discard(): void {
    this.jurisdictions = [];
    this.series = [];
    this.inventories = [];
    this.versions = [];
    this.reported = [];
    this.targets = [];
    this.transitions = [];
    this.audit = [];
    this.lines = 0;
  }
}
