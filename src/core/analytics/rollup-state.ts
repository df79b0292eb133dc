/**
 * The network roll-up maintained under change: the same figures as `networkRollup`, kept up to date as single
 * jurisdictions' summaries change, at a cost that depends on what changed, not on the size of the network.
 *
 * How: every figure is a sum of per-jurisdiction parts. A jurisdiction's *facts* (its latest inventory, its best
 * commitment per milestone, its counts, its per-capita values …) depend on its own summary only; whether a part is
 * *added* or left out by the overlap rule depends on its facts and its ancestors' facts only. So when a summary
 * changes, only that jurisdiction's facts and the placements of it and its descendants change: their old parts are
 * taken out and their new parts put in. Sums are exact (`ExactSum`), so taking out and putting back leaves no
 * rounding drift, and every figure equals a fresh `networkRollup` of the same summaries, to the last bit (the
 * property test checks it). Distributions keep their values sorted; a value moves by binary search.
 *
 * What is not incremental: a change of the network's shape — a jurisdiction added or removed, or a parent link
 * changed — rebuilds the state (linear in the network, as a fresh roll-up is). Those are rare next to new
 * inventories, targets and actions, and a large import changes so many summaries that a rebuild is cheaper anyway.
 */
import { ACTION_REDUCTIONS_RULE, activeReductions, type Counts } from "./actions.ts";
import { type Against, bestCommitment, commitmentRule } from "./commitments.ts";
import {
  chooseInventory,
  type InventoryChoice,
  perCapitaRule,
  perCapitaValue,
  territorialRule,
} from "./emissions.ts";
import { ExactSum } from "./exact-sum.ts";
import { GROUP_RULE, type GroupBy, type GroupCount, groupKey } from "./groups.ts";
import { acyclicParents } from "./overlap.ts";
import { ALL_RULE, type NetworkRollup, REPORTING_RULE, type RollupOptions } from "./rollup.ts";
import { fiveNumbersOfSorted } from "./stats.ts";
import type { Distribution, JurisdictionSummary, NonOverlappingFigure } from "./types.ts";

const GROUPINGS: readonly GroupBy[] = ["region", "country", "type", "sizeClass"];
const AGAINST: readonly Against[] = ["base", "bau"];

/**
 * A part a jurisdiction may add to one figure under the overlap rule: added unless an ancestor has a part of the
 * same kind and class (class: the group, for group populations; one class for the other figures).
 */
interface Part {
  readonly cls: string;
  readonly value: number;
  /** The jurisdiction's population when positive, else 0 (figures count the population of the parts added). */
  readonly population: number;
  readonly year: number | null;
}

/** Everything one jurisdiction contributes, computed from its summary alone. */
interface Facts {
  /** Parts by kind index (see `RollupState.kinds`); undefined: none of that kind. */
  readonly parts: readonly (Part | undefined)[];
  readonly reporting: boolean;
  readonly groups: readonly string[];
  readonly inventoryYears: readonly string[];
  readonly inventoryStatuses: readonly string[];
  readonly actionStatuses: readonly string[];
  readonly actionKinds: readonly string[];
  readonly actionSectors: readonly string[];
  readonly reductions: readonly number[];
  readonly basicPerCapita: number | null;
  readonly basicPlusPerCapita: number | null;
}

/** Index of the first value ≥ x in ascending `values`. */
function lowerBound(values: readonly number[], x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The jurisdictions left out of a figure, kept in the order of the summaries (by position), so reading the list
 * copies it instead of sorting it: a network's covered cities can number in the tens of thousands.
 */
class ExcludedList {
  private readonly positions: number[] = [];
  private readonly entries: { readonly id: string; readonly coveredBy: string }[] = [];

  set(position: number, id: string, coveredBy: string): void {
    const i = lowerBound(this.positions, position);
    if (this.positions[i] === position) this.entries[i] = { id, coveredBy };
    else {
      this.positions.splice(i, 0, position);
      this.entries.splice(i, 0, { id, coveredBy });
    }
  }

  delete(position: number): void {
    const i = lowerBound(this.positions, position);
    if (this.positions[i] !== position) return;
    this.positions.splice(i, 1);
    this.entries.splice(i, 1);
  }

  list(): { readonly id: string; readonly coveredBy: string }[] {
    return this.entries.slice();
  }
}

/** The running total of one kind and class of part. */
class Total {
  added = 0;
  readonly value = new ExactSum();
  readonly population = new ExactSum();
  /** Years of the parts added, with how many parts have each (from/to are the smallest and largest key). */
  readonly years = new Map<number, number>();
  /** Jurisdictions with a part left out, and the top-most ancestor whose part covers theirs. */
  readonly excluded = new ExcludedList();
}

/** A running count per key. */
function bump<K>(counts: Map<K, number>, key: K, by: 1 | -1): void {
  const n = (counts.get(key) ?? 0) + by;
  if (n === 0) counts.delete(key);
  else counts.set(key, n);
}

function sortedRecord(counts: ReadonlyMap<string, number>): Counts {
  const out: Record<string, number> = {};
  for (const k of [...counts.keys()].sort()) out[k] = counts.get(k) as number;
  return out;
}

/** A multiset of finite values kept sorted ascending. */
class SortedValues {
  readonly values: number[] = [];
  add(x: number | null): void {
    if (x === null || !Number.isFinite(x)) return;
    this.values.splice(lowerBound(this.values, x), 0, x);
  }
  remove(x: number | null): void {
    if (x === null || !Number.isFinite(x)) return;
    const i = lowerBound(this.values, x);
    if (this.values[i] === x) this.values.splice(i, 1);
  }
}

/** The roll-up of one network, updated by `replace` as summaries change; `result()` is `networkRollup`'s. */
export class RollupState {
  private readonly choice: InventoryChoice;
  private readonly milestones: readonly number[];
  /** Kind names by index: `all`, `reporting`, one per grouping, `territorial`, commitments, `actions`. */
  private readonly kinds: readonly string[];
  private byId = new Map<string, JurisdictionSummary>();
  /** Position of each jurisdiction in the summaries given (excluded lists follow it, as `networkRollup`'s do). */
  private position = new Map<string, number>();
  private parents = new Map<string, string | null>();
  private readonly children = new Map<string, string[]>();
  private readonly facts = new Map<string, Facts>();
  /** Where each jurisdiction's parts went, by kind: undefined no part, null added, else the covering ancestor. */
  private readonly placed = new Map<string, (string | null | undefined)[]>();
  private totals: Map<string, Total>[] = [];
  private reportingCount = 0;
  private readonly groupCounts = GROUPINGS.map(() => new Map<string, { all: number; reporting: number }>());
  private readonly inventoryYears = new Map<string, number>();
  private readonly inventoryStatuses = new Map<string, number>();
  private readonly actionStatuses = new Map<string, number>();
  private readonly actionKinds = new Map<string, number>();
  private readonly actionSectors = new Map<string, number>();
  private readonly reductions = new ExactSum();
  private reductionActions = 0;
  private reductionJurisdictions = 0;
  private readonly basicPerCapita = new SortedValues();
  private readonly basicPlusPerCapita = new SortedValues();
  /** How many jurisdictions `replace` placed again (for tests: a change costs its subtree, not the network). */
  replaced = 0;

  constructor(summaries: readonly JurisdictionSummary[], o: RollupOptions = {}) {
    this.choice = o.year === undefined ? {} : { year: o.year };
    this.milestones = o.milestones ?? [2030, 2050];
    this.kinds = [
      "all",
      "reporting",
      ...GROUPINGS.map((g) => `group:${g}`),
      "territorial",
      ...this.milestones.flatMap((y) => AGAINST.map((a) => `commitment:${y}:${a}`)),
      "actions",
    ];
    this.build(summaries);
  }

  /**
   * Takes in changed summaries of jurisdictions it holds, and places them and their descendants again. Returns
   * false, changing nothing, when a change would reshape the network (an id it does not hold, a parent link
   * changed): the caller starts a new state from the summaries in their order.
   */
  replace(changed: readonly JurisdictionSummary[]): boolean {
    if (changed.some((s) => !this.byId.has(s.id) || this.byId.get(s.id)?.parentId !== s.parentId))
      return false;
    const affected = new Set<string>();
    for (const s of changed) this.collectSubtree(s.id, affected);
    for (const id of affected) this.unplace(id);
    for (const s of changed) {
      this.count(this.facts.get(s.id) as Facts, -1);
      this.byId.set(s.id, s);
      const f = this.factsOf(s);
      this.facts.set(s.id, f);
      this.count(f, 1);
    }
    for (const id of affected) this.place(id);
    this.replaced += affected.size;
    return true;
  }

  /** The roll-up of the summaries held: equal to `networkRollup(summaries, options)`. */
  result(): NetworkRollup {
    const group = (i: number): GroupCount[] => {
      const by = GROUPINGS[i] as GroupBy;
      const counts = this.groupCounts[i] as Map<string, { all: number; reporting: number }>;
      return [...counts.keys()].sort().map((key) => {
        const c = counts.get(key) as { all: number; reporting: number };
        return {
          key,
          jurisdictions: c.all,
          reporting: c.reporting,
          populationCovered: this.total(`group:${by}`, key)?.population.value() ?? 0,
          rule: GROUP_RULE,
        };
      });
    };
    const n = this.byId.size;
    return {
      jurisdictions: {
        value: n,
        unit: "jurisdictions",
        rule: ALL_RULE,
        jurisdictions: n,
        population: this.total("all")?.population.value() ?? 0,
      },
      reporting: {
        value: this.reportingCount,
        unit: "jurisdictions",
        rule: REPORTING_RULE,
        jurisdictions: this.reportingCount,
        population: this.total("reporting")?.population.value() ?? 0,
      },
      groups: { region: group(0), country: group(1), type: group(2), sizeClass: group(3) },
      inventories: {
        byYear: sortedRecord(this.inventoryYears),
        byStatus: sortedRecord(this.inventoryStatuses),
      },
      actions: {
        byStatus: sortedRecord(this.actionStatuses),
        byKind: sortedRecord(this.actionKinds),
        bySector: sortedRecord(this.actionSectors),
      },
      territorial: { ...this.figure("territorial"), unit: "tCO2e", rule: territorialRule(this.choice) },
      perCapita: {
        basic: this.distribution(this.basicPerCapita, "basic"),
        basicPlus: this.distribution(this.basicPlusPerCapita, "basicPlus"),
      },
      commitments: this.milestones.map((year) => {
        const [againstBase, againstBau] = AGAINST.map((a) => {
          const f = this.figure(`commitment:${year}:${a}`);
          return { ...f, unit: "tCO2e/yr", rule: commitmentRule(year, a), targets: f.jurisdictions };
        }) as [NonOverlappingFigure & { targets: number }, NonOverlappingFigure & { targets: number }];
        return { year, againstBase, againstBau };
      }),
      actionReductions: {
        value: this.reductions.value(),
        unit: "tCO2e/yr",
        rule: ACTION_REDUCTIONS_RULE,
        jurisdictions: this.reductionJurisdictions,
        population: this.total("actions")?.population.value() ?? 0,
        actions: this.reductionActions,
      },
    };
  }

  private build(summaries: readonly JurisdictionSummary[]): void {
    this.byId = new Map(summaries.map((s) => [s.id, s]));
    this.position = new Map([...this.byId.keys()].map((id, i) => [id, i]));
    this.parents = acyclicParents(
      new Map(
        [...this.byId.values()].map((s) => [
          s.id,
          s.parentId !== null && this.byId.has(s.parentId) ? s.parentId : null,
        ]),
      ),
    );
    for (const [id, parent] of this.parents) {
      if (parent === null) continue;
      const list = this.children.get(parent);
      if (list) list.push(id);
      else this.children.set(parent, [id]);
    }
    this.totals = this.kinds.map(() => new Map());
    for (const s of this.byId.values()) {
      const f = this.factsOf(s);
      this.facts.set(s.id, f);
      this.count(f, 1);
    }
    for (const id of this.byId.keys()) this.place(id);
  }

  /** A jurisdiction's facts: what it would add to each figure, before the overlap rule. */
  private factsOf(j: JurisdictionSummary): Facts {
    const population = (j.population ?? 0) > 0 ? (j.population as number) : 0;
    const part = (has: boolean, cls = "", value = 0, year: number | null = null): Part | undefined =>
      has ? { cls, value, population, year } : undefined;
    const groups = GROUPINGS.map((g) => groupKey(j, g));
    const inv = chooseInventory(j, this.choice);
    const reductions = activeReductions(j);
    const parts: (Part | undefined)[] = [
      part(population > 0),
      part(j.reporting && population > 0),
      ...groups.map((key) => part(j.reporting && population > 0, key)),
      inv && Number.isFinite(inv.territorial) ? part(true, "", inv.territorial, inv.year) : undefined,
      ...this.milestones.flatMap((y) =>
        AGAINST.map((a) => {
          const best = bestCommitment(j, y, a);
          return best ? part(true, "", best.value, best.target.targetYear) : undefined;
        }),
      ),
      part(reductions.length > 0 && population > 0),
    ];
    return {
      parts,
      reporting: j.reporting,
      groups,
      inventoryYears: j.inventories.map((i) => String(i.year)),
      inventoryStatuses: j.inventories.map((i) => i.status),
      actionStatuses: j.actions.map((a) => a.status),
      actionKinds: j.actions.map((a) => a.kind),
      actionSectors: j.actions.flatMap((a) => (a.sectors.length === 0 ? ["unspecified"] : a.sectors)),
      reductions,
      basicPerCapita: perCapitaValue(j, "basic", this.choice),
      basicPlusPerCapita: perCapitaValue(j, "basicPlus", this.choice),
    };
  }

  /** Adds (1) or takes out (−1) the parts of a jurisdiction that the overlap rule does not touch. */
  private count(f: Facts, sign: 1 | -1): void {
    if (f.reporting) this.reportingCount += sign;
    f.groups.forEach((key, i) => {
      const counts = this.groupCounts[i] as Map<string, { all: number; reporting: number }>;
      const c = counts.get(key) ?? { all: 0, reporting: 0 };
      c.all += sign;
      if (f.reporting) c.reporting += sign;
      if (c.all === 0) counts.delete(key);
      else counts.set(key, c);
    });
    for (const k of f.inventoryYears) bump(this.inventoryYears, k, sign);
    for (const k of f.inventoryStatuses) bump(this.inventoryStatuses, k, sign);
    for (const k of f.actionStatuses) bump(this.actionStatuses, k, sign);
    for (const k of f.actionKinds) bump(this.actionKinds, k, sign);
    for (const k of f.actionSectors) bump(this.actionSectors, k, sign);
    for (const r of f.reductions) {
      if (sign > 0) this.reductions.add(r);
      else this.reductions.remove(r);
    }
    this.reductionActions += sign * f.reductions.length;
    if (f.reductions.length > 0) this.reductionJurisdictions += sign;
    if (sign > 0) {
      this.basicPerCapita.add(f.basicPerCapita);
      this.basicPlusPerCapita.add(f.basicPlusPerCapita);
    } else {
      this.basicPerCapita.remove(f.basicPerCapita);
      this.basicPlusPerCapita.remove(f.basicPlusPerCapita);
    }
  }

  /** The jurisdiction and everything below it through parent links. */
  private collectSubtree(id: string, into: Set<string>): void {
    const stack = [id];
    while (stack.length > 0) {
      const next = stack.pop() as string;
      if (into.has(next)) continue;
      into.add(next);
      for (const child of this.children.get(next) ?? []) stack.push(child);
    }
  }

  /** The top-most ancestor with a part of kind `k` in class `cls`, or null. */
  private coveredBy(id: string, k: number, cls: string): string | null {
    let covered: string | null = null;
    let steps = 0;
    const limit = this.parents.size;
    for (
      let p = this.parents.get(id) ?? null;
      p !== null && p !== id && steps < limit;
      p = this.parents.get(p) ?? null
    ) {
      steps++;
      if (this.facts.get(p)?.parts[k]?.cls === cls) covered = p;
    }
    return covered;
  }

  private totalOf(k: number, cls: string): Total {
    const byCls = this.totals[k] as Map<string, Total>;
    let t = byCls.get(cls);
    if (!t) {
      t = new Total();
      byCls.set(cls, t);
    }
    return t;
  }

  /** Puts a jurisdiction's parts where the overlap rule says, given its and its ancestors' facts. */
  private place(id: string): void {
    const parts = (this.facts.get(id) as Facts).parts;
    const where = parts.map((p, k) => (p === undefined ? undefined : this.coveredBy(id, k, p.cls)));
    parts.forEach((p, k) => {
      if (p === undefined) return;
      const t = this.totalOf(k, p.cls);
      const cover = where[k] as string | null;
      if (cover !== null) {
        t.excluded.set(this.position.get(id) as number, id, cover);
        return;
      }
      t.added++;
      t.value.add(p.value);
      t.population.add(p.population);
      if (p.year !== null) bump(t.years, p.year, 1);
    });
    this.placed.set(id, where);
  }

  /** Takes a jurisdiction's parts out of the figures, as `place` put them. */
  private unplace(id: string): void {
    const where = this.placed.get(id);
    const parts = this.facts.get(id)?.parts;
    if (!where || !parts) return;
    parts.forEach((p, k) => {
      if (p === undefined) return;
      const t = this.totalOf(k, p.cls);
      if (where[k] !== null) {
        t.excluded.delete(this.position.get(id) as number);
        return;
      }
      t.added--;
      t.value.remove(p.value);
      t.population.remove(p.population);
      if (p.year !== null) bump(t.years, p.year, -1);
    });
    this.placed.delete(id);
  }

  private total(kind: string, cls = ""): Total | undefined {
    return this.totals[this.kinds.indexOf(kind)]?.get(cls);
  }

  private figure(kind: string): Omit<NonOverlappingFigure, "unit" | "rule"> {
    const t = this.total(kind);
    if (!t) return { value: 0, jurisdictions: 0, population: 0, excluded: [], years: null };
    const years = [...t.years.keys()];
    return {
      value: t.value.value(),
      jurisdictions: t.added,
      population: t.population.value(),
      excluded: t.excluded.list(),
      years: t.added > 0 ? { from: Math.min(...years), to: Math.max(...years) } : null,
    };
  }

  private distribution(values: SortedValues, total: "basic" | "basicPlus"): Distribution {
    return {
      ...fiveNumbersOfSorted(values.values),
      unit: "tCO2e per inhabitant",
      rule: perCapitaRule(total, this.choice),
    };
  }
}
