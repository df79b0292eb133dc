import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../database.ts";
import { listInventories } from "../repositories/inventory.repository.ts";
import { findJurisdictionByKey, listJurisdictions } from "../repositories/jurisdiction.repository.ts";
import { SAMPLE_LINES } from "../testing/factories.ts";
import type { DemoNetwork } from "./demo-network.schema.ts";
import { loadDemoNetwork, seedDemo } from "./seed-demo.ts";
import { DEMO_JURISDICTION_LOCODE, DEMO_USERS } from "./seed-demo-users.ts";

const series = { population: [{ year: 2020, value: 1000 }], gdp: [], area: [{ year: 2020, value: 10 }] };

/** A two-level network: a region and a city within it, with one of everything. */
const FIXTURE: DemoNetwork = {
  attribution: "test",
  sources: ["test"],
  jurisdictions: [
    {
      key: "c",
      name: "Smalltown",
      type: "town",
      country: "PT",
      locode: "PT SML",
      cdpAccount: null,
      region: null,
      parentKey: "r",
      tags: ["coastal"],
      ...series,
    },
    {
      key: "r",
      name: "Big Region",
      type: "region",
      country: "PT",
      locode: null,
      cdpAccount: 987654,
      region: "Europe",
      parentKey: null,
      tags: [],
      ...series,
    },
  ],
  inventories: [
    {
      jurisdictionKey: "c",
      year: 2020,
      kind: "community",
      boundary: null,
      gwp: "AR5",
      population: 1000,
      lines: SAMPLE_LINES.map((line) => ({ ...line })),
    },
  ],
  targets: [
    {
      jurisdictionKey: "c",
      type: "base-year-absolute",
      scope: "community",
      sectors: ["all"],
      baseYear: 2010,
      baseValue: 100,
      targetYear: 2030,
      reductionPercent: 50,
      targetValue: null,
      bauValue: null,
      description: null,
    },
  ],
  actions: [
    {
      jurisdictionKey: "c",
      kind: "adaptation",
      title: "Sea wall",
      description: null,
      sectors: [],
      hazards: ["sea-level-rise"],
      status: "planned",
      startYear: 2024,
      endYear: 2027,
      cost: 5,
      currency: "EUR",
      expectedAnnualReduction: null,
    },
  ],
  risks: [
    {
      jurisdictionKey: "c",
      hazard: "flood",
      probability: "high",
      impact: "high",
      timeframe: "current",
      sectors: [],
      vulnerableGroups: ["elderly"],
    },
  ],
};

let database: Database;
beforeAll(async () => {
  database = await openDatabase();
});
afterAll(() => database.close());

describe("seedDemo", () => {
  it("creates the network with parents resolved, and a second run creates nothing", async () => {
    const first = await seedDemo(database.db, FIXTURE);
    // The fixture has none of the theme demo's jurisdictions: only the three Gateway providers are themes records.
    expect(first.created).toEqual({
      jurisdictions: 2,
      inventories: 1,
      targets: 1,
      actions: 1,
      risks: 1,
      themes: 3,
    });
    const town = await findJurisdictionByKey(database.db, { locode: "PT SML" });
    const region = await findJurisdictionByKey(database.db, { cdpAccount: 987654 });
    expect(town?.parentId).toBe(region?.id);
    const [inventory] = (await listInventories(database.db, { jurisdictionId: town?.id })).items;
    expect(inventory?.totalBasic).toBeCloseTo(620);

    const second = await seedDemo(database.db, FIXTURE);
    expect(second.created).toEqual({
      jurisdictions: 0,
      inventories: 0,
      targets: 0,
      actions: 0,
      risks: 0,
      themes: 0,
    });
    expect(second.existing).toBe(6);
  });

  it("writes nothing when a record of the network is invalid", async () => {
    const broken: DemoNetwork = {
      ...FIXTURE,
      jurisdictions: [
        {
          ...(FIXTURE.jurisdictions[1] as DemoNetwork["jurisdictions"][number]),
          key: "x",
          cdpAccount: 1,
          name: "Ghost",
        },
      ],
      inventories: [
        {
          ...(FIXTURE.inventories[0] as DemoNetwork["inventories"][number]),
          jurisdictionKey: "x",
          lines: [{ gpc: "Z.1" }],
        },
      ],
      targets: [],
      actions: [],
      risks: [],
    };
    await expect(seedDemo(database.db, broken)).rejects.toMatchObject({ code: "invalid_inventory" });
    expect((await listJurisdictions(database.db, { q: "Ghost" })).items).toEqual([]);
  });

  it("creates one demo user per role and makes the demo jurisdiction require its approver, once", async () => {
    const rio: DemoNetwork["jurisdictions"][number] = {
      ...(FIXTURE.jurisdictions[1] as DemoNetwork["jurisdictions"][number]),
      key: "rio",
      name: "Rio de Janeiro",
      country: "BR",
      locode: DEMO_JURISDICTION_LOCODE,
      cdpAccount: null,
    };
    const network: DemoNetwork = {
      ...FIXTURE,
      jurisdictions: [rio],
      inventories: [],
      targets: [],
      actions: [],
      risks: [],
    };
    const before = await seedDemo(database.db, network, { demoUsers: false });
    expect(before.demoUsers).toEqual([]);
    expect(
      (await findJurisdictionByKey(database.db, { locode: DEMO_JURISDICTION_LOCODE }))?.requiresApprover,
    ).toBe(false);

    const first = await seedDemo(database.db, network);
    // The admin and reviewer came with the first seed above; the jurisdiction's users need Rio.
    expect(first.demoUsers).toEqual(
      DEMO_USERS.filter((u) => u.role === "reporter" || u.role === "approver").map((u) => u.email),
    );
    const after = await findJurisdictionByKey(database.db, { locode: DEMO_JURISDICTION_LOCODE });
    expect(after?.requiresApprover).toBe(true);
    expect(after?.version).toBe(2);

    const second = await seedDemo(database.db, network);
    expect(second.demoUsers).toEqual([]);
    expect((await findJurisdictionByKey(database.db, { locode: DEMO_JURISDICTION_LOCODE }))?.version).toBe(2);
  });

  it("loads the shipped demonstration network, which every jurisdiction key resolves in", async () => {
    const network = await loadDemoNetwork();
    const keys = new Set(network.jurisdictions.map((j) => j.key));
    expect(network.jurisdictions.length).toBeGreaterThanOrEqual(30);
    for (const item of [...network.inventories, ...network.targets, ...network.actions, ...network.risks]) {
      expect(keys.has(item.jurisdictionKey)).toBe(true);
    }
  });
});
