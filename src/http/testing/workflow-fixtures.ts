/** Test fixtures: records brought to a given workflow status through the services, as the system. */
import type { InventoryLine } from "../../core/document.ts";
import type { InventoryStatus } from "../../core/workflow/inventory-workflow.ts";
import type { ReviewStatus } from "../../core/workflow/light-workflow.ts";
import { SAMPLE_LINES } from "../../db/testing/factories.ts";
import { DomainError } from "../../services/errors.ts";
import { type Actor, SYSTEM } from "../../services/service-helpers.ts";
import type { Services } from "../../services/services.ts";

let years = 0;

/** A year not used before in this process (inventories are unique per jurisdiction, kind and year). */
export function freshYear(): number {
  years += 1;
  return 1990 + (years % 110);
}

/** The ids of the warnings a submit is waiting for, from its `checks_failed` error. */
export async function pendingWarnings(
  services: Services,
  id: string,
  actor: Actor = SYSTEM,
): Promise<string[]> {
  try {
    await services.inventoryWorkflow.transition(id, "submit", {}, actor);
    return [];
  } catch (error) {
    if (error instanceof DomainError && error.code === "checks_failed") {
      const details = error.details as { unanswered: Array<{ id: string }> };
      return details.unanswered.map((c) => c.id);
    }
    throw error;
  }
}

/** Submits, answering every warning. */
export async function submitAnswering(services: Services, id: string, actor: Actor = SYSTEM) {
  const pending = await pendingWarnings(services, id, actor);
  if (pending.length === 0) return;
  const answers = Object.fromEntries(pending.map((c) => [c, `answered ${c}`]));
  await services.inventoryWorkflow.transition(id, "submit", { answers }, actor);
}

const PATH: Record<
  InventoryStatus,
  Array<"submit" | "approve" | "review" | "verify" | "publish" | "return">
> = {
  draft: [],
  submitted: ["submit"],
  approved: ["submit", "approve"],
  in_review: ["submit", "approve", "review"],
  verified: ["submit", "approve", "review", "verify"],
  returned: ["submit", "approve", "review", "return"],
  published: ["submit", "approve", "review", "verify", "publish"],
};

/** An inventory of `jurisdictionId` (which must require an approver) brought to `status`; returns its id. */
export async function inventoryIn(
  services: Services,
  jurisdictionId: string,
  status: InventoryStatus,
  lines: InventoryLine[] = SAMPLE_LINES,
): Promise<string> {
  const view = await services.inventories.create(
    { jurisdictionId, year: freshYear(), kind: "community", lines },
    SYSTEM,
  );
  for (const step of PATH[status]) {
    if (step === "submit") await submitAnswering(services, view.id);
    else await services.inventoryWorkflow.transition(view.id, step, { comment: `fixture ${step}` }, SYSTEM);
  }
  return view.id;
}

/** A target or action of `jurisdictionId` brought to `status`; returns its id. */
export async function reviewedIn(
  services: Services,
  kind: "targets" | "actions" | "themeReports" | "tapProjects",
  jurisdictionId: string,
  status: ReviewStatus,
): Promise<string> {
  const row =
    kind === "tapProjects"
      ? await services.tapProjects.create(tapProjectBody(jurisdictionId), SYSTEM)
      : kind === "themeReports"
        ? await services.themeReports.create(
            {
              jurisdictionId,
              ...themeReportBody(),
              values: { population: 1000, "water-supplied": 100, "water-billed": 80 },
            },
            SYSTEM,
          )
        : kind === "targets"
          ? await services.targets.create(
              {
                jurisdictionId,
                type: "base-year-absolute",
                scope: "community",
                baseYear: 2015,
                targetYear: 2030,
                reductionPercent: 50,
              },
              SYSTEM,
            )
          : await services.actions.create(
              { jurisdictionId, kind: "mitigation", title: "Fixture action", status: "planned" },
              SYSTEM,
            );
  const service = services[kind];
  const steps = {
    draft: [],
    submitted: ["submit"],
    returned: ["submit", "return"],
    published: ["submit", "publish"],
  } as const;
  for (const step of steps[status]) await service.transition(row.id, step, null, SYSTEM);
  return row.id;
}

let themeYears = 0;

/**
 * A fresh theme report's theme and year (one report per jurisdiction, theme and year); its own counter, so that
 * theme reports do not use up the years inventories take from `freshYear`.
 */
export function themeReportBody() {
  themeYears += 1;
  return { theme: "water", year: 1990 + (themeYears % 110) };
}

/** A TAP project of `jurisdictionId`, ready for finance. */
export function tapProjectBody(jurisdictionId: string) {
  return {
    jurisdictionId,
    title: "Bus rapid transit corridor",
    problem: "Congested arterial roads",
    action: "A 12 km BRT line",
    stage: "ready-for-finance",
    cost: 40_000_000,
    financeSought: 25_000_000,
    currency: "EUR",
    sectors: ["transportation"],
    agendas: ["ecomobile"],
  };
}
