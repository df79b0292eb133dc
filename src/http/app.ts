/** The HTTP application: the API under /api/v1, its OpenAPI document and docs, and /healthz. */

import { getConnInfo } from "@hono/node-server/conninfo";
import { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { DatabaseKind } from "../db/database.ts";
import type { MigrationLevel } from "../db/migrate.ts";
import { DomainError } from "../services/errors.ts";
import type { Services } from "../services/services.ts";
import { actionRoutes } from "./actions/routes.ts";
import { analyticsRoutes } from "./analytics/routes.ts";
import { auditRoutes } from "./audit/routes.ts";
import { authenticate } from "./auth/authenticate.middleware.ts";
import { type AuthHttpOptions, authRoutes } from "./auth/routes.ts";
import { errorResponse, onError } from "./common/error-handler.ts";
import { ReadCache } from "./common/read-cache.ts";
import { newRouter } from "./common/router.ts";
import { securityHeaders } from "./common/security-headers.ts";
import { renderDocsPage } from "./docs-page.ts";
import { exportRoutes } from "./exports/routes.ts";
import { gatewayRoutes } from "./gateway/routes.ts";
import { importRoutes } from "./imports/routes.ts";
import { inventoryRoutes } from "./inventories/routes.ts";
import { jurisdictionRoutes } from "./jurisdictions/routes.ts";
import { networkAdminRoutes } from "./members/admin-routes.ts";
import { membershipRoutes } from "./members/membership-routes.ts";
import { networkRoutes } from "./members/network-routes.ts";
import { riskRoutes } from "./risks/routes.ts";
import { serveWebApp } from "./static.ts";
import { funderRoutes, tapProjectRoutes } from "./tap/routes.ts";
import { targetRoutes } from "./targets/routes.ts";
import { themeReportRoutes, themeRoutes } from "./themes/routes.ts";
import { userRoutes } from "./users/routes.ts";

/** The largest request body the API reads. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** What the app needs: the services, what /healthz reports, and where to log unexpected errors. */
export interface AppDeps {
  services: Services;
  database: { kind: DatabaseKind; migration: MigrationLevel };
  logError?: (error: unknown) => void;
  /** Presented reads kept per record version; the server invalidates it from the database's change feed. */
  readCache?: ReadCache;
  /** How session cookies are sent and client addresses found (defaults: Secure on https, no proxy). */
  auth?: Partial<AuthHttpOptions>;
}

/** The client's address from the Node server's socket; undefined in-process (tests). */
function socketAddress(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
}

const OPENAPI_INFO = {
  openapi: "3.1.0",
  info: {
    title: "LocalLedger",
    version: "1",
    description: "The open registry of what local governments commit, emit and do.",
  },
};

const BODYLESS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Builds the API (each resource under /api/v1) so that tests can call `app.request(...)` in-process. */
export function createApp(deps: AppDeps): OpenAPIHono {
  const app = new OpenAPIHono();
  app.use("*", securityHeaders());
  const handleError = onError(deps.logError ?? (() => {}));
  app.onError(handleError);
  app.notFound((c) =>
    errorResponse(c, new DomainError("route_not_found", `no route ${c.req.method} ${c.req.path}`)),
  );

  const limitBody = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) =>
      errorResponse(
        c,
        new DomainError("payload_too_large", `request bodies are limited to ${MAX_BODY_BYTES} bytes`),
      ),
  });
  // Only requests that may carry a body: touching the body of a GET makes the Node adapter build a full
  // Request object, which cost reads about two thirds of their throughput.
  // POST /imports takes files up to 25 MB and sets its own limit.
  app.use("/api/*", (c, next) =>
    BODYLESS.has(c.req.method) || c.req.path === "/api/v1/imports" ? next() : limitBody(c, next),
  );

  app.use("/api/*", authenticate(deps.services.auth));

  const cache = deps.readCache ?? new ReadCache();
  const authOptions: AuthHttpOptions = {
    cookieSecure: deps.auth?.cookieSecure ?? "auto",
    trustProxy: deps.auth?.trustProxy ?? false,
    clientAddress: deps.auth?.clientAddress ?? socketAddress,
  };
  const api = newRouter();
  api.route("/auth", authRoutes(deps.services, authOptions));
  api.route("/users", userRoutes(deps.services));
  api.route("/audit", auditRoutes(deps.services));
  api.route("/jurisdictions", jurisdictionRoutes(deps.services, cache));
  api.route("/inventories", inventoryRoutes(deps.services, cache));
  api.route("/targets", targetRoutes(deps.services, cache));
  api.route("/actions", actionRoutes(deps.services, cache));
  api.route("/risks", riskRoutes(deps.services, cache));
  api.route("/theme-reports", themeReportRoutes(deps.services, cache));
  api.route("/", themeRoutes(deps.services));
  api.route("/tap-projects", tapProjectRoutes(deps.services, cache));
  api.route("/", funderRoutes(deps.services));
  api.route("/", gatewayRoutes(deps.services));
  api.route("/", analyticsRoutes(deps.services));
  api.route("/", exportRoutes(deps.services));
  api.route("/", importRoutes(deps.services));
  api.route("/", membershipRoutes(deps.services));
  api.route("/", networkRoutes(deps.services));
  api.route("/", networkAdminRoutes(deps.services));
  app.route("/api/v1", api);

  const document = () => app.getOpenAPI31Document(OPENAPI_INFO);
  app.get("/api/v1/openapi.json", (c) => c.json(document()));
  app.get("/api/docs", (c) => c.html(renderDocsPage(document(), "/api/v1/openapi.json")));
  app.get("/healthz", (c) =>
    c.json({ status: "ok", database: { kind: deps.database.kind, migration: deps.database.migration } }),
  );
  app.use("*", serveWebApp());
  return app;
}
