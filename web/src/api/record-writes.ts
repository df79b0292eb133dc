/** Signed-in writes of targets, actions and risks (create, update with If-Match, light review transitions). */
import {
  type Action,
  type ActionInput,
  api,
  type Risk,
  type RiskInput,
  type Target,
  type TargetInput,
  unwrap,
} from "./client.ts";
import { etagOf } from "./inventory-writes.ts";
import { collectPages } from "./pages.ts";

/** The light review transitions of targets and actions. */
export type RecordTransition = "submit" | "publish" | "return" | "reopen";

const ifMatch = (version: number) => ({ "if-match": etagOf(version) });

/** One target (drafts too, for those who may see them). */
export async function getTarget(id: string, signal?: AbortSignal): Promise<Target> {
  return unwrap(await api.GET("/api/v1/targets/{id}", { params: { path: { id } }, signal }));
}

/** One action. */
export async function getAction(id: string, signal?: AbortSignal): Promise<Action> {
  return unwrap(await api.GET("/api/v1/actions/{id}", { params: { path: { id } }, signal }));
}

/** One risk. */
export async function getRisk(id: string, signal?: AbortSignal): Promise<Risk> {
  return unwrap(await api.GET("/api/v1/risks/{id}", { params: { path: { id } }, signal }));
}

/** Creates or updates a target. */
export async function saveTarget(input: TargetInput, existing?: Target): Promise<Target> {
  if (!existing) return unwrap(await api.POST("/api/v1/targets", { body: input }));
  return unwrap(
    await api.PUT("/api/v1/targets/{id}", {
      params: { path: { id: existing.id }, header: ifMatch(existing.version) },
      body: input,
    }),
  );
}

/** Creates or updates an action. */
export async function saveAction(input: ActionInput, existing?: Action): Promise<Action> {
  if (!existing) return unwrap(await api.POST("/api/v1/actions", { body: input }));
  return unwrap(
    await api.PUT("/api/v1/actions/{id}", {
      params: { path: { id: existing.id }, header: ifMatch(existing.version) },
      body: input,
    }),
  );
}

/** Creates or updates a risk. */
export async function saveRisk(input: RiskInput, existing?: Risk): Promise<Risk> {
  if (!existing) return unwrap(await api.POST("/api/v1/risks", { body: input }));
  return unwrap(
    await api.PUT("/api/v1/risks/{id}", {
      params: { path: { id: existing.id }, header: ifMatch(existing.version) },
      body: input,
    }),
  );
}

/** Moves a target along its light review. */
export async function transitionTarget(target: Target, transition: RecordTransition, comment?: string) {
  const path = `/api/v1/targets/{id}/${transition}` as const;
  return unwrap(
    await api.POST(path, {
      params: { path: { id: target.id }, header: ifMatch(target.version) },
      body: { comment: comment ?? null },
    }),
  );
}

/** Moves an action along its light review. */
export async function transitionAction(action: Action, transition: RecordTransition, comment?: string) {
  const path = `/api/v1/actions/{id}/${transition}` as const;
  return unwrap(
    await api.POST(path, {
      params: { path: { id: action.id }, header: ifMatch(action.version) },
      body: { comment: comment ?? null },
    }),
  );
}

/** Targets under review (or of another review status) that the user may see. */
export async function targetsByReview(
  reviewStatus: Target["reviewStatus"],
  jurisdictionId?: string,
  signal?: AbortSignal,
) {
  return collectPages<Target>(async (cursor) =>
    unwrap(
      await api.GET("/api/v1/targets", {
        params: { query: { limit: 200, cursor, reviewStatus, jurisdictionId } },
        signal,
      }),
    ),
  );
}

/** Actions of a review status that the user may see. */
export async function actionsByReview(
  reviewStatus: Action["reviewStatus"],
  jurisdictionId?: string,
  signal?: AbortSignal,
) {
  return collectPages<Action>(async (cursor) =>
    unwrap(
      await api.GET("/api/v1/actions", {
        params: { query: { limit: 200, cursor, reviewStatus, jurisdictionId } },
        signal,
      }),
    ),
  );
}
