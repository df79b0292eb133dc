/** After any sequence of writes, failed ones included, each stored summary equals one rebuilt from scratch. */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { networkRollup } from "../../core/analytics/index.ts";
import { type TestDatabase, testDrivers } from "../../db/testing/test-database.ts";
import { importPublished } from "../inventories/inventory-import.service.ts";
import { SYSTEM } from "../service-helpers.ts";
import { createServices, type Services } from "../services.ts";
import { linesOf, publishInventory, publishTarget, storedAndRebuilt } from "./analytics-fixtures.ts";

const pick = fc.nat({ max: 20 });
const write = fc.oneof(
  fc.record({
    op: fc.constant("jurisdiction" as const),
    parent: fc.option(pick),
    population: fc.integer({ min: 1e3, max: 9e6 }),
  }),
  fc.record({
    op: fc.constant("rename" as const),
    at: pick,
    population: fc.integer({ min: 1e3, max: 9e6 }),
    tag: fc.constantFrom("coastal", "island"),
  }),
  fc.record({
    op: fc.constant("inventory" as const),
    at: pick,
    year: fc.integer({ min: 2010, max: 2024 }),
    basic: fc.integer({ min: 1e3, max: 1e7 }),
  }),
  fc.record({ op: fc.constant("draft" as const), at: pick, year: fc.integer({ min: 2010, max: 2024 }) }),
  fc.record({
    op: fc.constant("target" as const),
    at: pick,
    percent: fc.integer({ min: 10, max: 90 }),
    reopen: fc.boolean(),
  }),
  fc.record({ op: fc.constant("action" as const), at: pick, reduction: fc.integer({ min: 0, max: 1e5 }) }),
  fc.record({
    op: fc.constant("risk" as const),
    at: pick,
    hazard: fc.constantFrom("flood", "heat", "drought"),
  }),
  fc.record({ op: fc.constant("failing" as const), at: pick }),
);
type Write = typeof write extends fc.Arbitrary<infer W> ? W : never;

async function apply(services: Services, db: TestDatabase["db"], ids: string[], w: Write): Promise<void> {
  const at = "at" in w ? ids[w.at % Math.max(ids.length, 1)] : undefined;
  const tolerate = (p: Promise<unknown>) =>
    p.catch((e: { code?: string }) => {
      if (e.code !== "already_exists") throw e;
    });
  switch (w.op) {
    case "jurisdiction": {
      const parentId = w.parent === null || ids.length === 0 ? null : ids[w.parent % ids.length];
      const j = await services.jurisdictions.create(
        {
          name: `J${ids.length}`,
          type: "city",
          country: "PT",
          region: "Europe",
          parentId,
          population: [{ year: 2020, value: w.population }],
        },
        SYSTEM,
      );
      ids.push(j.id);
      return;
    }
    case "rename": {
      if (!at) return;
      const j = await services.jurisdictions.get(at);
      const input = {
        name: j.name,
        type: j.type,
        country: j.country,
        parentId: j.parentId,
        region: "Iberia",
        tags: [w.tag],
      };
      await services.jurisdictions.update(
        at,
        j.version,
        { ...input, population: [{ year: 2021, value: w.population }] },
        SYSTEM,
      );
      return;
    }
    case "inventory":
      if (at) await tolerate(publishInventory(services, at, w.year, w.basic));
      return;
    case "draft":
      if (at)
        await tolerate(
          services.inventories.create(
            { jurisdictionId: at, year: w.year, kind: "community", lines: linesOf(5) },
            SYSTEM,
          ),
        );
      return;
    case "target": {
      if (!at) return;
      const input = {
        jurisdictionId: at,
        type: "base-year-absolute",
        scope: "community",
        baseYear: 2010,
        baseValue: 1e6,
        targetYear: 2030,
        reductionPercent: w.percent,
      };
      const id = await publishTarget(services, input);
      if (w.reopen) await services.targets.transition(id, "reopen", null, SYSTEM);
      return;
    }
    case "action": {
      if (!at) return;
      const a = await services.actions.create(
        {
          jurisdictionId: at,
          kind: "mitigation",
          title: "A",
          status: "in-progress",
          expectedAnnualReduction: w.reduction,
        },
        SYSTEM,
      );
      await services.actions.transition(a.id, "submit", null, SYSTEM);
      await services.actions.transition(a.id, "publish", null, SYSTEM);
      return;
    }
    case "risk":
      if (at) await services.risks.create({ jurisdictionId: at, hazard: w.hazard }, SYSTEM);
      return;
    case "failing":
      if (!at) return;
      await expect(
        importPublished(
          db,
          [{ jurisdictionId: at, year: 2000, kind: "community", lines: [{ gpc: "IX.9.9" }] }],
          SYSTEM,
          "x",
        ),
      ).rejects.toMatchObject({ code: "invalid_inventory" });
  }
}

describe.each(testDrivers())("maintained summaries on $kind", (driver) => {
  let database: TestDatabase;
  let services: Services;
  beforeAll(async () => {
    database = await driver.open();
    services = createServices(database.db);
  });
  afterAll(() => database.close());

  it("equal summaries rebuilt from scratch after any sequence of writes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(write, { minLength: 1, maxLength: 10 }), async (writes) => {
        const ids: string[] = [];
        const first = { op: "jurisdiction", parent: null, population: 50_000 } as const;
        await apply(services, database.db, ids, first);
        for (const w of writes) await apply(services, database.db, ids, w);
        const pairs = await storedAndRebuilt(database.db);
        for (const { stored, rebuilt } of pairs) expect(stored).toEqual(rebuilt);
        const roll = (xs: typeof pairs, k: "stored" | "rebuilt") =>
          networkRollup(xs.flatMap((p) => (p[k] ? [p[k].summary] : [])));
        expect(roll(pairs, "stored")).toEqual(roll(pairs, "rebuilt"));
      }),
      { numRuns: 8 },
    );
  }, 240_000);
});
