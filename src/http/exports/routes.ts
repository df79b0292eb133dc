/**
 * Export routes: an inventory's GPC reporting table and CRF sector table (CSV or XLSX; the published version
 * for the public, the working copy for those who may read it), the network's open data and the inventory
 * template. Files are sent with their media type and a download name.
 */
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { writeTemplateCsv } from "../../io/template.csv.ts";
import { writeTemplateXlsx } from "../../io/template.xlsx.ts";
import type { ExportFile } from "../../services/export/export.service.ts";
import { MEDIA_TYPES } from "../../services/export/export.service.ts";
import type { Services } from "../../services/services.ts";
import { principalOf } from "../common/auth-context.ts";
import { valid } from "../common/route-helpers.ts";
import { newRouter } from "../common/router.ts";
import { READ_ERRORS } from "../common/schema.ts";

const tags = ["exports"];

/** The per-inventory export files. */
export const INVENTORY_EXPORTS = ["gpc-table.csv", "gpc-table.xlsx", "crf.csv", "crf.xlsx"] as const;

const ExportParams = z.object({
  id: z.uuid().openapi({ param: { name: "id", in: "path" } }),
  file: z.enum(INVENTORY_EXPORTS).openapi({ param: { name: "file", in: "path" } }),
});

const ViewQuery = z.object({
  view: z.enum(["published", "working"]).optional().openapi({
    description: "published (default for the public) or the working copy (for those who may read it)",
  }),
});

const FILE = (types: string[], description: string) => ({
  description,
  content: Object.fromEntries(types.map((t) => [t, { schema: z.string().openapi({ format: "binary" }) }])),
});

/** Sends an export file as a download. */
function send(c: Context, file: ExportFile): Response {
  const body = typeof file.body === "string" ? file.body : new Uint8Array(file.body);
  return c.body(body, 200, {
    "Content-Type": file.contentType,
    "Content-Disposition": `attachment; filename="${file.filename}"`,
  });
}

/** Registers the export routes on the API router. */
export function exportRoutes(services: Services): OpenAPIHono {
  const app = newRouter();
  app.openapi(
    createRoute({
      method: "get",
      path: "/inventories/{id}/export/{file}",
      tags,
      summary: "An inventory's GPC reporting table or CRF sector table, as CSV or XLSX",
      operationId: "exportInventory",
      request: { params: ExportParams, query: ViewQuery },
      responses: { 200: FILE([MEDIA_TYPES.csv, MEDIA_TYPES.xlsx], "the table"), ...READ_ERRORS },
    }),
    (async (c: Context) => {
      const { id, file } = valid<z.infer<typeof ExportParams>>(c, "param");
      const { view } = valid<z.infer<typeof ViewQuery>>(c, "query");
      const [table, format] = file.split(".") as ["gpc-table" | "crf", "csv" | "xlsx"];
      return send(c, await services.exports.inventoryTable(id, table, format, principalOf(c), view));
    }) as never,
  );
  for (const format of ["csv", "json"] as const) {
    app.openapi(
      createRoute({
        method: "get",
        path: `/open-data.${format}`,
        tags,
        summary: `Everything published, as ${format.toUpperCase()}, with content hashes and attributions`,
        operationId: `openData${format === "csv" ? "Csv" : "Json"}`,
        responses: { 200: FILE([MEDIA_TYPES[format]], "the open data") },
      }),
      (async (c: Context) => send(c, await services.exports.openData(format))) as never,
    );
  }
  for (const format of ["xlsx", "csv"] as const) {
    app.openapi(
      createRoute({
        method: "get",
        path: `/templates/inventory.${format}`,
        tags,
        summary: `The inventory template (${format.toUpperCase()}): every GPC row${format === "xlsx" ? ", drop-downs and instructions" : ""}`,
        operationId: `inventoryTemplate${format === "csv" ? "Csv" : "Xlsx"}`,
        responses: { 200: FILE([MEDIA_TYPES[format]], "the template") },
      }),
      (async (c: Context) => {
        const body = format === "csv" ? writeTemplateCsv() : await writeTemplateXlsx();
        return send(c, { body, contentType: MEDIA_TYPES[format], filename: `inventory-template.${format}` });
      }) as never,
    );
  }
  return app;
}
