/** Use cases for jurisdictions: create, read, replace, list; each in one transaction. */
import type { Page } from "../db/cursor.ts";
import type { Db } from "../db/database.ts";
import { appendAuditEvent } from "../db/repositories/audit.repository.ts";
import {
  findJurisdiction,
  insertJurisdiction,
  type JurisdictionFilter,
  type JurisdictionRow,
  type JurisdictionValues,
  listJurisdictions,
  updateJurisdiction,
} from "../db/repositories/jurisdiction.repository.ts";
import {
  replaceSeries,
  type SeriesPoint,
  seriesOf,
} from "../db/repositories/jurisdiction-series.repository.ts";
import { authorize } from "../policies/policy.ts";
import { refreshJurisdictionSummary } from "./analytics/refresh.ts";
import { validationFailed } from "./errors.ts";
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

/** A yearly value. */
export interface YearValue {
  year: number;
  value: number;
}

/** The series a jurisdiction carries, with their units (population in inhabitants, GDP in USD, area in km²). */
export const SERIES_UNITS = { population: "inhabitants", gdp: "USD", area: "km2" } as const;

/** What a client writes about a jurisdiction. */
export interface JurisdictionInput {
  name: string;
  type: string;
  country: string;
  locode?: string | null | undefined;
  cdpAccount?: number | null | undefined;
  region?: string | null | undefined;
  parentId?: string | null | undefined;
  tags?: string[] | undefined;
  /** Submitted inventories need the approval of one of the jurisdiction's approvers before review. */
  requiresApprover?: boolean | undefined;
  population?: YearValue[] | undefined;
  gdp?: YearValue[] | undefined;
  area?: YearValue[] | undefined;
}

/** A jurisdiction with its time series. */
export interface Jurisdiction extends JurisdictionRow {
  series: SeriesPoint[];
}

/** Filters and paging of a jurisdiction list. */
export type JurisdictionQuery = Omit<JurisdictionFilter, "after"> & { cursor?: string | undefined };

function valuesOf(input: JurisdictionInput): JurisdictionValues {
  return {
    name: input.name,
    type: input.type,
    country: input.country,
    locode: orNull(input.locode),
    cdpAccount: orNull(input.cdpAccount),
    region: orNull(input.region),
    parentId: orNull(input.parentId),
    tags: input.tags ?? [],
    requiresApprover: input.requiresApprover ?? false,
  };
}

function seriesOfInput(input: JurisdictionInput): SeriesPoint[] {
  return (Object.keys(SERIES_UNITS) as Array<keyof typeof SERIES_UNITS>).flatMap((indicator) =>
    (input[indicator] ?? []).map((p) => ({
      indicator,
      year: p.year,
      value: p.value,
      unit: SERIES_UNITS[indicator],
    })),
  );
}

/** Jurisdiction use cases over one database. */
export class JurisdictionService {
  constructor(private readonly db: Db) {}

  /** Creates a jurisdiction and its series. */
  create(input: JurisdictionInput, actor: Actor): Promise<Jurisdiction> {
    authorize(actor, "jurisdiction.write");
    return this.db.transaction(async (tx) => {
      await this.checkParent(tx, input.parentId, undefined);
      const row = await uniquely("jurisdiction", { locode: input.locode, cdpAccount: input.cdpAccount }, () =>
        insertJurisdiction(tx, valuesOf(input), actor.id),
      );
      await replaceSeries(tx, row.id, seriesOfInput(input));
      const created = { ...row, series: (await seriesOf(tx, [row.id])).get(row.id) ?? [] };
      await this.audit(tx, actor, created, "create");
      await refreshJurisdictionSummary(tx, created.id);
      return created;
    });
  }

  /** Reads one jurisdiction. */
  get(id: string): Promise<Jurisdiction> {
    return this.db.transaction(async (tx) => {
      const row = foundOrThrow(await findJurisdiction(tx, id), "jurisdiction", id);
      return { ...row, series: (await seriesOf(tx, [id])).get(id) ?? [] };
    });
  }

  /** Replaces a jurisdiction at `expectedVersion`. */
  update(id: string, expectedVersion: number | undefined, input: JurisdictionInput, actor: Actor) {
    authorize(actor, "jurisdiction.write");
    return this.db.transaction(async (tx): Promise<Jurisdiction> => {
      foundOrThrow(await findJurisdiction(tx, id), "jurisdiction", id);
      const version = requireVersion(expectedVersion);
      await this.checkParent(tx, input.parentId, id);
      const outcome = await uniquely(
        "jurisdiction",
        { locode: input.locode, cdpAccount: input.cdpAccount },
        () => updateJurisdiction(tx, id, version, valuesOf(input), actor.id),
      );
      const row = updatedOrThrow(outcome, "jurisdiction", id, version);
      await replaceSeries(tx, id, seriesOfInput(input));
      const updated = { ...row, series: (await seriesOf(tx, [id])).get(id) ?? [] };
      await this.audit(tx, actor, updated, "update");
      await refreshJurisdictionSummary(tx, id);
      return updated;
    });
  }

  /** Lists jurisdictions, one page at a time. */
  list(query: JurisdictionQuery): Promise<Page<Jurisdiction>> {
    return this.db.transaction(async (tx) => {
      const page = await listJurisdictions(tx, { ...query, after: cursorKey(query.cursor) });
      const series = await seriesOf(
        tx,
        page.items.map((j) => j.id),
      );
      return { ...page, items: page.items.map((j) => ({ ...j, series: series.get(j.id) ?? [] })) };
    });
  }

  private async audit(tx: Db, actor: Actor, j: Jurisdiction, action: string) {
    const { createdAt: _c, updatedAt: _u, ...state } = j;
    await appendAuditEvent(tx, { actor: actor.id, entity: "jurisdiction", entityId: j.id, action, state });
  }

  private async checkParent(tx: Db, parentId: string | null | undefined, selfId: string | undefined) {
    if (!parentId) return;
    if (parentId === selfId)
      throw validationFailed([{ path: "parentId", message: "cannot be the jurisdiction itself" }]);
    referenceOrThrow(await findJurisdiction(tx, parentId), "parentId", "jurisdiction", parentId);
  }
}
