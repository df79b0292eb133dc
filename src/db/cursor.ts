/** Opaque pagination cursors: the sort key of the last item of a page, as base64url JSON. */

/** The sort key a cursor carries: e.g. `[name, id]` or `[createdAt ISO, id]`. */
export type CursorKey = [string, string];

/** Encodes a sort key as an opaque cursor. */
export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key), "utf8").toString("base64url");
}

/** Decodes a cursor; returns undefined when it was not made by `encodeCursor`. */
export function decodeCursor(cursor: string): CursorKey | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(value) && value.length === 2) {
      const [a, b] = value as unknown[];
      if (typeof a === "string" && typeof b === "string") return [a, b];
    }
  } catch {
    // Not base64url JSON: fall through.
  }
  return undefined;
}

/** A page of a list: the items and the cursor of the next page (null on the last). */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Cuts `limit + 1` fetched rows to a page, with a cursor from the last kept row's key. */
export function toPage<T>(rows: T[], limit: number, keyOf: (row: T) => CursorKey): Page<T> {
  if (rows.length <= limit) return { items: rows, nextCursor: null };
  const items = rows.slice(0, limit);
  return { items, nextCursor: encodeCursor(keyOf(items[items.length - 1] as T)) };
}
