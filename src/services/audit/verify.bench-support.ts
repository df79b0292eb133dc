/**
 * Benchmark support: fills a database with `count` published inventories (through `importPublished`, in
 * batched transactions, with the same audit events as the workflow), spread over jurisdictions of 100 years each.
 */
import type { InventoryLine } from "../../core/document.ts";
import type { Db } from "../../db/database.ts";
import { importPublished } from "../inventories/inventory-import.service.ts";
import { SYSTEM } from "../service-helpers.ts";
import { createServices } from "../services.ts";

/** Creates `count` published inventories whose lines `linesOf(i)` gives; calls `progress` after each batch. */
export async function buildPublishedInventories(
  db: Db,
  count: number,
  linesOf: (i: number) => InventoryLine[],
  progress: (done: number) => void = () => {},
  batch = 250,
): Promise<void> {
  const services = createServices(db);
  const years = 100;
  const jurisdictions: string[] = [];
  for (let j = 0; j * years < count; j++) {
    const row = await services.jurisdictions.create(
      { name: `Bench city ${j}`, type: "city", country: "PT" },
      SYSTEM,
    );
    jurisdictions.push(row.id);
  }
  for (let start = 0; start < count; start += batch) {
    const inputs = [];
    for (let i = start; i < Math.min(start + batch, count); i++) {
      inputs.push({
        jurisdictionId: jurisdictions[Math.floor(i / years)] as string,
        year: 1990 + (i % years),
        kind: "community",
        population: 1_000_000,
        lines: linesOf(i),
      });
    }
    await importPublished(db, inputs, SYSTEM, "benchmark");
    progress(Math.min(start + batch, count));
  }
}
