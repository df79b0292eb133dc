/** The admin's user management: list, create, grant and revoke roles, disable. */
import { api, type RoleName, type User, unwrap } from "./client.ts";
import { collectPages } from "./pages.ts";

/** Every user (pages of 200). */
export async function allUsers(signal?: AbortSignal) {
  return collectPages<User>(async (after) => {
    const page = unwrap(await api.GET("/api/v1/users", { params: { query: { limit: 200, after } }, signal }));
    const last = page.items.at(-1);
    return { items: page.items, nextCursor: page.items.length === 200 && last ? last.id : null };
  });
}

/** Creates a user with an initial password and roles. */
export async function createUser(input: {
  email: string;
  name: string;
  password: string;
  roles: Array<{ role: RoleName; jurisdictionId?: string | null }>;
}): Promise<User> {
  return unwrap(await api.POST("/api/v1/users", { body: input }));
}

/** Grants a role (reporter and approver need a jurisdiction). */
export async function grantRole(userId: string, role: RoleName, jurisdictionId: string | null) {
  return unwrap(
    await api.POST("/api/v1/users/{id}/roles", {
      params: { path: { id: userId } },
      body: { role, jurisdictionId },
    }),
  );
}

/** Revokes one role assignment; answers the user without it. */
export async function revokeRole(user: User, roleId: string): Promise<User> {
  const answer = await api.DELETE("/api/v1/users/{id}/roles/{roleId}", {
    params: { path: { id: user.id, roleId } },
  });
  if (!answer.response.ok) unwrap(answer);
  return { ...user, roles: user.roles.filter((r) => r.id !== roleId) };
}

/** Disables or re-enables a user (a disabled user cannot sign in; their tokens stop working). */
export async function setDisabled(userId: string, disabled: boolean) {
  return unwrap(
    await api.POST("/api/v1/users/{id}/disabled", { params: { path: { id: userId } }, body: { disabled } }),
  );
}
