/** Which jurisdictions may be added up: those whose boundaries do not overlap, decided by parent links. */

/**
 * Overlap rule: a jurisdiction's figure is added only when none of its ancestors (parent, parent's parent, …)
 * has a figure of the same kind; the top-most reporting jurisdiction is counted and its descendants are skipped.
 * Why the top-most: a province's territory contains its cities', so its figure is the most complete one for that
 * area; counting the cities instead would leave out the rest of the province.
 */
export const OVERLAP_RULE =
  "summed only across jurisdictions whose boundaries do not overlap: a jurisdiction is skipped when one of its " +
  "ancestors (through parent links) has a figure of the same kind, so the top-most reporting level, the most " +
  "complete one, is counted";

/**
 * Parent links with every cycle broken at its smallest id (bad data must not drop a whole cycle). Each id is
 * walked once: a walk stops at an id an earlier walk finished, so the work is linear in the number of links.
 */
export function acyclicParents(parents: ReadonlyMap<string, string | null>): Map<string, string | null> {
  const out = new Map(parents);
  /** 1: on the walk under way; 2: finished (no cycle through it remains). */
  const state = new Map<string, 1 | 2>();
  const path: string[] = [];
  for (const start of parents.keys()) {
    if (state.has(start)) continue;
    path.length = 0;
    let id: string | null | undefined = start;
    while (id != null && out.has(id) && !state.has(id)) {
      path.push(id);
      state.set(id, 1);
      id = out.get(id);
    }
    if (id != null && state.get(id) === 1) {
      const cycle = path.slice(path.indexOf(id));
      const root = [...cycle].sort()[0] ?? id;
      out.set(root, null);
    }
    for (const done of path) state.set(done, 2);
  }
  return out;
}

/** Splits jurisdictions with a figure into those to add up and those an ancestor with a figure covers. */
export function nonOverlapping(
  withFigure: Iterable<string>,
  parents: ReadonlyMap<string, string | null>,
): { included: string[]; excluded: { id: string; coveredBy: string }[] } {
  const has = new Set(withFigure);
  const included: string[] = [];
  const excluded: { id: string; coveredBy: string }[] = [];
  // A walk up longer than there are links went round a cycle: stop there (acyclicParents breaks cycles first).
  const limit = parents.size;
  for (const id of has) {
    let coveredBy: string | null = null;
    let steps = 0;
    for (
      let p = parents.get(id) ?? null;
      p !== null && p !== id && steps < limit;
      p = parents.get(p) ?? null
    ) {
      steps++;
      if (has.has(p)) coveredBy = p; // keep walking: the top-most one is the one counted
    }
    if (coveredBy === null) included.push(id);
    else excluded.push({ id, coveredBy });
  }
  return { included, excluded };
}
