/**
 * The real CDP 2021 targets file, loaded through the services (records from `importCdpTargets`, each target
 * created, submitted and published): stored progress and network commitments agree with the core computed
 * directly from the same records.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sharedData } from "../../../test/support/shared-data.ts";
import { committedReductions, type JurisdictionSummary, networkOf } from "../../core/analytics/index.ts";
import { type Database, openDatabase } from "../../db/database.ts";
import { importCdpTargets } from "../../io/cdp-targets.importer.ts";
import type { TargetRecord } from "../../io/records.ts";
import { SYSTEM } from "../service-helpers.ts";
import { createServices, type Services } from "../services.ts";
import { type TargetInput, targetProblems } from "../target.service.ts";

let database: Database;
let services: Services;
const direct: JurisdictionSummary[] = [];
let published = 0;

function inputOf(r: TargetRecord, jurisdictionId: string): TargetInput | null {
  if (r.targetYear === null) return null;
  const t: TargetInput = { ...r, jurisdictionId, targetYear: r.targetYear, sectors: r.sectors };
  return targetProblems(t).length === 0 ? t : null;
}

beforeAll(async () => {
  const { targets } = await importCdpTargets(sharedData("cdp/2021_Cities_Emissions_Reduction_Targets.csv"));
  const groups = new Map<string, TargetRecord[]>();
  for (const r of targets) {
    const key = r.cdpAccount === null ? `name:${r.jurisdictionName}` : String(r.cdpAccount);
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  database = await openDatabase();
  services = createServices(database.db);
  await database.db.transaction(async (tx) => {
    const s = createServices(tx);
    for (const records of groups.values()) {
      const first = records[0] as TargetRecord;
      const j = await s.jurisdictions.create(
        { name: first.jurisdictionName, type: "city", country: "ZZ", cdpAccount: first.cdpAccount },
        SYSTEM,
      );
      const inputs = records.map((r) => inputOf(r, j.id)).filter((t): t is TargetInput => t !== null);
      for (const input of inputs) {
        const row = await s.targets.create(input, SYSTEM);
        await s.targets.transition(row.id, "submit", null, SYSTEM);
        await s.targets.transition(row.id, "publish", null, SYSTEM);
        published++;
      }
      direct.push({
        id: j.id,
        parentId: null,
        type: "city",
        country: "ZZ",
        region: null,
        population: null,
        reporting: inputs.length > 0,
        inventories: [],
        targets: inputs.map((t) => ({
          type: t.type,
          scope: t.scope,
          sectors: t.sectors ?? [],
          baseYear: t.baseYear ?? null,
          baseValue: t.baseValue ?? null,
          targetYear: t.targetYear,
          targetValue: t.targetValue ?? null,
          reductionPercent: t.reductionPercent ?? null,
          bauValue: t.bauValue ?? null,
          status: "active",
        })),
        actions: [],
      });
    }
  });
}, 300_000);
afterAll(() => database.close());

describe("CDP 2021 targets through the services", () => {
  it("stores progress for every published target (no inventories yet: all without data)", async () => {
    // 1,127 typed targets in the file; those the target rules refuse (no target or base year) are not created.
    expect(published).toBe(989);
    const net = await services.analytics.network({ country: "ZZ" });
    expect(net.progress).toEqual({ achieved: 0, onTrack: 0, offTrack: 0, noData: published });
    expect(net.rollup.reporting.value).toBe(direct.filter((d) => d.reporting).length);
  });

  it("adds up commitments by 2030 and 2050 exactly as the core does from the same records", async () => {
    const { commitments } = await services.analytics.commitments({ country: "ZZ" });
    const net = networkOf(direct);
    for (const year of [2030, 2050]) {
      const expected = committedReductions(net, year);
      const got = commitments.find((c) => c.year === year);
      expect(got?.againstBase.value).toBeCloseTo(expected.againstBase.value, 0);
      expect(got?.againstBase.targets).toBe(expected.againstBase.targets);
      expect(got?.againstBau.value).toBeCloseTo(expected.againstBau.value, 0);
      expect(expected.againstBase.value).toBeGreaterThan(1e8);
    }
  });
});
