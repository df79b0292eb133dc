/**
 * The network's stored summaries held in memory per data version, with every figure computed from them
 * memoised by name and filter, so a request recomputes nothing unless a summary changed.
 *
 * Which data version: when the server follows the change feed (`followChanges`), a generation counter that
 * every announced change of `jurisdiction_summaries` bumps — no query at all per request; otherwise a token
 * read per request (count and sum of summary versions, see `summariesDataVersion`). The generation is taken
 * before the summaries are read, so a change announced during a rebuild makes the next request rebuild again.
 *
 * What a rebuild reads: following the feed, each announced change names its jurisdiction, so a rebuild re-reads
 * only the summaries announced since the last one (a write touches a handful; reading all 20,000 of a large
 * network takes seconds on PGlite); everything is read on the first build, after a change that names nothing,
 * and when more than FULL_READ_AFTER jurisdictions changed at once (a large import). Without the feed, a
 * changed token re-reads everything.
 *
 * The whole network's roll-up and progress counts are maintained, not recomputed: a re-read summary replaces its
 * old one in a `RollupState`, which places again only that jurisdiction and its descendants, so the network
 * summary after a change costs what changed, not the size of the network. A new or removed jurisdiction, or a
 * changed parent link, starts the state afresh from every summary held (no query: they are in memory).
 */
import { type NetworkRollup, RollupState } from "../../core/analytics/index.ts";
import type { Change } from "../../db/changes.ts";
import type { Db } from "../../db/database.ts";
import {
  readAllSummaries,
  readSummariesOf,
  type StoredSummary,
  summariesDataVersion,
} from "../../db/repositories/analytics.repository.ts";
import type { ProgressCounts } from "../../report/state-of-cities.ts";
import { progressCounts } from "./network-figures.ts";
import { backfillSummaries } from "./refresh.ts";

/** The summaries of one data version and the figures computed from them so far. */
export interface Snapshot {
  readonly key: string;
  readonly summaries: readonly StoredSummary[];
  /** The whole network's roll-up and target progress counts (maintained across changes). */
  readonly rollup: NetworkRollup;
  readonly progress: ProgressCounts;
  readonly computedAt: Date;
  readonly figures: Map<string, unknown>;
}

/** The table whose announced changes invalidate the memo. */
export const SUMMARIES_TABLE = "jurisdiction_summaries";

/** More jurisdictions changed than this since the last build: read them all (one scan beats a long `in`). */
export const FULL_READ_AFTER = 2_000;

/** Holds the current snapshot; see the module comment for when it is rebuilt. */
export class NetworkMemo {
  private generation = 0;
  private following = false;
  private snapshot: Snapshot | undefined;
  private building: Promise<Snapshot> | undefined;
  private backfilled: Promise<number> | undefined;
  /** The summaries in memory by jurisdiction id, and the ids in jurisdiction id order. */
  private rows = new Map<string, StoredSummary>();
  private order: string[] = [];
  /** The whole network's roll-up and progress counts, kept up to date as summaries are re-read. */
  private state: RollupState | undefined;
  private progress: ProgressCounts = { achieved: 0, onTrack: 0, offTrack: 0, noData: 0 };
  /** Jurisdictions announced as changed since the last build (following the feed). */
  private dirty = new Set<string>();
  /** The next build reads everything. */
  private full = true;
  /** How many times the summaries were read (for tests and the benchmark). */
  rebuilds = 0;
  /** How many rebuilds read only the changed summaries. */
  partialRebuilds = 0;

  constructor(private readonly db: Db) {}

  /** Trusts the change feed from now on: no per-request query; `invalidate` must see every change. */
  followChanges(): void {
    this.following = true;
    this.full = true;
    this.generation++;
  }

  /** Called for every committed change announced; a summary change drops the snapshot. */
  invalidate(change?: Change): void {
    if (change === undefined) {
      this.full = true;
      this.generation++;
    } else if (change.table === SUMMARIES_TABLE) {
      this.dirty.add(change.id);
      this.generation++;
    }
  }

  /** The snapshot of the current data version, rebuilt only when the data changed. */
  async current(): Promise<Snapshot> {
    this.backfilled ??= backfillSummaries(this.db);
    await this.backfilled;
    const key = this.following ? `g${this.generation}` : await summariesDataVersion(this.db);
    if (this.snapshot?.key === key) return this.snapshot;
    this.building ??= this.build(key).finally(() => {
      this.building = undefined;
    });
    const built = await this.building;
    return built.key === key ? built : this.current();
  }

  /** A figure of the snapshot, computed once per data version. */
  figure<T>(snap: Snapshot, name: string, compute: () => T): T {
    if (snap.figures.has(name)) return snap.figures.get(name) as T;
    const value = compute();
    snap.figures.set(name, value);
    return value;
  }

  private async build(key: string): Promise<Snapshot> {
    this.rebuilds++;
    const dirty = this.dirty;
    const full = this.full || !this.following || dirty.size > FULL_READ_AFTER;
    this.dirty = new Set();
    this.full = false;
    try {
      if (full) await this.readAll();
      else await this.readChanged(dirty);
    } catch (error) {
      // Nothing read is trusted: the next build starts again from what was asked.
      for (const id of dirty) this.dirty.add(id);
      this.full ||= full;
      throw error;
    }
    const summaries = this.order.map((id) => this.rows.get(id) as StoredSummary);
    this.state ??= new RollupState(summaries.map((s) => s.summary));
    const snap = {
      key,
      summaries,
      rollup: this.state.result(),
      progress: { ...this.progress },
      computedAt: new Date(),
      figures: new Map<string, unknown>(),
    };
    this.snapshot = snap;
    return snap;
  }

  private async readAll(): Promise<void> {
    const all = await readAllSummaries(this.db);
    this.rows = new Map(all.map((s) => [s.summary.id, s]));
    this.order = all.map((s) => s.summary.id);
    this.state = undefined;
    this.progress = progressCounts(all);
  }

  private async readChanged(ids: ReadonlySet<string>): Promise<void> {
    this.partialRebuilds++;
    const read = await readSummariesOf(this.db, [...ids]);
    const found = new Set(read.map((s) => s.summary.id));
    let reorder = false;
    for (const id of ids) {
      const had = this.rows.get(id);
      if (had) this.countProgress(had, -1);
      if (!had && found.has(id)) reorder = true;
      if (had && !found.has(id)) {
        this.rows.delete(id);
        reorder = true;
      }
    }
    for (const s of read) {
      this.rows.set(s.summary.id, s);
      this.countProgress(s, 1);
    }
    // Ids sort as PostgreSQL orders uuids (lower-case hex, fixed dashes), so the order is the full read's.
    if (reorder) this.order = [...this.rows.keys()].sort();
    // A new or removed jurisdiction or a moved parent link reshapes the network: the next build starts afresh.
    if (reorder || !this.state?.replace(read.map((s) => s.summary))) this.state = undefined;
  }

  private countProgress(s: StoredSummary, sign: 1 | -1): void {
    const c = progressCounts([s]);
    this.progress.achieved += sign * c.achieved;
    this.progress.onTrack += sign * c.onTrack;
    this.progress.offTrack += sign * c.offTrack;
    this.progress.noData += sign * c.noData;
  }
}
