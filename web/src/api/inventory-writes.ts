/** The signed-in inventory calls: working copies, save with If-Match, transitions, comments and versions. */
import {
  api,
  type CommentInput,
  type CommentThread,
  type Inventory,
  type InventoryInput,
  type InventoryStatus,
  unwrap,
} from "./client.ts";
import { collectPages } from "./pages.ts";

/** The ETag of a resource version (the API's `If-Match` names it). */
export const etagOf = (version: number) => `"${version}"`;

/** The transitions of an inventory version, named as the API's endpoints. */
export type InventoryTransitionName =
  | "submit"
  | "approve"
  | "review"
  | "verify"
  | "return"
  | "publish"
  | "correct";

/** Working copies the signed-in user may see, optionally of one jurisdiction or status. */
export async function workingInventories(
  filter: { jurisdictionId?: string; status?: InventoryStatus },
  signal?: AbortSignal,
) {
  return collectPages<Inventory>(async (cursor) =>
    unwrap(
      await api.GET("/api/v1/inventories", {
        params: { query: { view: "working", limit: 200, cursor, ...filter } },
        signal,
      }),
    ),
  );
}

/** Creates a draft inventory. */
export async function createInventory(input: InventoryInput): Promise<Inventory> {
  return unwrap(await api.POST("/api/v1/inventories", { body: input }));
}

/** Saves a draft over the version it was based on; a 412 means someone else saved first. */
export async function updateInventory(
  id: string,
  version: number,
  input: InventoryInput,
): Promise<Inventory> {
  return unwrap(
    await api.PUT("/api/v1/inventories/{id}", {
      params: { path: { id }, header: { "if-match": etagOf(version) } },
      body: input,
    }),
  );
}

/** Moves an inventory version along the workflow (submit takes answers to warnings, by check id). */
export async function transitionInventory(
  id: string,
  transition: InventoryTransitionName,
  body: { comment?: string | null; answers?: Record<string, string> },
  version?: number,
): Promise<Inventory> {
  const params = {
    path: { id },
    ...(version === undefined ? {} : { header: { "if-match": etagOf(version) } }),
  };
  const path = `/api/v1/inventories/{id}/${transition}` as const;
  return unwrap(await api.POST(path, { params, body }));
}

/** The comment threads of a version (the current one by default). */
export async function inventoryComments(id: string, revision?: number, signal?: AbortSignal) {
  const query = revision === undefined ? {} : { revision };
  const answer = unwrap(
    await api.GET("/api/v1/inventories/{id}/comments", { params: { path: { id }, query }, signal }),
  );
  return answer.items satisfies CommentThread[];
}

/** Adds a comment or a reply. */
export async function addComment(id: string, input: CommentInput) {
  return unwrap(
    await api.POST("/api/v1/inventories/{id}/comments", { params: { path: { id } }, body: input }),
  );
}

/** Every version of an inventory, with its changes, totals, content hash and transition history. */
export async function inventoryVersions(id: string, signal?: AbortSignal) {
  return unwrap(await api.GET("/api/v1/inventories/{id}/versions", { params: { path: { id } }, signal }))
    .items;
}
