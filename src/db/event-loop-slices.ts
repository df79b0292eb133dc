/**
 * Shares the event loop between the embedded database and the network. PGlite runs every statement synchronously
 * (PostgreSQL compiled to WebAssembly, on the server's one thread), and a statement's promise resolves as a
 * microtask, so a queue of waiting requests ran back to back without the event loop turning: one turn of the loop
 * lasted as long as the whole queue (0.3–1 s under the load benchmark). Node accepts one new connection per turn,
 * so 200 connections opened together waited in the kernel's accept queue for up to a minute (load benchmark: the
 * listen socket held 156 unaccepted connections, accept4 once per epoll_wait). Here, once the database has worked
 * for `sliceMs` without the event loop turning, the next statement waits for it to turn (setImmediate): accepts,
 * reads and writes of sockets get their turn every slice, and the database's total work is unchanged.
 */
import type { PGlite } from "@electric-sql/pglite";

/** How long the database may keep the event loop before letting it turn, in milliseconds. */
export const DATABASE_SLICE_MS = 10;

/** Makes `client` let the event loop turn between statements once every `sliceMs` of work; returns it. */
export function sliceEventLoop(client: PGlite, sliceMs = DATABASE_SLICE_MS): PGlite {
  const run = client.execProtocolStream.bind(client);
  let since = performance.now();
  const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
  client.execProtocolStream = async (message, options) => {
    if (performance.now() - since >= sliceMs) {
      await turn();
      since = performance.now();
    }
    return run(message, options);
  };
  return client;
}
