/**
 * Routes of a record with the light review workflow (targets, actions): the four resource routes plus
 * `POST /{id}/submit`, `/publish`, `/return` and `/reopen`, each with `{comment}`.
 */
import { type OpenAPIHono, z } from "@hono/zod-openapi";
import type { LightTransition } from "../../core/workflow/light-workflow.ts";
import type { Principal } from "../../policies/principal.ts";
import type { ReadCache } from "./read-cache.ts";
import { type ResourceService, resourceRoutes, respondWith } from "./resource-routes.ts";
import { addTransitionRoutes } from "./transition-routes.ts";

/** The body of a transition: why. */
export const TransitionComment = z
  .strictObject({ comment: z.string().max(4000).nullable().optional() })
  .openapi("TransitionComment");

const LIGHT: ReadonlyArray<{ name: LightTransition; summary: string }> = [
  { name: "submit", summary: "Submit for review (reporter of the jurisdiction)" },
  { name: "publish", summary: "Publish a submitted record (reviewer)" },
  { name: "return", summary: "Return a submitted record to the reporter, with a comment (reviewer)" },
  { name: "reopen", summary: "Reopen a published record as a draft; it leaves the public view (reporter)" },
];

/** A service with the light workflow. */
export interface ReviewedService<Input, Query, Row> extends ResourceService<Input, Query, Row> {
  transition(
    id: string,
    t: LightTransition,
    comment: string | null,
    actor: Principal,
    version?: number,
  ): Promise<Row>;
}

/** Builds the routes of a reviewed record type. */
export function reviewedRoutes<
  I extends z.ZodType,
  Q extends z.ZodObject,
  O extends z.ZodObject,
  Row extends { id: string; version: number; jurisdictionId: string; reviewStatus: string },
>(def: {
  plural: string;
  singular: string;
  input: I;
  query: Q;
  output: O;
  service: ReviewedService<z.output<I>, z.output<Q>, Row>;
  present(row: Row): z.input<O>;
  cache: ReadCache;
  table?: string;
}): OpenAPIHono {
  const full = {
    ...def,
    visibility: (row: Row) => ({
      jurisdictionId: row.jurisdictionId,
      public: row.reviewStatus === "published",
    }),
    separateWorkingView: false,
  };
  const app = resourceRoutes(full);
  addTransitionRoutes(app, {
    singular: def.singular,
    tags: [def.plural],
    output: def.output,
    transitions: LIGHT.map((t) => ({ ...t, body: TransitionComment })),
    run: (id, name, body, principal, version) =>
      def.service.transition(id, name as LightTransition, body.comment ?? null, principal, version),
    respond: (c, row) => respondWith(c, full, row, 200),
  });
  return app;
}
