/**
 * Seeds the demonstration network through the services (so every record is validated and every inventory
 * calculated like any submission), in one transaction, as the system. The network's data is already public, so
 * its inventories are imported as published (content-hashed, audited) and its targets and actions are
 * submitted and published. Idempotent: records are matched by natural keys (UN/LOCODE or CDP account;
 * jurisdiction + kind + year; a target's type, scope, sectors, years, values and description; an action's title;
 * a risk's hazard and timeframe) and only missing ones are created. Demo users: see `seedDemoUsers`.
 */
import { readFile } from "node:fs/promises";
import type { InventoryLine } from "../../core/document.ts";
import type { ActionInput } from "../../services/action.service.ts";
import { importPublished } from "../../services/inventories/inventory-import.service.ts";
import type { RiskInput } from "../../services/risk.service.ts";
import { SYSTEM } from "../../services/service-helpers.ts";
import { createServices, type Services } from "../../services/services.ts";
import type { TargetInput } from "../../services/target.service.ts";
import type { Db } from "../database.ts";
import { findInventoryByKey } from "../repositories/inventory.repository.ts";
import { findJurisdictionByKey } from "../repositories/jurisdiction.repository.ts";
import { DemoNetwork } from "./demo-network.schema.ts";
import { seedDemoUsers } from "./seed-demo-users.ts";
import { type MembersSeedReport, seedMembers } from "./seed-members.ts";
import { seedThemes } from "./seed-themes.ts";

/** The demonstration network shipped with LocalLedger. */
export const DEMO_NETWORK_FILE = new URL("./demo-network.json", import.meta.url);

/** How many records a seed created and found already present, and the demo users it created. */
export interface SeedReport {
  created: Record<"jurisdictions" | "inventories" | "targets" | "actions" | "risks" | "themes", number>;
  existing: number;
  /** Emails of the demo users created (password `DEMO_PASSWORD`); empty when they existed or were not asked for. */
  demoUsers: string[];
  /** The network side: memberships, programme participants, WorkNets and invoices created. */
  members?: MembersSeedReport;
}

/** What to seed besides the network. */
export interface SeedOptions {
  /** Create the demo users, one per role (default true). */
  demoUsers?: boolean | undefined;
}

/** Reads and validates a demonstration network file. */
export async function loadDemoNetwork(file: URL | string = DEMO_NETWORK_FILE): Promise<DemoNetwork> {
  return DemoNetwork.parse(JSON.parse(await readFile(file, "utf8")));
}

/** Seeds `network` (the shipped demonstration network by default) into `db`; safe to run again. */
export async function seedDemo(
  db: Db,
  network?: DemoNetwork,
  options: SeedOptions = {},
): Promise<SeedReport> {
  const data = network ?? (await loadDemoNetwork());
  return db.transaction(async (tx) => {
    const report: SeedReport = {
      created: { jurisdictions: 0, inventories: 0, targets: 0, actions: 0, risks: 0, themes: 0 },
      existing: 0,
      demoUsers: [],
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
      const input = { ...key, boundary: inv.boundary, gwp: inv.gwp, population: inv.population, lines };
      await importPublished(tx, [input], SYSTEM, "published data of the demonstration network");
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
    await seedScoped(services.risks, risks, (r) => [r.hazard, r.timeframe], report, "risks", false);
    report.created.themes = await seedThemes(tx, services);
    if (options.demoUsers ?? true) report.demoUsers = await seedDemoUsers(tx);
    const members = data.jurisdictions.map((j) => ({
      jurisdictionId: idOf(j.key),
      country: j.country,
      tags: j.tags,
      targetSectors: data.targets.filter((t) => t.jurisdictionKey === j.key).flatMap((t) => t.sectors),
      population: j.population.at(-1)?.value ?? null,
    }));
    report.members = await seedMembers(tx, services, members, options.demoUsers ?? true);
    report.demoUsers.push(...report.members.demoUsers);
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
  list(query: { jurisdictionId: string; limit: number }, actor: typeof SYSTEM): Promise<{ items: Row[] }>;
  transition?(
    id: string,
    transition: "submit" | "publish",
    comment: string | null,
    actor: typeof SYSTEM,
  ): Promise<Row>;
}

/** Creates the records not yet present, matching on `keyOf` within each jurisdiction. */
async function seedScoped<Input extends { jurisdictionId: string }, Row extends Input & { id: string }>(
  service: ScopedCreate<Input, Row>,
  inputs: Input[],
  keyOf: (item: Input | Row) => unknown[],
  report: SeedReport,
  counter: keyof SeedReport["created"],
  publish = true,
) {
  const seen = new Map<string, Set<string>>();
  for (const input of inputs) {
    let keys = seen.get(input.jurisdictionId);
    if (!keys) {
      const existing = await service.list({ jurisdictionId: input.jurisdictionId, limit: 200 }, SYSTEM);
      keys = new Set(existing.items.map((row) => JSON.stringify(keyOf(row))));
      seen.set(input.jurisdictionId, keys);
    }
    const key = JSON.stringify(keyOf(input));
    if (keys.has(key)) {
      report.existing += 1;
      continue;
    }
    const row = await service.create(input, SYSTEM);
    if (publish && service.transition) {
      await service.transition(row.id, "submit", "public data of the demonstration network", SYSTEM);
      await service.transition(row.id, "publish", "public data of the demonstration network", SYSTEM);
    }
    keys.add(key);
    report.created[counter] += 1;
  }
}
