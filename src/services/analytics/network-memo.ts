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
  /**
   * The summaries in memory in jurisdiction id order (a snapshot's list: replaced, never changed in place), and
   * each one's index in it.
   */
  private list: readonly StoredSummary[] = [];
  private index = new Map<string, number>();
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
    const summaries = this.list;
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
    this.hold(all);
    this.progress = progressCounts(all);
  }

  private async readChanged(ids: ReadonlySet<string>): Promise<void> {
    this.partialRebuilds++;
    const read = await readSummariesOf(this.db, [...ids]);
    const found = new Map(read.map((s) => [s.summary.id, s]));
    let reshaped = false;
    for (const id of ids) {
      const at = this.index.get(id);
      if (at === undefined) reshaped ||= found.has(id);
      else {
        this.countProgress(this.list[at] as StoredSummary, -1);
        reshaped ||= !found.has(id);
      }
    }
    for (const s of read) this.countProgress(s, 1);
    if (reshaped) {
      // A jurisdiction came or went: the list is sorted again, as PostgreSQL orders uuids (lower-case hex, fixed
      // dashes), so the order is a full read's; and the roll-up starts afresh.
      const rows = new Map(this.list.map((s) => [s.summary.id, s]));
      for (const id of ids) if (!found.has(id)) rows.delete(id);
      for (const s of read) rows.set(s.summary.id, s);
      this.hold([...rows.values()].sort((a, b) => (a.summary.id < b.summary.id ? -1 : 1)));
      return;
    }
    const list = this.list.slice();
    for (const s of read) list[this.index.get(s.summary.id) as number] = s;
    this.list = list;
    // A moved parent link reshapes the network too: the state refuses it, and the next build starts afresh.
    if (!this.state?.replace(read.map((s) => s.summary))) this.state = undefined;
  }

  /** Holds a new list of summaries (in id order); the roll-up is built from it at the next build. */
  private hold(list: readonly StoredSummary[]): void {
    this.list = list;
    this.index = new Map(list.map((s, i) => [s.summary.id, i]));
    this.state = undefined;
  }

  private countProgress(s: StoredSummary, sign: 1 | -1): void {
    const c = progressCounts([s]);
    this.progress.achieved += sign * c.achieved;
    this.progress.onTrack += sign * c.onTrack;
    this.progress.offTrack += sign * c.offTrack;
    this.progress.noData += sign * c.noData;
  }
}
