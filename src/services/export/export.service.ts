/**
 * Exports: one inventory's GPC reporting table or CRF sector table (CSV or XLSX; the published version for the
 * public, the working copy for those who may read it), the network's open data (every published inventory with
 * its content hash and the attribution its source requires) and its CDP-style city-wide totals.
 */
import type { InventoryDocument } from "../../core/document.ts";
import type { GwpSet } from "../../core/gases.ts";
import type { ReportedTotals } from "../../core/reported-totals.ts";
import { type CursorKey, decodeCursor } from "../../db/cursor.ts";
import type { Db } from "../../db/database.ts";
import { jurisdictionKeys } from "../../db/repositories/import.repository.ts";
import { listPublished, type PublishedRow } from "../../db/repositories/inventory-version.repository.ts";
import { findJurisdiction } from "../../db/repositories/jurisdiction.repository.ts";
import { reportedTotalsOf } from "../../db/repositories/reported-totals.repository.ts";
import { type CdpTotalsEntry, cdpTotalsCsv, totalsFromCalculation } from "../../io/cdp-totals.exporter.ts";
import { crfCsv, crfXlsx } from "../../io/crf.exporter.ts";
import { gpcTableCsv, gpcTableXlsx } from "../../io/gpc-table.exporter.ts";
import { openDataCsv, openDataJson, type PublishedRecord } from "../../io/open-data.exporter.ts";
import type { ReportedTotalsRecord } from "../../io/records.ts";
import { InventoryService } from "../inventories/inventory.service.ts";
import type { Actor } from "../service-helpers.ts";

/** A file to send or write: its bytes or text, media type and a file name. */
export interface ExportFile {
  body: string | Buffer;
  contentType: string;
  filename: string;
}

/** The per-inventory tables. */
export type InventoryTable = "gpc-table" | "crf";

/** Spreadsheet formats of the per-inventory tables. */
export type TableFormat = "csv" | "xlsx";

/** The media types of the export formats. */
export const MEDIA_TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  json: "application/json; charset=utf-8",
} as const;

/** A published version with what the network exports need. */
interface PublishedEntry {
  row: PublishedRow;
  jurisdiction: {
    name: string;
    country: string;
    region: string | null;
    locode: string | null;
    cdpAccount: number | null;
  };
  reported: ReportedTotals | undefined;
}

/** Export use cases over one database. */
export class ExportService {
  constructor(private readonly db: Db) {}

  /** One inventory's table as `actor` may read it (`view` as in InventoryService.get). */
  async inventoryTable(
    id: string,
    table: InventoryTable,
    format: TableFormat,
    actor: Actor,
    view?: "published" | "working",
  ): Promise<ExportFile> {
    const inv = await new InventoryService(this.db).get(id, actor, view);
    const j = await findJurisdiction(this.db, inv.jurisdictionId);
    const doc: InventoryDocument = { year: inv.year, gwp: inv.gwp as GwpSet, lines: inv.lines };
    const label = j?.locode ?? j?.name;
    if (label) doc.jurisdiction = label;
    if (inv.population !== null) doc.population = inv.population;
    const name = `${(label ?? id).replace(/[^A-Za-z0-9-]+/g, "-")}-${inv.year}-${table}.${format}`;
    if (format === "csv") {
      const body = table === "gpc-table" ? gpcTableCsv(doc, inv.result) : crfCsv(doc, inv.result);
      return { body, contentType: MEDIA_TYPES.csv, filename: name };
    }
    const body = table === "gpc-table" ? await gpcTableXlsx(doc, inv.result) : await crfXlsx(doc, inv.result);
    return { body, contentType: MEDIA_TYPES.xlsx, filename: name };
  }

  /** Every published inventory version, with its jurisdiction and (reported-totals) figures. */
  private async published(): Promise<PublishedEntry[]> {
    return this.db.transaction(
      async (tx) => {
        const places = new Map((await jurisdictionKeys(tx)).map((j) => [j.id, j]));
        const rows: PublishedRow[] = [];
        let after: CursorKey | undefined;
        for (;;) {
          const page = await listPublished(tx, { limit: 200, after });
          rows.push(...page.items);
          after = page.nextCursor ? decodeCursor(page.nextCursor) : undefined;
          if (!after) break;
        }
        const ids = rows
          .filter((r) => r.version.form === "reported-totals")
          .map((r) => r.version.inventoryId);
        const totals = await reportedTotalsOf(tx, ids);
        return rows.map((row) => ({
          row,
          jurisdiction: places.get(row.version.jurisdictionId) ?? {
            name: "?",
            country: "",
            region: null,
            locode: null,
            cdpAccount: null,
          },
          reported: totals.get(`${row.version.inventoryId}:${row.version.number}`)?.record,
        }));
      },
      { isolationLevel: "repeatable read", accessMode: "read only" },
    );
  }

  /** The open data of everything published, as CSV or JSON. */
  async openData(format: "csv" | "json"): Promise<ExportFile> {
    const records: PublishedRecord[] = (await this.published()).map(({ row, jurisdiction, reported }) => {
      const v = row.version;
      const t = v.result.totals;
      return {
        kind: v.form === "reported-totals" ? "reported-totals" : "inventory",
        id: v.inventoryId,
        jurisdiction: jurisdiction.name,
        country: jurisdiction.country,
        year: v.year,
        version: v.number,
        contentHash: v.contentHash ?? "",
        source: reported?.provenance.source ?? "localledger",
        figures: {
          basic: reported ? reported.totals.basic : t.basic,
          basicPlus: reported ? reported.totals.basicPlus : t.basicPlus,
          territorial: t.territorial,
        },
        data: reported ?? {
          gwp: v.gwp,
          boundary: v.boundary,
          population: v.population,
          totals: t,
          bySector: v.result.bySector,
        },
      };
    });
    const body = format === "csv" ? openDataCsv(records) : openDataJson(records, new Date().toISOString());
    return { body, contentType: MEDIA_TYPES[format], filename: `localledger-open-data.${format}` };
  }

  /** CDP-style city-wide totals of every published inventory (reported as imported, or from its lines). */
  async cdpTotals(): Promise<ExportFile> {
    const entries: CdpTotalsEntry[] = (await this.published()).map(({ row, jurisdiction: j, reported }) => {
      const v = row.version;
      const info = { cdpAccount: j.cdpAccount, name: j.name };
      const totals = reported
        ? {
            ...reported,
            kind: "reported-totals" as const,
            cdpAccount: j.cdpAccount,
            jurisdictionName: j.name,
            year: v.year,
            provenance: reported.provenance as ReportedTotalsRecord["provenance"],
          }
        : totalsFromCalculation(
            { year: v.year, lines: v.lines, ...(v.population === null ? {} : { population: v.population }) },
            v.result,
            info,
          );
      return { totals, country: j.country, region: j.region };
    });
    return {
      body: cdpTotalsCsv(entries),
      contentType: MEDIA_TYPES.csv,
      filename: "localledger-cdp-totals.csv",
    };
  }
}
