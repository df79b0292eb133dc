/** The typed API client (openapi-fetch over the generated schema) and the resource types the pages use. */
import createClient from "openapi-fetch";
import { csrfMiddleware } from "./csrf.middleware.ts";
import type { components, operations, paths } from "./schema";

type Schemas = components["schemas"];
export type Jurisdiction = Schemas["Jurisdiction"];
export type Inventory = Schemas["Inventory"];
export type InventoryLine = Schemas["InventoryLine"];
export type InventoryResults = Schemas["InventoryResults"];
export type Issue = Schemas["Issue"];
export type Target = Schemas["Target"];
export type Action = Schemas["Action"];
export type Risk = Schemas["Risk"];
export type ApiErrorBody = Schemas["Error"];
export type User = Schemas["User"];
/** The signed-in user with the network offices they work for. */
export type Me = Schemas["Me"];
export type Role = Schemas["Role"];
export type RoleName = Role["role"];
export type Session = Schemas["Session"];
export type InventoryInput = Schemas["InventoryInput"];
export type InventoryStatus = Inventory["status"];
export type ReviewCheck = Schemas["ReviewCheck"];
export type CommentThread = Schemas["CommentThread"];
export type CommentInput = Schemas["CommentInput"];
export type VersionSummary = Schemas["VersionSummary"];
export type TargetInput = Schemas["TargetInput"];
export type ActionInput = Schemas["ActionInput"];
export type RiskInput = Schemas["RiskInput"];

/** Query parameters of the jurisdiction list. */
export type JurisdictionQuery = NonNullable<operations["list-jurisdictions"]["parameters"]["query"]>;
/** The kinds of jurisdiction the API knows. */
export type JurisdictionType = NonNullable<JurisdictionQuery["type"]>;

/** Where the API lives: the page's own origin (the same server serves both). */
export const API_ORIGIN = typeof window === "undefined" ? "http://localhost" : window.location.origin;

/** The one client every request goes through. */
export const api = createClient<paths>({ baseUrl: API_ORIGIN, credentials: "same-origin" });
if (typeof document !== "undefined") api.use(csrfMiddleware());

/** A failed API call, with the API's stable error code. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** Returns the data of an openapi-fetch answer, or throws an ApiError naming what went wrong. */
export function unwrap<T>(answer: { data?: T; error?: unknown; response: Response }): T {
  if (answer.data !== undefined) return answer.data;
  const body = answer.error as Partial<ApiErrorBody> | undefined;
  throw new ApiError(
    answer.response.status,
    body?.error?.code ?? "http_error",
    body?.error?.message ?? `the API answered ${answer.response.status}`,
    body?.error?.details,
  );
}
