/** Routes of /api/v1/users: admins create users, grant and revoke roles, and disable or enable accounts. */
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { Services } from "../../services/services.ts";
import { presentUser } from "../auth/presenter.ts";
import { User } from "../auth/schema.ts";
import { principalOf } from "../common/auth-context.ts";
import { json, valid } from "../common/route-helpers.ts";
import { newRouter } from "../common/router.ts";
import { AUTH_ERRORS, IdParam, READ_ERRORS, WRITE_ERRORS } from "../common/schema.ts";

const tags = ["users"];
const RoleName = z.enum(["reporter", "approver", "reviewer", "admin", "funder"]);
const Grant = z
  .strictObject({
    role: RoleName,
    jurisdictionId: z
      .uuid()
      .nullable()
      .optional()
      .openapi({ description: "required for reporter and approver" }),
  })
  .openapi("RoleGrant");
const UserInput = z
  .strictObject({
    email: z.email().max(320),
    name: z.string().trim().min(1).max(200),
    password: z.string().min(12, "must be at least 12 characters").max(1000),
    roles: z.array(Grant).max(100).optional(),
  })
  .openapi("UserInput");
const UserQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).optional(),
  after: z.uuid().optional().openapi({ description: "the last id of the previous page" }),
});
const RoleParams = IdParam.extend({ roleId: z.uuid().openapi({ param: { name: "roleId", in: "path" } }) });
const DisabledInput = z.strictObject({ disabled: z.boolean() }).openapi("UserDisabled");
const body = <S extends z.ZodType>(schema: S) => ({
  required: true,
  content: { "application/json": { schema } },
});

/** The user routes over `services` (every one for admins only). */
export function userRoutes(services: Services): OpenAPIHono {
  const app = newRouter();
  const users = services.users;
  app.openapi(
    createRoute({
      method: "post",
      path: "/",
      tags,
      summary: "Create a user (admin)",
      operationId: "create-user",
      request: { body: body(UserInput) },
      responses: { 201: json(User, "the user"), ...WRITE_ERRORS },
    }),
    async (c) =>
      c.json(
        presentUser(await users.create(valid<z.output<typeof UserInput>>(c, "json"), principalOf(c))),
        201,
      ),
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/",
      tags,
      summary: "List users (admin)",
      operationId: "list-users",
      request: { query: UserQuery },
      responses: {
        200: json(z.object({ items: z.array(User) }), "users in id order"),
        ...READ_ERRORS,
        ...AUTH_ERRORS,
      },
    }),
    async (c) => {
      const q = valid<z.output<typeof UserQuery>>(c, "query");
      return c.json(
        { items: (await users.list(principalOf(c), q.limit ?? 50, q.after)).map(presentUser) },
        200,
      );
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/{id}",
      tags,
      summary: "Read a user (admin)",
      operationId: "get-user",
      request: { params: IdParam },
      responses: { 200: json(User, "the user"), ...READ_ERRORS, ...AUTH_ERRORS },
    }),
    async (c) =>
      c.json(presentUser(await users.get(valid<{ id: string }>(c, "param").id, principalOf(c))), 200),
  );
  app.openapi(
    createRoute({
      method: "post",
      path: "/{id}/roles",
      tags,
      summary: "Grant a role (admin)",
      operationId: "grant-role",
      request: { params: IdParam, body: body(Grant) },
      responses: { 200: json(User, "the user with the role"), ...WRITE_ERRORS },
    }),
    async (c) => {
      const grant = valid<z.output<typeof Grant>>(c, "json");
      const user = await users.grant(
        valid<{ id: string }>(c, "param").id,
        grant.role,
        grant.jurisdictionId ?? null,
        principalOf(c),
      );
      return c.json(presentUser(user), 200);
    },
  );
  app.openapi(
    createRoute({
      method: "delete",
      path: "/{id}/roles/{roleId}",
      tags,
      summary: "Revoke a role (admin)",
      operationId: "revoke-role",
      request: { params: RoleParams },
      responses: { 204: { description: "revoked" }, ...READ_ERRORS, ...AUTH_ERRORS },
    }),
    async (c) => {
      const { id, roleId } = valid<z.output<typeof RoleParams>>(c, "param");
      await users.revoke(id, roleId, principalOf(c));
      return c.body(null, 204);
    },
  );
  app.openapi(
    createRoute({
      method: "post",
      path: "/{id}/disabled",
      tags,
      summary:
        "Disable (revoke) or enable a user: a disabled user's sessions and tokens stop working (admin)",
      operationId: "set-user-disabled",
      request: { params: IdParam, body: body(DisabledInput) },
      responses: { 200: json(User, "the user"), ...WRITE_ERRORS },
    }),
    async (c) => {
      const { disabled } = valid<z.output<typeof DisabledInput>>(c, "json");
      return c.json(
        presentUser(await users.setDisabled(valid<{ id: string }>(c, "param").id, disabled, principalOf(c))),
        200,
      );
    },
  );
  return app;
}
