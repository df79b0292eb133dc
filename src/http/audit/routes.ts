/** Routes of /api/v1/audit: verify the record (public: only hashes and findings) and read events (reviewers). */
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { Services } from "../../services/services.ts";
import { principalOf } from "../common/auth-context.ts";
import { json, valid } from "../common/route-helpers.ts";
import { newRouter } from "../common/router.ts";
import { AUTH_ERRORS, READ_ERRORS } from "../common/schema.ts";

const tags = ["audit"];

const VerifyReport = z
  .object({
    ok: z.boolean(),
    problem: z.string().nullable().openapi({ description: "one line naming the first problem" }),
    chain: z.object({
      ok: z.boolean(),
      events: z.number().int(),
      headSeq: z.number().int(),
      headHash: z.string(),
      firstBroken: z.object({ seq: z.number().int(), reason: z.string() }).nullable(),
      durationMs: z.number(),
    }),
    versions: z.object({
      ok: z.boolean(),
      checked: z.number().int(),
      altered: z.array(
        z.object({
          inventoryId: z.uuid(),
          versionId: z.uuid(),
          version: z.number().int(),
          differs: z.array(z.string()),
          detail: z.string(),
        }),
      ),
      durationMs: z.number(),
    }),
    themeReports: z.object({
      ok: z.boolean(),
      checked: z.number().int(),
      altered: z.array(
        z.object({
          reportId: z.uuid(),
          jurisdictionId: z.uuid(),
          theme: z.string(),
          year: z.number().int(),
          differs: z.array(z.string()),
          detail: z.string(),
        }),
      ),
      durationMs: z.number(),
    }),
    durationMs: z.number(),
  })
  .openapi("VerifyReport");

const AuditEvent = z
  .object({
    seq: z.number().int(),
    at: z.string(),
    actor: z.string(),
    entity: z.string(),
    entityId: z.string(),
    action: z.string(),
    digest: z.string(),
    prevHash: z.string(),
    hash: z.string(),
  })
  .openapi("AuditEvent");

const EventQuery = z.object({
  after: z.coerce.number().int().min(0).optional().openapi({ description: "events after this seq" }),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});

/** The audit routes over `services`. */
export function auditRoutes(services: Services): OpenAPIHono {
  const app = newRouter();
  app.openapi(
    createRoute({
      method: "get",
      path: "/verify",
      tags,
      summary:
        "Verify the audit chain and every published inventory version (200 whether or not intact; see ok)",
      operationId: "verify-record",
      responses: { 200: json(VerifyReport, "the verification report") },
    }),
    async (c) => c.json(await services.audit.verify(), 200),
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/events",
      tags,
      summary: "Read audit events in seq order (reviewers and admins)",
      operationId: "list-audit-events",
      request: { query: EventQuery },
      responses: {
        200: json(z.object({ items: z.array(AuditEvent) }), "events"),
        ...READ_ERRORS,
        ...AUTH_ERRORS,
      },
    }),
    async (c) => {
      const q = valid<z.output<typeof EventQuery>>(c, "query");
      const rows = await services.audit.events(q.after ?? 0, q.limit ?? 100, principalOf(c));
      return c.json({ items: rows.map((e) => ({ ...e, at: e.at.toISOString() })) }, 200);
    },
  );
  return app;
}
