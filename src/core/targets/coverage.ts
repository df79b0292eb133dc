/** Like-with-like: what a target covers, and the part of an observation that covers the same. */
import { SECTORS, SUBSECTORS } from "../gpc/catalogue.ts";
import type { Observation, TargetInput } from "./types.ts";

/** The seed's and CDP's sector names, mapped to GPC sectors (CRF v6.1 sector → GPC, standards.md §4). */
const SECTOR_ALIASES: Readonly<Record<string, string>> = {
  "stationary-energy": "I",
  energy: "I",
  transportation: "II",
  transport: "II",
  waste: "III",
  ippu: "IV",
  afolu: "V",
};

const GPC_REFS: ReadonlySet<string> = new Set([...SECTORS, ...SUBSECTORS].map((s) => s.ref));

/** What a list of sectors covers: everything, or GPC refs plus names that map to no GPC ref. */
export type Coverage =
  | { readonly all: true }
  | { readonly all: false; readonly refs: readonly string[]; readonly unknown: readonly string[] };

/** Normalises a sector list; an empty list or one containing `all` means the whole inventory. */
export function coverageOf(sectors: readonly string[]): Coverage {
  if (sectors.length === 0 || sectors.some((s) => s.trim().toLowerCase() === "all")) return { all: true };
  const refs = new Set<string>();
  const unknown = new Set<string>();
  for (const raw of sectors) {
    const s = raw.trim();
    const ref = GPC_REFS.has(s) ? s : SECTOR_ALIASES[s.toLowerCase()];
    if (ref === undefined) unknown.add(s.toLowerCase());
    else refs.add(ref);
  }
  // A sub-sector is already covered by its sector.
  const kept = [...refs].filter((r) => !r.includes(".") || !refs.has(r.split(".")[0] ?? ""));
  return { all: false, refs: kept.sort(), unknown: [...unknown].sort() };
}

/** Describes a coverage in words for explanations. */
export function describeCoverage(c: Coverage): string {
  if (c.all) return "all sectors";
  return [...c.refs, ...c.unknown].join(", ");
}

function sameCoverage(a: Coverage, b: Coverage): boolean {
  if (a.all || b.all) return a.all && b.all;
  return a.refs.join() === b.refs.join() && a.unknown.join() === b.unknown.join();
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const norm = (x: readonly string[]) => [...new Set(x.map((g) => g.toUpperCase()))].sort().join();
  return norm(a) === norm(b);
}

/** An observation's figure on the target's basis, or why it has none. */
export type Comparable =
  | { readonly ok: true; readonly value: number; readonly basis: string; readonly gasesStated: boolean }
  | { readonly ok: false; readonly reason: string };

/** Sum of one GPC ref in an inventory breakdown; a sector or sub-sector absent from a given map counts as 0. */
function refValue(o: Observation, ref: string): number | null {
  if (!ref.includes(".")) {
    if (o.bySector) return o.bySector[ref] ?? 0;
    if (!o.bySubsector) return null;
    let sum = 0;
    for (const [k, v] of Object.entries(o.bySubsector)) if (k.startsWith(`${ref}.`)) sum += v;
    return sum;
  }
  return o.bySubsector ? (o.bySubsector[ref] ?? 0) : null;
}

/**
 * The observation's tCO2e on the target's basis: the whole value when scope, gases and sectors match; the sum of
 * the covered sectors when the observation covers all sectors and gives a breakdown; otherwise a mismatch.
 */
export function comparableValue(target: TargetInput, o: Observation): Comparable {
  if (target.scope !== o.basis.scope) {
    return {
      ok: false,
      reason: `target covers ${target.scope} emissions, observation covers ${o.basis.scope}`,
    };
  }
  const tg = target.gases ?? [];
  const og = o.basis.gases ?? [];
  if (tg.length > 0 && og.length > 0 && !sameSet(tg, og)) {
    return { ok: false, reason: `target covers gases ${tg.join(", ")}, observation ${og.join(", ")}` };
  }
  const gasesStated = tg.length === 0 || og.length > 0;
  const want = coverageOf(target.sectors);
  const have = coverageOf(o.basis.sectors);
  const total = o.basis.total ?? "reported";
  if (sameCoverage(want, have)) {
    const basis = want.all ? total : `${total} of ${describeCoverage(want)}`;
    return { ok: true, value: o.value, basis, gasesStated };
  }
  if (!want.all && want.unknown.length === 0 && have.all) {
    let sum = 0;
    for (const ref of want.refs) {
      const v = refValue(o, ref);
      if (v === null) {
        return { ok: false, reason: `observation covers all sectors and gives no breakdown for ${ref}` };
      }
      sum += v;
    }
    return { ok: true, value: sum, basis: `sum of ${want.refs.join(", ")}`, gasesStated };
  }
  return {
    ok: false,
    reason: `target covers ${describeCoverage(want)}, observation covers ${describeCoverage(have)}`,
  };
}
