/** Starts LocalLedger's HTTP server: opens and migrates the database, seeds an empty one, serves the API. */

import type { Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { pino } from "pino";
import { type AuthConfig, loadConfig } from "./config.ts";
import { openDatabase } from "./db/database.ts";
import { countJurisdictions } from "./db/repositories/jurisdiction.repository.ts";
import { seedDemo } from "./db/seed/seed-demo.ts";
import { DEMO_PASSWORD } from "./db/seed/seed-demo-users.ts";
import { createApp } from "./http/app.ts";
import { ReadCache } from "./http/common/read-cache.ts";
import { DEFAULT_AUTH_OPTIONS } from "./services/auth/auth.service.ts";
import { createServices } from "./services/services.ts";

export { seedDemo };

/** Where and how to serve. */
export interface ServerOptions {
  port: number;
  /** PGlite data folder (ignored when `databaseUrl` is set). */
  dataDir?: string | undefined;
  databaseUrl?: string | undefined;
  logLevel?: string | undefined;
  /** Seed the demonstration network into an empty database (default true). */
  seed?: boolean | undefined;
  /** Close gracefully on SIGINT and SIGTERM (default true). */
  handleSignals?: boolean | undefined;
  /** Accounts and sessions; read from the environment (`loadConfig`) when absent. */
  auth?: AuthConfig | undefined;
}

/** A running server. */
export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Opens the database, seeds it if empty, and listens; resolves once the port is open. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const log = pino({ level: options.logLevel ?? "info" });
  const database = await openDatabase({ url: options.databaseUrl, dataDir: options.dataDir });
  log.info({ kind: database.kind, migration: database.migration }, "database ready");
  const auth = options.auth ?? loadConfig().auth;
  if ((options.seed ?? true) && (await countJurisdictions(database.db)) === 0) {
    const report = await seedDemo(database.db, undefined, { demoUsers: auth.demoUsers });
    log.info({ created: report.created }, "seeded the demonstration network");
    if (report.demoUsers.length > 0) {
      log.warn(
        { users: report.demoUsers, password: DEMO_PASSWORD },
        "created demo users (one per role) with the documented demo password; set LOCALLEDGER_DEMO_USERS=false on a shared server",
      );
    }
  }
  const services = createServices(database.db, {
    ...DEFAULT_AUTH_OPTIONS,
    sessionTtlMs: auth.sessionHours * 3600_000,
  });
  if (auth.adminEmail && auth.adminPassword) {
    if (await services.users.bootstrapAdmin(auth.adminEmail, auth.adminPassword)) {
      log.info({ email: auth.adminEmail }, "created the first admin from LOCALLEDGER_ADMIN_EMAIL");
    }
  }
  const readCache = new ReadCache();
  const stopListening = await database.subscribeChanges((change) => {
    readCache.invalidate(change);
    services.analytics.invalidate(change);
  });
  services.analytics.followChanges();
  const app = createApp({
    services,
    database,
    readCache,
    logError: (error) => log.error({ err: error }, "unexpected error"),
    auth: { cookieSecure: auth.cookieSecure, trustProxy: auth.trustProxy },
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: options.port }, () => resolve(s));
  });
  // Keep-alive: Node closes a connection idle for 5 s by default, and a client whose next request crosses that close
  // on the wire gets ECONNRESET (the keep-alive race); a busy client or a proxy pausing over 5 s between requests
  // meets it often (the load benchmark did). Idle connections now live 65 s, beyond the 60 s that proxies and load
  // balancers commonly keep theirs, so the client closes first; a request's headers may take 66 s.
  const http = server as HttpServer;
  http.keepAliveTimeout = 65_000;
  http.headersTimeout = 66_000;
  const port = (server.address() as AddressInfo).port;
  log.info({ port }, `LocalLedger listening on http://localhost:${port}`);
  // A second after listening, reads the network's summaries into memory and computes the headline summary once,
  // so the first visitor of a large registry is not the one who waits for the disk (reading 20,000 summaries
  // takes seconds on PGlite). Start-up does not wait for it, and stopping cancels it if it has not begun.
  let warming: Promise<void> = Promise.resolve();
  const warmTimer = setTimeout(() => {
    warming = services.analytics.network().then(
      () => log.debug("network summary warmed"),
      (error: unknown) => log.warn({ err: error }, "could not warm the network summary"),
    );
  }, 1000);
  warmTimer.unref();

  let closing: Promise<void> | undefined;
  const close = () => {
    clearTimeout(warmTimer);
    closing ??= new Promise<void>((resolve) => server.close(() => resolve()))
      .then(stopListening)
      .then(() => warming)
      .then(() => database.close());
    return closing;
  };
  if (options.handleSignals ?? true) {
    for (const signal of ["SIGINT", "SIGTERM"] as const) {
      process.once(signal, () => {
        log.info({ signal }, "shutting down");
        close().then(
          () => process.exit(0),
          (error: unknown) => {
            log.error({ err: error }, "shutdown failed");
            process.exit(1);
          },
        );
      });
    }
  }
  return { url: `http://localhost:${port}`, port, close };
}
