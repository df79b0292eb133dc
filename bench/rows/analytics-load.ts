/**
 * Loads a synthetic network (src/synthetic/generate.ts) through the services, in batch transactions: each
 * jurisdiction created with its series, its inventories imported as published (calculated by core
 * `calculate()`, content-hashed, audited), its targets and actions created and published — every write
 * maintaining the jurisdiction's summary as in production. Writes the raw calculated lines to a CSV for DuckDB.
 */

import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { calculate } from "../../src/core/calculate.ts";
import type { InventoryLine } from "../../src/core/document.ts";
import { gpcRow } from "../../src/core/gpc/catalogue.ts";
import type { Db } from "../../src/db/database.ts";
import { importPublished } from "../../src/services/inventories/inventory-import.service.ts";
import { SYSTEM } from "../../src/services/service-helpers.ts";
import { createServices } from "../../src/services/services.ts";
import { generateNetwork, type SyntheticBundle } from "../../src/synthetic/generate.ts";

/** What was loaded. */
export interface Loaded {
  jurisdictions: number;
  inventories: number;
  lines: number;
  seconds: number;
  /** A jurisdiction id and its next free inventory year, for the cold (after a write) measurement. */
  probe: { jurisdictionId: string; year: number };
}

const CSV_HEADER = "jurisdiction_id,parent_id,year,population,gpc,territorial,basic,co2e\n";

async function loadBundle(
  tx: Db,
  b: SyntheticBundle,
  ids: Map<string, string>,
  csv: string[],
): Promise<number> {
  const s = createServices(tx);
  const j = b.jurisdiction;
  const parentId = j.parentKey ? (ids.get(j.parentKey) ?? null) : null;
  const row = await s.jurisdictions.create(
    {
      name: j.name,
      type: j.type,
      country: j.country,
      region: j.region,
      parentId,
      tags: j.tags,
      population: j.population,
    },
    SYSTEM,
  );
  ids.set(j.key, row.id);
  const inputs = b.inventories.map((inv) => ({
    jurisdictionId: row.id,
    year: inv.year,
    kind: inv.kind,
    gwp: inv.gwp,
    population: inv.population,
    lines: inv.lines as InventoryLine[],
  }));
  await importPublished(tx, inputs, SYSTEM, "benchmark network");
  const latestPopulation = j.population.at(-1)?.value ?? null;
  let lines = 0;
  for (const input of inputs) {
    const result = calculate({
      gwp: input.gwp,
      population: input.population ?? undefined,
      lines: input.lines,
    });
    const people = input.population ?? latestPopulation ?? "";
    for (const l of result.lines) {
      const r = gpcRow(l.gpc);
      if (l.co2e === null || !r) continue;
      csv.push(
        `${row.id},${parentId ?? ""},${input.year},${people},${l.gpc},${r.territorial},${r.basic},${l.co2e}\n`,
      );
      lines++;
    }
  }
  for (const { jurisdictionKey: _k, ...t } of b.targets) {
    const target = await s.targets.create({ ...t, jurisdictionId: row.id }, SYSTEM);
    await s.targets.transition(target.id, "submit", null, SYSTEM);
    await s.targets.transition(target.id, "publish", null, SYSTEM);
  }
  for (const { jurisdictionKey: _k, ...a } of b.actions) {
    const action = await s.actions.create({ ...a, jurisdictionId: row.id }, SYSTEM);
    await s.actions.transition(action.id, "submit", null, SYSTEM);
    await s.actions.transition(action.id, "publish", null, SYSTEM);
  }
  return lines;
}

/** Loads `jurisdictions × years` into `db` and writes the raw lines to `csvPath`. */
export async function loadSyntheticNetwork(
  db: Db,
  options: { jurisdictions: number; years: number },
  csvPath: string,
  progress: (done: number) => void = () => {},
): Promise<Loaded> {
  const started = performance.now();
  const out = createWriteStream(csvPath);
  out.write(CSV_HEADER);
  const ids = new Map<string, string>();
  const batch: SyntheticBundle[] = [];
  let inventories = 0;
  let lines = 0;
  let lastYear = 0;
  const flush = async () => {
    const csv: string[] = [];
    await db.transaction(async (tx) => {
      for (const b of batch) lines += await loadBundle(tx, b, ids, csv);
    });
    if (!out.write(csv.join(""))) await once(out, "drain");
    inventories += batch.reduce((n, b) => n + b.inventories.length, 0);
    batch.length = 0;
    progress(ids.size);
  };
  for (const bundle of generateNetwork({ ...options, seed: 42 })) {
    for (const inv of bundle.inventories) lastYear = Math.max(lastYear, inv.year);
    batch.push(bundle);
    if (batch.length === 100) await flush();
  }
  if (batch.length > 0) await flush();
  out.end();
  await once(out, "finish");
  const probe = ids.values().next().value;
  if (!probe) throw new Error("empty network");
  return {
    jurisdictions: ids.size,
    inventories,
    lines,
    seconds: (performance.now() - started) / 1000,
    probe: { jurisdictionId: probe, year: lastYear + 1 },
  };
}
