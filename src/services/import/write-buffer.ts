/**
 * The rows an import has yet to write, flushed in foreign-key order with multi-row inserts: jurisdictions,
 * series, inventories, versions, reported totals, targets, actions, transitions, then the audit events in the order the
 * writes were made (one lock of the chain head per flush).
 */
import type { Db } from "../../db/database.ts";
import type { AuditEntry } from "../../db/repositories/audit.repository.ts";
import {
  appendAuditEvents,
  insertActions,
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
  actions,
  inventories,
  inventoryVersions,
  jurisdictionSeries,
  jurisdictions,
  targets,
  workflowTransitions,
} from "../../db/schema/index.ts";

const BUFFERED = [
  "jurisdictions",
  "series",
  "inventories",
  "versions",
  "reported",
  "targets",
  "actions",
  "transitions",
  "audit",
] as const;

/** Buffered rows of an import. */
export class WriteBuffer {
  jurisdictions: Array<typeof jurisdictions.$inferInsert> = [];
  series: Array<typeof jurisdictionSeries.$inferInsert> = [];
  inventories: Array<typeof inventories.$inferInsert> = [];
  versions: Array<typeof inventoryVersions.$inferInsert> = [];
  reported: ReportedTotalsValues[] = [];
  targets: Array<typeof targets.$inferInsert> = [];
  actions: Array<typeof actions.$inferInsert> = [];
  transitions: Array<Omit<typeof workflowTransitions.$inferInsert, "id" | "at">> = [];
  audit: AuditEntry[] = [];
  /** Inventory lines buffered, to flush before memory grows. */
  lines = 0;

  /** True when enough is buffered to be worth a flush. */
  full(): boolean {
    return this.lines >= 20_000 || this.audit.length >= 2_000;
  }

  /** A flush still running (see `flushBehind`). */
  private pending: Promise<void> | undefined;

  /**
   * Starts writing everything buffered and empties the buffer without waiting, so the next units are read and
   * calculated while the database stores these (PostgreSQL works in its own process). The rows go out on the
   * transaction's one connection in order, after any earlier flush; `flush` waits for it and reports its error.
   */
  flushBehind(tx: Db): void {
    const rows = new WriteBuffer();
    for (const key of BUFFERED) rows[key] = this[key] as never;
    this.discard();
    const previous = this.pending;
    const running = (async () => {
      await previous;
      await rows.flush(tx);
    })();
    // Handled when `flush` awaits it; until then a failure must not count as unhandled.
    running.catch(() => {});
    this.pending = running;
  }

  /** Writes everything buffered, in foreign-key order, after any flush still running; empties the buffer. */
  async flush(tx: Db): Promise<void> {
    const pending = this.pending;
    this.pending = undefined;
    await pending;
    await insertJurisdictions(tx, this.jurisdictions);
    await upsertSeries(tx, this.series);
    await insertInventories(tx, this.inventories);
    await insertVersions(tx, this.versions);
    await saveReportedTotals(tx, this.reported);
    await insertTargets(tx, this.targets);
    await insertActions(tx, this.actions);
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
    this.actions = [];
    this.transitions = [];
    this.audit = [];
    this.lines = 0;
  }
}
