import { describe, expect, it } from "vitest";
import { calculate } from "../core/calculate.ts";
import type { InventoryLine } from "../core/document.ts";
import { DemoNetwork } from "../db/seed/demo-network.schema.ts";
import { generateNetwork } from "./generate.ts";
import shape from "./network-shape.json" with { type: "json" };

const bundles = [...generateNetwork({ jurisdictions: 210, years: 3, seed: 7 })];

describe("synthetic network", () => {
  it("is reproducible: the same seed gives the same network, another seed another", () => {
    const again = [...generateNetwork({ jurisdictions: 210, years: 3, seed: 7 })];
    expect(JSON.stringify(again)).toBe(JSON.stringify(bundles));
    const other = [...generateNetwork({ jurisdictions: 210, years: 3, seed: 8 })];
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(bundles));
  });

  it("produces valid demo-network records: provinces first, their cities pointing at them", () => {
    const network = DemoNetwork.parse({
      attribution: "synthetic",
      sources: [],
      jurisdictions: bundles.map((b) => b.jurisdiction),
      inventories: bundles.flatMap((b) => b.inventories),
      targets: bundles.flatMap((b) => b.targets),
      actions: bundles.flatMap((b) => b.actions),
      risks: [],
    });
    expect(network.jurisdictions.filter((j) => j.type === "province")).toHaveLength(10);
    const keys = new Set<string>();
    for (const j of network.jurisdictions) {
      if (j.parentKey) expect(keys.has(j.parentKey)).toBe(true);
      keys.add(j.key);
    }
    expect(network.inventories).toHaveLength(210 * 3);
  });

  it("has inventories of about 60 lines that calculate without errors, near the drawn BASIC total", () => {
    const counts = bundles.flatMap((b) => b.inventories.map((i) => i.lines.length));
    const mean = counts.reduce((a, b) => a + b, 0) / counts.length;
    expect(mean).toBeGreaterThan(40);
    expect(mean).toBeLessThan(80);
    for (const b of bundles.slice(0, 30)) {
      for (const inv of b.inventories) {
        const result = calculate({
          gwp: inv.gwp,
          population: inv.population ?? undefined,
          lines: inv.lines as InventoryLine[],
        });
        expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
        expect(result.totals.basic).toBeGreaterThan(0);
      }
    }
  });

  it("follows the measured shape: median BASIC per capita and the share with targets", () => {
    const perCapita = bundles
      .map((b) => b.inventories[0])
      .map(
        (inv) =>
          calculate({ lines: (inv?.lines ?? []) as InventoryLine[], population: inv?.population ?? 1 }).totals
            .perCapita?.basic ?? 0,
      )
      .sort((a, b) => a - b);
    const median = perCapita[Math.floor(perCapita.length / 2)] ?? 0;
    const expected = Math.exp(shape.basicPerCapita.lnMeanSd.mean);
    expect(median).toBeGreaterThan(expected / 2);
    expect(median).toBeLessThan(expected * 2);
    const withTargets = bundles.filter((b) => b.targets.length > 0).length / bundles.length;
    expect(Math.abs(withTargets - shape.targets.shareWithTarget)).toBeLessThan(0.12);
  });
});
