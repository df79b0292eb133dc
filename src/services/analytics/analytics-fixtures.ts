/** Test support for analytics: records brought to their public state through the services, as the system. */
import type { InventoryLine } from "../../core/document.ts";
import type { Db } from "../../db/database.ts";
import { readAllSummaries, readPublicInputs } from "../../db/repositories/analytics.repository.ts";
import { DomainError } from "../errors.ts";
import { SYSTEM } from "../service-helpers.ts";
import type { Services } from "../services.ts";
import type { TargetInput } from "../target.service.ts";
import { buildPublicSummary } from "./public-summary.ts";

/** Lines of a simple inventory whose BASIC total is `basic` tCO2e (stationary energy and transport). */
export function linesOf(basic: number): InventoryLine[] {
  return [
    { gpc: "I.1.1", emissions: { CO2e: { value: basic * 0.6, unit: "t" } } },
    { gpc: "II.1.1", emissions: { CO2e: { value: basic * 0.4, unit: "t" } } },
  ];
}

/** Creates an inventory and takes it through submit, review, verify and publish (no approver); returns its id. */
export async function publishInventory(
  services: Services,
  jurisdictionId: string,
  year: number,
  basic: number,
  population: number | null = null,
): Promise<string> {
  const view = await services.inventories.create(
    { jurisdictionId, year, kind: "community", population, lines: linesOf(basic) },
    SYSTEM,
  );
  try {
    await services.inventoryWorkflow.transition(view.id, "submit", {}, SYSTEM);
  } catch (error) {
    if (!(error instanceof DomainError && error.code === "checks_failed")) throw error;
    const unanswered = (error.details as { unanswered: Array<{ id: string }> }).unanswered;
    const answers = Object.fromEntries(unanswered.map((c) => [c.id, "answered"]));
    await services.inventoryWorkflow.transition(view.id, "submit", { answers }, SYSTEM);
  }
  for (const step of ["review", "verify", "publish"] as const)
    await services.inventoryWorkflow.transition(view.id, step, {}, SYSTEM);
  return view.id;
}

/** Creates a target and publishes it; returns its id. */
export async function publishTarget(services: Services, input: TargetInput): Promise<string> {
  const row = await services.targets.create(input, SYSTEM);
  await services.targets.transition(row.id, "submit", null, SYSTEM);
  await services.targets.transition(row.id, "publish", null, SYSTEM);
  return row.id;
}

/** Every stored summary and profile beside the one rebuilt from scratch for the same jurisdiction. */
export async function storedAndRebuilt(db: Db) {
  const stored = await readAllSummaries(db);
  const pairs = [];
  for (const s of stored) {
    const inputs = await readPublicInputs(db, s.summary.id);
    const rebuilt = inputs ? buildPublicSummary(inputs) : undefined;
    pairs.push({
      stored: { summary: s.summary, profile: s.profile },
      rebuilt: rebuilt && { summary: rebuilt.summary, profile: rebuilt.profile },
    });
  }
  return pairs;
}
