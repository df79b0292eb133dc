/**
 * Presented single-record reads kept in memory, keyed by table and id, each tagged with its record version.
 * Correctness rests on versions, not on timing: a write through this server stores its new presentation only
 * when newer, and every committed change the database announces (LISTEN/NOTIFY, migration 0001) marks older
 * entries stale, so a slow read that raced a write can never put an older version back. Bounded (LRU).
 *
 * A record may have two presentations of one version: the public one and the private one (a working copy
 * with drafts, checks and answers). Each carries the jurisdiction and visibility it was presented with, so
 * that the route can run the access check before it serves a cached body, without a database round trip.
 */
import type { Change } from "../../db/changes.ts";

/** What the access check needs about a cached presentation. */
export interface CacheMeta {
  jurisdictionId: string | null;
  public: boolean;
}

/** A cached presentation: its version, JSON body and access metadata. */
export interface CachedRead {
  version: number;
  body: string;
  meta: CacheMeta;
}

/** Which presentation: the public one or the private one. */
export type Variant = "public" | "private";

interface Entry {
  version: number;
  /** The bodies of that version; empty when only the version is known (a newer one was announced). */
  variants: Partial<Record<Variant, { body: string; meta: CacheMeta }>>;
}

const PUBLIC: CacheMeta = { jurisdictionId: null, public: true };

export class ReadCache {
  private readonly entries = new Map<string, Entry>();
  hits = 0;
  misses = 0;

  constructor(private readonly capacity = 20_000) {}

  /** The current presentation of a record, if cached. */
  get(table: string, id: string, variant: Variant = "public"): CachedRead | undefined {
    const key = `${table}:${id}`;
    const entry = this.entries.get(key);
    const found = entry?.variants[variant];
    if (!entry || !found) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    // Map order is insertion order: re-inserting marks the entry most recently used.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return { version: entry.version, body: found.body, meta: found.meta };
  }

  /** Stores a presentation read from the database, unless a newer version is already known. */
  put(table: string, id: string, version: number, body: string, meta: CacheMeta = PUBLIC): void {
    const key = `${table}:${id}`;
    const variant: Variant = meta.public ? "public" : "private";
    const entry = this.entries.get(key);
    if (entry && entry.version > version) return;
    const variants = entry && entry.version === version ? entry.variants : {};
    if (variants[variant]) return;
    this.entries.delete(key);
    this.entries.set(key, { version, variants: { ...variants, [variant]: { body, meta } } });
    this.evict();
  }

  /** Marks entries older than an announced change as stale. */
  invalidate(change: Change): void {
    const key = `${change.table}:${change.id}`;
    const entry = this.entries.get(key);
    if (entry && entry.version >= change.version) return;
    this.entries.delete(key);
    this.entries.set(key, { version: change.version, variants: {} });
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
