/** Use cases for inventories: each write validates the document, calculates it and stores lines and result. */
import { calculate } from "../core/calculate.ts";
import type { InventoryLine } from "../core/document.ts";
import type { GwpSet } from "../core/gases.ts";
import type { CalcResult, IssueCode } from "../core/result.ts";
import type { Page } from "../db/cursor.ts";
import type { Db } from "../db/database.ts";
import {
  findInventory,
  type InventoryFilter,
  type InventoryRow,
  type InventoryValues,
  insertInventory,
  listInventories,
  updateInventory,
} from "../db/repositories/inventory.repository.ts";
import { findJurisdiction, findJurisdictionByKey } from "../db/repositories/jurisdiction.repository.ts";
import { invalidInventory, validationFailed } from "./errors.ts";
import {
  type Actor,
  cursorKey,
  foundOrThrow,
  orNull,
  referenceOrThrow,
  requireVersion,
  uniquely,
  updatedOrThrow,
} from "./service-helpers.ts";

/** Issue codes that make a document unacceptable: a line that cannot be read or calculated as written. */
export const BLOCKING_ISSUES: ReadonlySet<IssueCode> = new Set<IssueCode>([
  "unknown_gpc_row",
  "unknown_unit",
  "unknown_fuel",
  "unknown_gas",
  "invalid_value",
  "non_finite_value",
  "negative_value",
  "incompatible_units",
  "line_kind_conflict",
  "empty_line",
  "unknown_notation_key",
]);

/** What a client writes: the inventory document (DESIGN.md) plus kind, boundary and status. */
export interface InventoryInput {
  /** The jurisdiction's id; or give its UN/LOCODE as `jurisdiction`, as the document does. */
  jurisdictionId?: string | undefined;
  jurisdiction?: string | undefined;
  year: number;
  kind: string;
  boundary?: string | null | undefined;
  gwp?: GwpSet | undefined;
  population?: number | null | undefined;
  status?: string | undefined;
  lines: InventoryLine[];
}

/** Filters and paging of an inventory list. */
export type InventoryQuery = Omit<InventoryFilter, "after"> & { cursor?: string | undefined };

async function resolveJurisdiction(tx: Db, input: InventoryInput): Promise<string> {
  if (input.jurisdictionId) {
    const row = await findJurisdiction(tx, input.jurisdictionId);
    return referenceOrThrow(row, "jurisdictionId", "jurisdiction", input.jurisdictionId).id;
  }
  if (input.jurisdiction) {
    const row = await findJurisdictionByKey(tx, { locode: input.jurisdiction });
    return referenceOrThrow(row, "jurisdiction", "jurisdiction with UN/LOCODE", input.jurisdiction).id;
  }
  throw validationFailed([
    { path: "jurisdictionId", message: "give the jurisdiction's id, or its UN/LOCODE as `jurisdiction`" },
  ]);
}

/** Calculates the document and refuses it when a line cannot be calculated as written. */
export function calculateOrRefuse(input: InventoryInput): CalcResult {
  const gwp = input.gwp ?? "AR5";
  const result = calculate({
    gwp,
    year: input.year,
    population: input.population ?? undefined,
    lines: input.lines,
  });
  const blocking = result.issues.filter((i) => BLOCKING_ISSUES.has(i.code));
  if (blocking.length > 0) throw invalidInventory(blocking);
  return result;
}

function valuesOf(input: InventoryInput, jurisdictionId: string, result: CalcResult): InventoryValues {
  return {
    jurisdictionId,
    year: input.year,
    kind: input.kind,
    boundary: orNull(input.boundary),
    gwp: result.gwp,
    population: orNull(input.population),
    status: input.status ?? "draft",
    lines: input.lines,
    result,
    totalBasic: result.totals.basic,
    totalBasicPlus: result.totals.basicPlus,
    totalTerritorial: result.totals.territorial,
  };
}

/** Inventory use cases over one database. */
export class InventoryService {
  constructor(private readonly db: Db) {}

  /** Validates, calculates and stores a new inventory. */
  create(input: InventoryInput, actor: Actor): Promise<InventoryRow> {
    return this.db.transaction(async (tx) => {
      const result = calculateOrRefuse(input);
      const jurisdictionId = await resolveJurisdiction(tx, input);
      const key = { jurisdictionId, kind: input.kind, year: input.year };
      return uniquely("inventory", key, () =>
        insertInventory(tx, valuesOf(input, jurisdictionId, result), actor.id),
      );
    });
  }

  /** Reads one inventory with its stored result. */
  get(id: string): Promise<InventoryRow> {
    return this.db.transaction(async (tx) => foundOrThrow(await findInventory(tx, id), "inventory", id));
  }

  /** Replaces an inventory at `expectedVersion`, recalculating it. */
  update(id: string, expectedVersion: number | undefined, input: InventoryInput, actor: Actor) {
    return this.db.transaction(async (tx): Promise<InventoryRow> => {
      foundOrThrow(await findInventory(tx, id), "inventory", id);
      const version = requireVersion(expectedVersion);
      const result = calculateOrRefuse(input);
      const jurisdictionId = await resolveJurisdiction(tx, input);
      const key = { jurisdictionId, kind: input.kind, year: input.year };
      const outcome = await uniquely("inventory", key, () =>
        updateInventory(tx, id, version, valuesOf(input, jurisdictionId, result), actor.id),
      );
      return updatedOrThrow(outcome, "inventory", id, version);
    });
  }

  /** Lists inventories, one page at a time. */
  list(query: InventoryQuery): Promise<Page<InventoryRow>> {
    return this.db.transaction((tx) => listInventories(tx, { ...query, after: cursorKey(query.cursor) }));
  }
}
