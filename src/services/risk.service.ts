/** Use cases for climate hazards and risks. */
import type { Db } from "../db/database.ts";
import {
  findRisk,
  insertRisk,
  listRisks,
  type RiskFilter,
  type RiskRow,
  type RiskValues,
  updateRisk,
} from "../db/repositories/risk.repository.ts";
import { ScopedService } from "./scoped.service.ts";
import { orNull } from "./service-helpers.ts";

/** What a client writes about a hazard and its risk. */
export interface RiskInput {
  jurisdictionId: string;
  theme?: string | undefined;
  hazard: string;
  probability?: string | null | undefined;
  impact?: string | null | undefined;
  timeframe?: string | null | undefined;
  sectors?: string[] | undefined;
  vulnerableGroups?: string[] | undefined;
  description?: string | null | undefined;
}

function valuesOf(r: RiskInput): RiskValues {
  return {
    jurisdictionId: r.jurisdictionId,
    theme: r.theme ?? "climate",
    hazard: r.hazard,
    probability: orNull(r.probability),
    impact: orNull(r.impact),
    timeframe: orNull(r.timeframe),
    sectors: r.sectors ?? [],
    vulnerableGroups: r.vulnerableGroups ?? [],
    description: orNull(r.description),
  };
}

/** Risk use cases over one database. */
export class RiskService extends ScopedService<RiskInput, RiskRow, RiskValues, Omit<RiskFilter, "after">> {
  constructor(db: Db) {
    super(
      db,
      { insert: insertRisk, find: findRisk, update: updateRisk, list: listRisks },
      { kind: "risk", valuesOf },
    );
  }
}
