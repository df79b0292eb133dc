import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { networkRollup } from "./rollup.ts";
import { RollupState } from "./rollup-state.ts";
import { action, commitment, inventory, jurisdiction, provinceNetwork } from "./test-network.ts";
import type { JurisdictionSummary } from "./types.ts";

/** One jurisdiction's contents (everything but its id and parent), with awkward values in every field. */
const contents = fc.record({
  country: fc.constantFrom("BR", "CA", "DE", ""),
  type: fc.constantFrom("city", "town", "province"),
  region: fc.option(fc.constantFrom("Europe", "Latin America"), { nil: null }),
  population: fc.option(fc.oneof(fc.integer({ min: 0, max: 20_000_000 }), fc.double({ min: -1, max: 1e7 })), {
    nil: null,
  }),
  reporting: fc.boolean(),
  inventories: fc.array(
    fc.record({
      year: fc.integer({ min: 2005, max: 2024 }),
      territorial: fc.oneof(fc.double({ min: 0, max: 1e9, noNaN: true }), fc.constant(Number.NaN)),
      basic: fc.double({ min: 0, max: 1e9, noNaN: true }),
      status: fc.constantFrom("published", "verified"),
      population: fc.option(fc.integer({ min: 1, max: 1e7 }), { nil: null }),
    }),
    { maxLength: 3 },
  ),
  targets: fc.array(
    fc.record({
      baseValue: fc.option(fc.double({ min: 0, max: 1e9, noNaN: true }), { nil: null }),
      bauValue: fc.option(fc.double({ min: 0, max: 2e9, noNaN: true }), { nil: null }),
      reductionPercent: fc.integer({ min: 0, max: 100 }),
      targetYear: fc.constantFrom(2025, 2030, 2040, 2050),
      status: fc.constantFrom("active", "withdrawn", "missed"),
      scope: fc.constantFrom("community", "government"),
    }),
    { maxLength: 3 },
  ),
  actions: fc.array(
    fc.record({
      status: fc.constantFrom("planned", "in-progress", "completed", "cancelled"),
      reduction: fc.option(fc.double({ min: 0, max: 1e6, noNaN: true }), { nil: null }),
      sectors: fc.subarray(["I", "II", "III"]),
    }),
    { maxLength: 3 },
  ),
});

type Contents = typeof contents extends fc.Arbitrary<infer T> ? T : never;

function summary(id: string, parentId: string | null, c: Contents): JurisdictionSummary {
  return jurisdiction(id, {
    parentId,
    country: c.country,
    type: c.type,
    region: c.region,
    population: c.population,
    reporting: c.reporting,
    inventories: c.inventories.map((i) =>
      inventory(i.year, i.territorial, i.basic, {
        status: i.status,
        verified: i.status === "verified",
        population: i.population,
      }),
    ),
    targets: c.targets.map((t) => commitment({ ...t, type: "base-year-absolute" })),
    actions: c.actions.map((a) => action(a.status, a.reduction, { sectors: a.sectors })),
  });
}

/** A network (parents earlier, plus a cycle now and then) and a sequence of changes to its members' contents. */
const scenario = fc
  .array(fc.record({ parent: fc.option(fc.nat(), { nil: null }), contents }), { minLength: 1, maxLength: 20 })
  .chain((rows) =>
    fc.record({
      rows: fc.constant(rows),
      cycle: fc.boolean(),
      changes: fc.array(
        fc.array(fc.record({ at: fc.nat(rows.length - 1), contents }), { minLength: 1, maxLength: 3 }),
        { maxLength: 8 },
      ),
    }),
  );

/** The roll-up as JSON (−0 and 0 read the same; the API sends JSON). */
const json = (x: unknown) => JSON.parse(JSON.stringify(x));

describe("the maintained roll-up", () => {
  it("equals a fresh roll-up of the same summaries after every change, to the last bit", () => {
    fc.assert(
      fc.property(scenario, ({ rows, cycle, changes }) => {
        const parents = rows.map((r, i) => (r.parent !== null && i > 0 ? `j${r.parent % i}` : null));
        // A cycle through the first jurisdiction: bad data the roll-up must survive (it breaks cycles).
        if (cycle && rows.length > 1) parents[0] = `j${rows.length - 1}`;
        const summaries = rows.map((r, i) => summary(`j${i}`, parents[i] ?? null, r.contents));
        const state = new RollupState(summaries);
        expect(json(state.result())).toEqual(json(networkRollup(summaries)));
        for (const change of changes) {
          const changed = change.map((c) => summary(`j${c.at}`, parents[c.at] ?? null, c.contents));
          for (const s of changed) summaries[Number(s.id.slice(1))] = s;
          expect(state.replace(changed)).toBe(true);
          expect(json(state.result())).toEqual(json(networkRollup(summaries)));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("follows the options (a year and milestones) as the fresh roll-up does", () => {
    const summaries = provinceNetwork();
    const options = { year: 2019, milestones: [2030, 2040, 2050] };
    const state = new RollupState(summaries, options);
    expect(state.result()).toEqual(networkRollup(summaries, options));
    expect(state.result().territorial.years).toEqual({ from: 2018, to: 2018 });
  });

  it("places again only the changed jurisdiction and what lies below it", () => {
    const summaries = provinceNetwork();
    const state = new RollupState(summaries);
    const before = state.result().territorial.value;
    const d = summaries.find((s) => s.id === "D") as JurisdictionSummary;
    expect(state.replace([{ ...d, inventories: [inventory(2020, 1_000_000, 1_300_000)] }])).toBe(true);
    expect(state.replaced).toBe(1);
    expect(state.result().territorial.value).toBe(before + 100_000);
    // The province: itself and its four descendants (A, B, C, E). Without its inventory its cities count.
    const p = summaries.find((s) => s.id === "P") as JurisdictionSummary;
    expect(state.replace([{ ...p, inventories: [] }])).toBe(true);
    expect(state.replaced).toBe(1 + 5);
    const r = state.result().territorial;
    expect(r.value).toBe(1_000_000 + 3_000_000 + 500_000);
    expect(r.excluded).toEqual([{ id: "C", coveredBy: "A" }]);
  });

  it("refuses a change of the network's shape, changing nothing", () => {
    const summaries = provinceNetwork();
    const state = new RollupState(summaries);
    const before = state.result();
    const b = summaries.find((s) => s.id === "B") as JurisdictionSummary;
    expect(state.replace([{ ...b, parentId: null }])).toBe(false);
    expect(state.replace([jurisdiction("Z", { population: 10 })])).toBe(false);
    expect(state.result()).toEqual(before);
  });
});
