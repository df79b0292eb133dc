/** The reads the public pages make, each through the typed client. */
import {
  type Action,
  api,
  type Inventory,
  type Jurisdiction,
  type JurisdictionQuery,
  type Risk,
  type Target,
  unwrap,
} from "./client.ts";
import { collectPages, type Page } from "./pages.ts";

/** The largest page the API serves. */
export const MAX_LIMIT = 200;
/** The most pages a whole-list read follows. */
const MAX_PAGES = 50;
/** The most records a whole-list read collects. */
export const MAX_RECORDS = MAX_LIMIT * MAX_PAGES;

/** One page of the jurisdiction directory. */
export async function listJurisdictions(
  query: JurisdictionQuery,
  signal?: AbortSignal,
): Promise<Page<Jurisdiction>> {
  return unwrap(await api.GET("/api/v1/jurisdictions", { params: { query }, signal }));
}

/** Every jurisdiction (the network is listed in pages of 200). */
export async function allJurisdictions(signal?: AbortSignal) {
  return collectPages((cursor) => listJurisdictions({ limit: MAX_LIMIT, cursor }, signal), MAX_PAGES);
}

/** One jurisdiction. */
export async function getJurisdiction(id: string, signal?: AbortSignal): Promise<Jurisdiction> {
  return unwrap(await api.GET("/api/v1/jurisdictions/{id}", { params: { path: { id } }, signal }));
}

/** One inventory with its stored results and issues. */
export async function getInventory(id: string, signal?: AbortSignal): Promise<Inventory> {
  return unwrap(await api.GET("/api/v1/inventories/{id}", { params: { path: { id } }, signal }));
}

/** Every inventory, or those of one jurisdiction. */
export async function allInventories(jurisdictionId: string | undefined, signal?: AbortSignal) {
  return collectPages(
    async (cursor) =>
      unwrap(
        await api.GET("/api/v1/inventories", {
          params: { query: { limit: MAX_LIMIT, cursor, jurisdictionId } },
          signal,
        }),
      ),
    MAX_PAGES,
  );
}

/** Every target, or those of one jurisdiction. */
export async function allTargets(jurisdictionId: string | undefined, signal?: AbortSignal) {
  return collectPages<Target>(
    async (cursor) =>
      unwrap(
        await api.GET("/api/v1/targets", {
          params: { query: { limit: MAX_LIMIT, cursor, jurisdictionId } },
          signal,
        }),
      ),
    MAX_PAGES,
  );
}

/** Every action, or those of one jurisdiction. */
export async function allActions(jurisdictionId: string | undefined, signal?: AbortSignal) {
  return collectPages<Action>(
    async (cursor) =>
      unwrap(
        await api.GET("/api/v1/actions", {
          params: { query: { limit: MAX_LIMIT, cursor, jurisdictionId } },
          signal,
        }),
      ),
    MAX_PAGES,
  );
}

/** Every risk of one jurisdiction. */
export async function allRisks(jurisdictionId: string, signal?: AbortSignal) {
  return collectPages<Risk>(
    async (cursor) =>
      unwrap(
        await api.GET("/api/v1/risks", {
          params: { query: { limit: MAX_LIMIT, cursor, jurisdictionId } },
          signal,
        }),
      ),
    MAX_PAGES,
  );
}

/** Download addresses (links the reader's browser follows; not fetched by the app). */
export const downloadUrl = {
  jurisdiction: (id: string) => `/api/v1/jurisdictions/${encodeURIComponent(id)}`,
  inventory: (id: string) => `/api/v1/inventories/${encodeURIComponent(id)}`,
  /** The GPC reporting table or the CRF sector table (GCoM) of an inventory, as CSV or XLSX. */
  inventoryExport: (id: string, file: `${"gpc-table" | "crf"}.${"csv" | "xlsx"}`) =>
    `/api/v1/inventories/${encodeURIComponent(id)}/export/${file}`,
  list: (resource: "jurisdictions" | "inventories" | "targets" | "actions" | "risks", query = "") =>
    `/api/v1/${resource}?limit=${MAX_LIMIT}${query}`,
};
