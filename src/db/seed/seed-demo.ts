/**
 * Seeds the demonstration network through the services (so every record is validated and every inventory
 * calculated like any submission), in one transaction. Idempotent: records are matched by natural keys
 * (UN/LOCODE or CDP account; jurisdiction + kind + year; a target's type, scope, sectors, years, values and
 * description; an action's title; a risk's hazard and timeframe) and only missing ones are created.
 */
import { readFile } from "node:fs/promises";
import type { InventoryLine } from "../../core/document.ts";
import type { ActionInput } from "../../services/action.service.ts";
import type { RiskInput } from "../../services/risk.service.ts";
import { SYSTEM } from "../../services/service-helpers.ts";
import { createServices, type Services } from "../../services/services.ts";
import type { TargetInput } from "../../services/target.service.ts";
import type { Db } from "../database.ts";
import { findInventoryByKey } from "../repositories/inventory.repository.ts";
import { findJurisdictionByKey } from "../repositories/jurisdiction.repository.ts";
import { DemoNetwork } from "./demo-network.schema.ts";

/** The demonstration network shipped with LocalLedger. */
export const DEMO_NETWORK_FILE = new URL("./demo-network.json", import.meta.url);

/** How many records a seed created and found already present. */
export interface SeedReport {
  created: Record<"jurisdictions" | "inventories" | "targets" | "actions" | "risks", number>;
  existing: number;
}

/** Reads and validates a demonstration network file. */
export async function loadDemoNetwork(file: URL | string = DEMO_NETWORK_FILE): Promise<DemoNetwork> {
  return DemoNetwork.parse(JSON.parse(await readFile(file, "utf8")));
}

/** Seeds `network` (the shipped demonstration network by default) into `db`; safe to run again. */
export async function seedDemo(db: Db, network?: DemoNetwork): Promise<SeedReport> {
  const data = network ?? (await loadDemoNetwork());
  return db.transaction(async (tx) => {
    const report: SeedReport = {
      created: { jurisdictions: 0, inventories: 0, targets: 0, actions: 0, risks: 0 },
      existing: 0,
    };
    const services = createServices(tx);
    const ids = await seedJurisdictions(tx, services, data, report);
    const idOf = (key: string): string => {
      const id = ids.get(key);
      if (!id) throw new Error(`demo network: unknown jurisdictionKey ${key}`);
      return id;
    };
    for (const inv of data.inventories) {
      const key = { jurisdictionId: idOf(inv.jurisdictionKey), kind: inv.kind, year: inv.year };
      if (await findInventoryByKey(tx, key)) {
        report.existing += 1;
        continue;
      }
      const lines = inv.lines as InventoryLine[];
      await services.inventories.create(
        { ...key, boundary: inv.boundary, gwp: inv.gwp, population: inv.population, lines },
        SYSTEM,
      );
      report.created.inventories += 1;
    }
    const targets: TargetInput[] = data.targets.map(({ jurisdictionKey, ...t }) => ({
      ...t,
      jurisdictionId: idOf(jurisdictionKey),
    }));
    await seedScoped(
      services.targets,
      targets,
      (t) => [
        t.type,
        t.scope,
        t.sectors,
        t.baseYear,
        t.targetYear,
        t.reductionPercent,
        t.targetValue,
        t.description,
      ],
      report,
      "targets",
    );
    const actions: ActionInput[] = data.actions.map(({ jurisdictionKey, ...a }) => ({
      ...a,
      jurisdictionId: idOf(jurisdictionKey),
    }));
    await seedScoped(services.actions, actions, (a) => [a.title], report, "actions");
    const risks: RiskInput[] = data.risks.map(({ jurisdictionKey, ...r }) => ({
      ...r,
      jurisdictionId: idOf(jurisdictionKey),
    }));
    await seedScoped(services.risks, risks, (r) => [r.hazard, r.timeframe], report, "risks");
    return report;
  });
}

async function seedJurisdictions(tx: Db, services: Services, data: DemoNetwork, report: SeedReport) {
  const ids = new Map<string, string>();
  let pending = data.jurisdictions;
  // Parents before children: each pass creates those whose parent is known.
  while (pending.length > 0) {
    const ready = pending.filter((j) => j.parentKey === null || ids.has(j.parentKey));
    if (ready.length === 0)
      throw new Error(`demo network: unknown or cyclic parentKey in ${pending[0]?.key}`);
    for (const { key, parentKey, ...j } of ready) {
      const found = await findJurisdictionByKey(tx, { locode: j.locode, cdpAccount: j.cdpAccount });
      if (found) {
        report.existing += 1;
        ids.set(key, found.id);
        continue;
      }
      const parentId = parentKey === null ? null : (ids.get(parentKey) ?? null);
      const created = await services.jurisdictions.create({ ...j, parentId }, SYSTEM);
      report.created.jurisdictions += 1;
      ids.set(key, created.id);
    }
    pending = pending.filter((j) => !ready.includes(j));
  }
  return ids;
}

interface ScopedCreate<Input, Row> {
  create(input: Input, actor: typeof SYSTEM): Promise<Row>;
  list(query: { jurisdictionId: string; limit: number }): Promise<{ items: Row[] }>;
}

/** Creates the records not yet present, matching on `keyOf` within each jurisdiction. */
async function seedScoped<Input extends { jurisdictionId: string }, Row extends Input>(
  service: ScopedCreate<Input, Row>,
  inputs: Input[],
  keyOf: (item: Input | Row) => unknown[],
  report: SeedReport,
  counter: keyof SeedReport["created"],
) {
  const seen = new Map<string, Set<string>>();
  for (const input of inputs) {
    let keys = seen.get(input.jurisdictionId);
    if (!keys) {
      const existing = await service.list({ jurisdictionId: input.jurisdictionId, limit: 200 });
      keys = new Set(existing.items.map((row) => JSON.stringify(keyOf(row))));
      seen.set(input.jurisdictionId, keys);
    }
    const key = JSON.stringify(keyOf(input));
    if (keys.has(key)) {
      report.existing += 1;
      continue;
    }
    await service.create(input, SYSTEM);
    keys.add(key);
    report.created[counter] += 1;
  }
}
