import { describe, expect, it } from "vitest";
import { buildInventory } from "../../testing/factories.ts";
import { tableSectors } from "./inventory-rows.ts";

describe("tableSectors", () => {
  it("groups lines by sector in GPC order, keeping input order within a row, with the stored sector totals", () => {
    const inventory = buildInventory(
      [
        { gpc: "II.1.1", co2e: 10, gases: { CO2: 9.9, CH4: 0.001 } },
        { gpc: "I.1.1", co2e: 1 },
        { gpc: "I.1.1", co2e: 2, gases: { "HFC-134a": 0.5 } },
        { gpc: "I.6.1", co2e: 3 },
        { gpc: "I.2.1", co2e: 4 },
      ],
      {},
    );
    inventory.results.bySector = { I: 10, II: 10 };
    const sectors = tableSectors(inventory);
    expect(sectors.map((s) => s.ref)).toEqual(["I", "II"]);
    expect(sectors[0]?.lines.map((l) => [l.gpc, l.number])).toEqual([
      ["I.1.1", 2],
      ["I.1.1", 3],
      ["I.2.1", 5],
      ["I.6.1", 4],
    ]);
    expect(sectors[0]?.total).toBe(10);
    expect(sectors[0]?.lines[0]?.name).toBe(
      "Residential buildings: Fuel combustion within the city boundary",
    );
    expect(sectors[0]?.lines[0]?.scope).toBe(1);
    expect(sectors[0]?.lines[1]?.otherGases).toEqual([["HFC-134a", 0.5]]);
    expect(sectors[1]?.lines[0]?.gases).toEqual({ CO2: 9.9, CH4: 0.001 });
  });

  it("puts lines of unknown rows in a group of their own, without a total", () => {
    const sectors = tableSectors(buildInventory([{ gpc: "Z.1", co2e: null }]));
    expect(sectors).toHaveLength(1);
    expect(sectors[0]?.ref).toBe("?");
    expect(sectors[0]?.total).toBeNull();
    expect(sectors[0]?.lines[0]?.scope).toBeNull();
  });

  it("has no group for an empty inventory", () => {
    expect(tableSectors(buildInventory([]))).toEqual([]);
  });
});
