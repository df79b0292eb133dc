/**
 * POST /imports: imports a file (multipart field `file`, or the raw body) in the format `?format=` names, through
 * the import service, as the signed-in principal. Up to 25 MB (this route only). A file with errors is a 422
 * `invalid_file` whose message names the first problem's line and column and whose details hold the report.
 */
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { CSV_ENCODINGS } from "../../io/csv-stream.ts";
import { DomainError, invalidFile, validationFailed } from "../../services/errors.ts";
import { IMPORT_FORMATS, type ImportOutcome } from "../../services/import/import-types.ts";
import type { Services } from "../../services/services.ts";
import { principalOf } from "../common/auth-context.ts";
import { errorResponse } from "../common/error-handler.ts";
import { json } from "../common/route-helpers.ts";
import { newRouter } from "../common/router.ts";
import { WRITE_ERRORS } from "../common/schema.ts";

/** The largest file POST /imports reads. */
export const MAX_IMPORT_BYTES = 25 * 1024 * 1024;

const flag = z
  .enum(["true", "false", "1", "0"])
  .optional()
  .transform((v) => v === "true" || v === "1");

const ImportQuery = z.object({
  format: z.enum(IMPORT_FORMATS).openapi({ description: "the file's format" }),
  dryRun: flag.openapi({ description: "check and count, write nothing" }),
  partial: flag.openapi({ description: "import every jurisdiction-year free of errors; list the rest" }),
  publish: flag.openapi({ description: "store as published (admins only)" }),
  jurisdiction: z.string().min(1).optional().openapi({ description: "UN/LOCODE (single-inventory formats)" }),
  year: z.coerce.number().int().min(1900).max(2200).optional(),
  encoding: z.enum(CSV_ENCODINGS).optional().openapi({
    description: "text encoding of a CSV or JSON file (utf8 unless said; latin1 reads Windows-1252 too)",
  }),
  delimiter: z
    .string()
    .refine((v) => v === "tab" || [...v].length === 1, 'one character, or "tab"')
    .optional()
    .openapi({ description: 'column delimiter of a CSV file ("," unless said; "tab" for tabs)' }),
  filename: z
    .string()
    .optional()
    .openapi({ description: "the file's name, for raw bodies (CityCatalyst names carry LOCODE and year)" }),
});

const Counts = z.object({
  created: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  skipped: z.number(),
});
const Problem = z.object({
  severity: z.enum(["error", "warning"]),
  file: z.string(),
  line: z.number().nullable(),
  column: z.string().nullable(),
  sheet: z.string().optional(),
  code: z.string(),
  message: z.string(),
});
const Outcome = z
  .object({
    format: z.enum(IMPORT_FORMATS),
    file: z.string(),
    dryRun: z.boolean(),
    partial: z.boolean(),
    committed: z.boolean(),
    blocked: z.boolean(),
    rows: z.number(),
    durationMs: z.number(),
    counts: z.record(z.string(), Counts),
    skipped: z.array(z.object({ label: z.string(), lines: z.array(z.number()), reason: z.string() })),
    report: z.object({
      file: z.string(),
      problems: z.array(Problem),
      counts: z.record(z.string(), z.number()),
      suppressed: z.record(z.string(), z.number()),
      fatal: z.boolean(),
    }),
  })
  .openapi("ImportOutcome");

function problemsOfQuery(error: z.ZodError) {
  return error.issues.map((i) => ({ path: `query.${i.path.join(".")}`, message: i.message }));
}

async function fileOf(c: Context, fallbackName: string): Promise<{ name: string; data: Buffer }> {
  const type = c.req.header("content-type") ?? "";
  if (type.startsWith("multipart/form-data")) {
    const form = await c.req.parseBody();
    const file = form.file;
    if (!(file instanceof File))
      throw new DomainError("bad_request", 'the multipart body needs the file in a field named "file"');
    return { name: file.name || fallbackName, data: Buffer.from(await file.arrayBuffer()) };
  }
  return { name: fallbackName, data: Buffer.from(await c.req.arrayBuffer()) };
}

function firstError(o: ImportOutcome): string {
  const p = o.report.problems.find((x) => x.severity === "error");
  if (!p) return `${o.file} cannot be imported`;
  const at = [p.line === null ? null : `line ${p.line}`, p.column ? `column "${p.column}"` : null].filter(
    Boolean,
  );
  return `${o.file}${at.length ? ` (${at.join(", ")})` : ""}: ${p.code}: ${p.message}`;
}

/** Registers POST /imports on the API router. */
export function importRoutes(services: Services): OpenAPIHono {
  const app = newRouter();
  const limit = bodyLimit({
    maxSize: MAX_IMPORT_BYTES,
    onError: (c) =>
      errorResponse(
        c,
        new DomainError("payload_too_large", `import files are limited to ${MAX_IMPORT_BYTES} bytes`),
      ),
  });
  app.use("/imports", limit);
  // Documented in the OpenAPI registry, validated here: the body is a file in any of several media types, which
  // the generated body validator would refuse (it knows JSON and forms only).
  app.openAPIRegistry.registerPath(
    createRoute({
      method: "post",
      path: "/imports",
      tags: ["imports"],
      summary: "Import a file (CDP, C40, CityCatalyst, LocalLedger template, inventory JSON); all or nothing",
      operationId: "importFile",
      request: {
        query: ImportQuery,
        body: {
          required: true,
          content: {
            "multipart/form-data": { schema: z.object({ file: z.string().openapi({ format: "binary" }) }) },
            "application/octet-stream": { schema: z.string().openapi({ format: "binary" }) },
            "text/csv": { schema: z.string() },
          },
        },
      },
      responses: {
        200: json(Outcome, "what was imported (or, in a dry run, would be)"),
        ...WRITE_ERRORS,
        422: json(
          z.object({ error: z.object({ code: z.string(), message: z.string(), details: Outcome }) }),
          "the file has errors; nothing was written",
        ),
      },
    }),
  );
  app.post("/imports", async (c) => {
    const parsedQuery = ImportQuery.safeParse(c.req.query());
    if (!parsedQuery.success) throw validationFailed(problemsOfQuery(parsedQuery.error));
    const q = parsedQuery.data;
    const principal = principalOf(c);
    if (principal.kind === "anonymous")
      throw new DomainError("unauthenticated", "sign in, or send an API token, to import files");
    const file = await fileOf(
      c,
      q.filename ??
        `upload.${q.format === "template-xlsx" ? "xlsx" : q.format === "inventory-json" ? "json" : "csv"}`,
    );
    const outcome = await services.imports.importFile(
      q.format,
      file,
      {
        dryRun: q.dryRun,
        partial: q.partial,
        publish: q.publish,
        jurisdiction: q.jurisdiction,
        year: q.year,
        encoding: q.encoding,
        delimiter: q.delimiter,
      },
      principal,
    );
    if (outcome.blocked || outcome.report.fatal) throw invalidFile(firstError(outcome), outcome);
    return c.json(outcome, 200);
  });
  return app;
}
