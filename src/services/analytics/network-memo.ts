/**
 * The network's stored summaries held in memory per data version, with every figure computed from them
 * memoised by name and filter, so a request recomputes nothing unless a summary changed.
 *
 * Which data version: when the server follows the change feed (`followChanges`), a generation counter that
 * every announced change of `jurisdiction_summaries` bumps — no query at all per request; otherwise a token
 * read per request (count and sum of summary versions, see `summariesDataVersion`). The generation is taken
 * before the summaries are read, so a change announced during a rebuild makes the next request rebuild again.
 */
import type { Change } from "../../db/changes.ts";
import type { Db } from "../../db/database.ts";
import {
  readAllSummaries,
  type StoredSummary,
  summariesDataVersion,
} from "../../db/repositories/analytics.repository.ts";
import { backfillSummaries } from "./refresh.ts";

/** The summaries of one data version and the figures computed from them so far. */
export interface Snapshot {
  readonly key: string;
  readonly summaries: readonly StoredSummary[];
  readonly computedAt: Date;
  readonly figures: Map<string, unknown>;
}

/** The table whose announced changes invalidate the memo. */
export const SUMMARIES_TABLE = "jurisdiction_summaries";

/** Holds the current snapshot; see the module comment for when it is rebuilt. */
export class NetworkMemo {
  private generation = 0;
  private following = false;
  private snapshot: Snapshot | undefined;
  private building: Promise<Snapshot> | undefined;
  private backfilled: Promise<number> | undefined;
  /** How many times the summaries were read (for tests and the benchmark). */
  rebuilds = 0;

  constructor(private readonly db: Db) {}

  /** Trusts the change feed from now on: no per-request query; `invalidate` must see every change. */
  followChanges(): void {
    this.following = true;
    this.generation++;
  }

  /** Called for every committed change announced; a summary change drops the snapshot. */
  invalidate(change?: Change): void {
    if (change === undefined || change.table === SUMMARIES_TABLE) this.generation++;
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
    const summaries = await readAllSummaries(this.db);
    const snap = { key, summaries, computedAt: new Date(), figures: new Map<string, unknown>() };
    this.snapshot = snap;
    return snap;
  }
}
