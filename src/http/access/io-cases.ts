/** The route × role matrix's cases of the import and export routes. */
import { SAMPLE_LINES } from "../../db/testing/factories.ts";
import type { Services } from "../../services/services.ts";
import { freshYear, inventoryIn } from "../testing/workflow-fixtures.ts";
import type { RouteCase } from "./route-cases.ts";

/** What the cases need from the matrix, read when a case runs. */
export interface IoCaseContext {
  services(): Services;
  cityA(): string;
}

/** One case per import or export route: exports are public, imports need a reporter of the city (or an admin). */
export function ioCases(
  everyone: RouteCase["allow"],
  aWriters: RouteCase["allow"],
  ctx: IoCaseContext,
): Record<string, RouteCase> {
  const open = (path: () => Promise<string> | string): RouteCase => ({
    allow: everyone,
    prepare: async () => ({ path: await path() }),
  });
  return {
    "GET /api/v1/inventories/{id}/export/{file}": open(
      async () =>
        `/api/v1/inventories/${await inventoryIn(ctx.services(), ctx.cityA(), "published")}/export/crf.csv`,
    ),
    "GET /api/v1/open-data.csv": open(() => "/api/v1/open-data.csv"),
    "GET /api/v1/open-data.json": open(() => "/api/v1/open-data.json"),
    "GET /api/v1/templates/inventory.xlsx": open(() => "/api/v1/templates/inventory.xlsx"),
    "GET /api/v1/templates/inventory.csv": open(() => "/api/v1/templates/inventory.csv"),
    "POST /api/v1/imports": {
      allow: aWriters,
      prepare: async () => ({
        path: `/api/v1/imports?format=inventory-json&jurisdiction=${ctx.cityA()}&year=${freshYear()}`,
        body: { lines: SAMPLE_LINES },
      }),
    },
  };
}
