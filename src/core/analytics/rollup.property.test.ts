import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { territorialTotal } from "./emissions.ts";
import { networkOf } from "./network.ts";
import { acyclicParents, nonOverlapping } from "./overlap.ts";
import { networkRollup } from "./rollup.ts";
import { commitment, inventory, jurisdiction } from "./test-network.ts";
import type { JurisdictionSummary } from "./types.ts";

/** A random network: each jurisdiction's parent (if any) comes earlier, so links form a forest. */
const network = fc
  .array(
    fc.record({
      parent: fc.option(fc.nat(), { nil: null }),
      country: fc.constantFrom("BR", "CA", "DE"),
      type: fc.constantFrom("city", "town", "province"),
      region: fc.option(fc.constantFrom("Europe", "Latin America"), { nil: null }),
      population: fc.option(fc.integer({ min: 0, max: 20_000_000 }), { nil: null }),
      reporting: fc.boolean(),
      territorial: fc.option(fc.integer({ min: 0, max: 1e8 }), { nil: null }),
      reduction: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
    }),
    { maxLength: 25 },
  )
  .map((rows) =>
    rows.map(
      (r, i): JurisdictionSummary =>
        jurisdiction(`j${i}`, {
          parentId: r.parent !== null && i > 0 ? `j${r.parent % i}` : null,
          country: r.country,
          type: r.type,
          region: r.region,
          population: r.population,
          reporting: r.reporting,
          inventories: r.territorial === null ? [] : [inventory(2020, r.territorial, r.territorial * 2)],
          targets:
            r.reduction === null
              ? []
              : [commitment({ baseValue: r.territorial ?? 1000, reductionPercent: r.reduction })],
        }),
    ),
  );

describe("roll-up properties", () => {
  it("group counts add up to the network's counts, for every grouping", () => {
    fc.assert(
      fc.property(network, (summaries) => {
        const r = networkRollup(summaries);
        for (const groups of Object.values(r.groups)) {
          expect(groups.reduce((s, g) => s + g.jurisdictions, 0)).toBe(r.jurisdictions.value);
          expect(groups.reduce((s, g) => s + g.reporting, 0)).toBe(r.reporting.value);
        }
      }),
    );
  });

  it("the territorial total adds each area once: included ones have no ancestor with a figure", () => {
    fc.assert(
      fc.property(network, (summaries) => {
        const net = networkOf(summaries);
        const t = territorialTotal(net);
        const withFigure = summaries.filter((j) => j.inventories.length > 0);
        const ancestors = (id: string) => {
          const out: string[] = [];
          for (let p = net.parents.get(id) ?? null; p !== null; p = net.parents.get(p) ?? null) out.push(p);
          return out;
        };
        const has = new Set(withFigure.map((j) => j.id));
        const included = withFigure.filter((j) => !ancestors(j.id).some((a) => has.has(a)));
        expect(t.jurisdictions).toBe(included.length);
        expect(t.jurisdictions + t.excluded.length).toBe(withFigure.length);
        expect(t.value).toBe(included.reduce((s, j) => s + (j.inventories[0]?.territorial ?? 0), 0));
        for (const e of t.excluded) {
          expect(ancestors(e.id)).toContain(e.coveredBy);
          expect(ancestors(e.coveredBy).some((a) => has.has(a))).toBe(false);
        }
      }),
    );
  });

  it("a network of unlinked parts rolls up to the sum of its parts", () => {
    fc.assert(
      fc.property(network, network, (left, right) => {
        const rename = (s: JurisdictionSummary[]) =>
          s.map((j) => ({ ...j, id: `r${j.id}`, parentId: j.parentId && `r${j.parentId}` }));
        const [a, b, all] = [
          networkRollup(left),
          networkRollup(right),
          networkRollup([...left, ...rename(right)]),
        ];
        expect(all.territorial.value).toBe(a.territorial.value + b.territorial.value);
        expect(all.reporting.population).toBe(a.reporting.population + b.reporting.population);
        expect(all.jurisdictions.value).toBe(a.jurisdictions.value + b.jurisdictions.value);
        const [ca, cb, call] = [a, b, all].map((x) => x.commitments[0]?.againstBase.value ?? 0);
        expect(call).toBeCloseTo((ca ?? 0) + (cb ?? 0), 3);
      }),
    );
  });

  it("non-overlapping population never exceeds the plain sum", () => {
    fc.assert(
      fc.property(network, (summaries) => {
        const r = networkRollup(summaries);
        const plain = summaries.filter((j) => j.reporting).reduce((s, j) => s + (j.population ?? 0), 0);
        expect(r.reporting.population).toBeLessThanOrEqual(plain);
      }),
    );
  });

  it("breaking cycles leaves parent links without a cycle, whatever the links", () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.nat(9), { nil: null }), { maxLength: 10 }), (links) => {
        const map = new Map(links.map((p, i) => [`n${i}`, p === null ? null : `n${p}`]));
        const fixed = acyclicParents(map);
        for (const id of fixed.keys()) {
          const seen = new Set<string>();
          for (let p: string | null = id; p !== null && fixed.has(p); p = fixed.get(p) ?? null) {
            expect(seen.has(p)).toBe(false);
            seen.add(p);
          }
        }
        const { included, excluded } = nonOverlapping(fixed.keys(), fixed);
        expect(included.length + excluded.length).toBe(fixed.size);
      }),
    );
  });
});
