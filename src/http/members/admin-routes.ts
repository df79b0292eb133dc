/**
 * Routes that run the network: an office's staff (read by its staff and admins, assigned by admins) and the
 * programmes, networks and projects admins create and edit.
 */
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { Services } from "../../services/services.ts";
import { principalOf } from "../common/auth-context.ts";
import { json, valid } from "../common/route-helpers.ts";
import { newRouter } from "../common/router.ts";
import { AUTH_ERRORS, IdParam, READ_ERRORS, WRITE_ERRORS } from "../common/schema.ts";
import { presentProgramme, presentStaff } from "./presenter.ts";
import { NewProgrammeInput, OfficeStaff, Programme, ProgrammeInput, StaffParams } from "./schema.ts";

const body = <S extends z.ZodType>(schema: S) => ({
  required: true,
  content: { "application/json": { schema } },
});
const StaffList = z.object({ items: OfficeStaff.array() });

/** The office staff and programme editing routes over `services`, mounted at /api/v1. */
export function networkAdminRoutes(services: Services): OpenAPIHono {
  const app = newRouter();
  app.openapi(
    createRoute({
      method: "get",
      path: "/offices/{id}/staff",
      tags: ["network"],
      summary: "The users on an office's staff (its staff and admins)",
      operationId: "office-staff",
      request: { params: IdParam },
      responses: { 200: json(StaffList, "the staff, by name"), ...AUTH_ERRORS, ...READ_ERRORS },
    }),
    async (c) => {
      const { id } = valid<z.output<typeof IdParam>>(c, "param");
      const rows = await services.offices.staff(id, principalOf(c));
      return c.json({ items: rows.map(presentStaff) }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: "put",
      path: "/offices/{id}/staff/{userId}",
      tags: ["network"],
      summary: "Assign a user to an office's staff (admins): they then manage the memberships it serves",
      operationId: "add-office-staff",
      request: { params: StaffParams },
      responses: { 200: json(StaffList, "the staff after it"), ...WRITE_ERRORS },
    }),
    async (c) => {
      const { id, userId } = valid<z.output<typeof StaffParams>>(c, "param");
      const rows = await services.offices.assign(id, userId, principalOf(c));
      return c.json({ items: rows.map(presentStaff) }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: "delete",
      path: "/offices/{id}/staff/{userId}",
      tags: ["network"],
      summary: "Remove a user from an office's staff (admins)",
      operationId: "remove-office-staff",
      request: { params: StaffParams },
      responses: { 200: json(StaffList, "the staff after it"), ...WRITE_ERRORS },
    }),
    async (c) => {
      const { id, userId } = valid<z.output<typeof StaffParams>>(c, "param");
      const rows = await services.offices.remove(id, userId, principalOf(c));
      return c.json({ items: rows.map(presentStaff) }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: "post",
      path: "/programmes",
      tags: ["network"],
      summary: "Create a programme, network or project (admins)",
      operationId: "create-programme",
      request: { body: body(NewProgrammeInput) },
      responses: { 201: json(Programme, "the programme"), ...WRITE_ERRORS },
    }),
    async (c) => {
      const { key, ...input } = valid<z.output<typeof NewProgrammeInput>>(c, "json");
      return c.json(presentProgramme(await services.programmes.create(key, input, principalOf(c))), 201);
    },
  );
  app.openapi(
    createRoute({
      method: "put",
      path: "/programmes/{id}",
      tags: ["network"],
      summary:
        "Edit a programme's name, kind, agendas, description, link, region, years and lead office (admins)",
      operationId: "update-programme",
      request: { params: IdParam, body: body(ProgrammeInput) },
      responses: { 200: json(Programme, "the programme"), ...WRITE_ERRORS },
    }),
    async (c) => {
      const { id } = valid<z.output<typeof IdParam>>(c, "param");
      const input = valid<z.output<typeof ProgrammeInput>>(c, "json");
      return c.json(presentProgramme(await services.programmes.update(id, input, principalOf(c))), 200);
    },
  );
  return app;
}
