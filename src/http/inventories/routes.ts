/** Routes of /api/v1/inventories: the resource routes, the MRV workflow's transitions, versions and comments. */
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { InventoryTransition } from "../../core/workflow/inventory-workflow.ts";
import type { InventoryView } from "../../services/inventories/inventory-view.ts";
import type { Services } from "../../services/services.ts";
import type { ReadCache } from "../common/read-cache.ts";
import { resourceRoutes, respondWith } from "../common/resource-routes.ts";
import { addTransitionRoutes } from "../common/transition-routes.ts";
import { presentInventory } from "./presenter.ts";
import { addRecordRoutes } from "./record-routes.ts";
import { InventoryTransitionBody } from "./record-schema.ts";
import { Inventory, InventoryInput, InventoryQuery } from "./schema.ts";

const TRANSITIONS: ReadonlyArray<{ name: InventoryTransition; summary: string }> = [
  {
    name: "submit",
    summary: "Submit the version: runs the automated checks; warnings need `answers` (reporter)",
  },
  { name: "approve", summary: "Approve a submitted version, where the jurisdiction requires it (approver)" },
  { name: "review", summary: "Take a submitted (or approved) version into review (reviewer)" },
  { name: "verify", summary: "Verify a version in review (reviewer)" },
  {
    name: "return",
    summary: "Return a version to the reporter with a comment (reviewer; approver before approval)",
  },
  {
    name: "publish",
    summary: "Publish a verified version: it becomes immutable, with a content hash (reviewer)",
  },
  { name: "correct", summary: "Start the next version as a draft from the published one (reporter)" },
];

/** The inventory routes over `services`. */
export function inventoryRoutes(services: Services, cache: ReadCache): OpenAPIHono {
  const def = {
    plural: "inventories",
    singular: "inventory",
    input: InventoryInput,
    query: InventoryQuery,
    output: Inventory,
    service: services.inventories,
    present: presentInventory,
    visibility: (v: InventoryView) => ({
      jurisdictionId: v.jurisdictionId,
      public: v.visibility === "published",
    }),
    separateWorkingView: true,
    cache,
  };
  const app = resourceRoutes(def);
  addTransitionRoutes(app, {
    singular: "inventory",
    tags: ["inventories"],
    output: Inventory,
    transitions: TRANSITIONS.map((t) => ({ ...t, body: InventoryTransitionBody })),
    run: (id, name, body, principal, version) =>
      services.inventoryWorkflow.transition(id, name as InventoryTransition, body, principal, version),
    respond: (c, view) => respondWith(c, def, view, 200),
  });
  addRecordRoutes(app, services);
  return app;
}
