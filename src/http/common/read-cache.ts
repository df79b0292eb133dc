/**
 * Presented single-record reads kept in memory, keyed by table and id, each tagged with its record version.
 * Correctness rests on versions, not on timing: a write through this server stores its new presentation only
 * when newer, and every committed change the database announces (LISTEN/NOTIFY, migration 0001) marks older
 * entries stale, so a slow read that raced a write can never put an older version back. Bounded (LRU).
 */
import type { Change } from "../../db/changes.ts";

interface Entry {
  version: number;
  /** The JSON body of that version; null when only the version is known (a newer one was announced). */
  body: string | null;
}

/** A cached presentation: its version and JSON body. */
export interface CachedRead {
  version: number;
  body: string;
}

export class ReadCache {
  private readonly entries = new Map<string, Entry>();
  hits = 0;
  misses = 0;

  constructor(private readonly capacity = 20_000) {}

  /** The current presentation of a record, if cached. */
  get(table: string, id: string): CachedRead | undefined {
    const key = `${table}:${id}`;
    const entry = this.entries.get(key);
    if (!entry || entry.body === null) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    // Map order is insertion order: re-inserting marks the entry most recently used.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return { version: entry.version, body: entry.body };
  }

  /** Stores a presentation read from the database, unless a newer version is already known. */
  put(table: string, id: string, version: number, body: string): void {
    const key = `${table}:${id}`;
    const entry = this.entries.get(key);
    if (entry && entry.version > version) return;
    if (entry && entry.version === version && entry.body !== null) return;
    this.entries.delete(key);
    this.entries.set(key, { version, body });
    this.evict();
  }

  /** Marks entries older than an announced change as stale. */
  invalidate(change: Change): void {
    const key = `${change.table}:${change.id}`;
    const entry = this.entries.get(key);
    if (entry && entry.version >= change.version) return;
    this.entries.delete(key);
    this.entries.set(key, { version: change.version, body: null });
    this.evict();
  }

  /** Number of entries, stale ones included. */
  get size(): number {
    return this.entries.size;
  }

  private evict(): void {
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }
}
