/** Every use case of the registry, over one database. */
import type { Db } from "../db/database.ts";
import { ActionService } from "./action.service.ts";
import { InventoryService } from "./inventory.service.ts";
import { JurisdictionService } from "./jurisdiction.service.ts";
import { RiskService } from "./risk.service.ts";
import { TargetService } from "./target.service.ts";

/** The services the HTTP API and the CLI call. */
export interface Services {
  jurisdictions: JurisdictionService;
  inventories: InventoryService;
  targets: TargetService;
  actions: ActionService;
  risks: RiskService;
}

/** Builds the services over `db`. */
export function createServices(db: Db): Services {
  return {
    jurisdictions: new JurisdictionService(db),
    inventories: new InventoryService(db),
    targets: new TargetService(db),
    actions: new ActionService(db),
    risks: new RiskService(db),
  };
}
