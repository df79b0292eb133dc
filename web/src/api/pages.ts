/** Follows an API list's cursor to collect every page (bounded, for the small lists the public pages need). */

/** One page of a list as the API answers it. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Collects the items of every page, at most `maxPages` pages; `truncated` tells whether more were left. */
export async function collectPages<T>(
  fetchPage: (cursor: string | undefined) => Promise<Page<T>>,
  maxPages = 50,
): Promise<{ items: T[]; truncated: boolean }> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const answer = await fetchPage(cursor);
    items.push(...answer.items);
    if (answer.nextCursor === null) return { items, truncated: false };
    cursor = answer.nextCursor;
  }
  return { items, truncated: true };
}
