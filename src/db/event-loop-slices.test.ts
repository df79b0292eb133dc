import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DATABASE_SLICE_MS, sliceEventLoop } from "./event-loop-slices.ts";

/** Runs `queries` statements at once (as a queue of requests does) and measures the event loop meanwhile. */
async function underLoad(client: PGlite, queries: number) {
  const started = performance.now();
  const turns: number[] = [started];
  let ticking = true;
  const tick = () => {
    turns.push(performance.now());
    if (ticking) setImmediate(tick);
  };
  setImmediate(tick);
  const results = await Promise.all(
    Array.from({ length: queries }, (_, i) =>
      client.query<{ sum: number }>(
        "select sum(x)::float8 as sum from generate_series(1, 10000 + $1::int) x",
        [i],
      ),
    ),
  );
  const took = performance.now() - started;
  ticking = false;
  await new Promise((resolve) => setImmediate(resolve)); // the tick waiting for its turn, if any, records it
  const gaps = turns.slice(1).map((t, i) => t - (turns[i] as number));
  const sums = results.map((r) => r.rows[0]?.sum);
  return { took, turns: turns.length - 1, longestGap: Math.max(0, ...gaps), sums };
}

describe("the embedded database shares the event loop", () => {
  let plain: PGlite;
  let sliced: PGlite;
  beforeAll(async () => {
    plain = new PGlite();
    sliced = sliceEventLoop(new PGlite());
    await Promise.all([plain.waitReady, sliced.waitReady]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([plain.close(), sliced.close()]);
  });

  it("without slices, a queue of statements keeps the event loop for all of its work", async () => {
    const { took, longestGap } = await underLoad(plain, 400);
    // What the load benchmark met: nothing else (accepting a connection, reading a socket) ran meanwhile.
    expect(longestGap).toBeGreaterThan(took * 0.8);
  });

  it("with slices, the event loop turns every few milliseconds of database work, and every statement answers", async () => {
    const { took, turns, longestGap, sums } = await underLoad(sliced, 400);
    expect(sums).toEqual(Array.from({ length: 400 }, (_, i) => ((10_000 + i) * (10_001 + i)) / 2));
    expect(took).toBeGreaterThan(20 * DATABASE_SLICE_MS);
    expect(turns).toBeGreaterThan(10);
    // A slice, plus the one statement that crosses its end, plus room for a busy machine.
    expect(longestGap).toBeLessThan(Math.max(took / 5, 5 * DATABASE_SLICE_MS));
  });
});
