/** Routes of /api/v1/inventories. */
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Services } from "../../services/services.ts";
import type { ReadCache } from "../common/read-cache.ts";
import { resourceRoutes } from "../common/resource-routes.ts";
import { presentInventory } from "./presenter.ts";
import { Inventory, InventoryInput, InventoryQuery } from "./schema.ts";

/** The inventory routes over `services`. */
export function inventoryRoutes(services: Services, cache: ReadCache): OpenAPIHono {
  return resourceRoutes({
    plural: "inventories",
    singular: "inventory",
    input: InventoryInput,
    query: InventoryQuery,
    output: Inventory,
    service: services.inventories,
    present: presentInventory,
    cache,
  });
}
