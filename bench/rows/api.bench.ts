/**
 * Issue 3: API reads (one jurisdiction; one inventory with its stored results) at 50 connections beside the same
 * server's trivial /healthz as the ceiling; API writes (PUT of a 60-line inventory with If-Match) per second.
 */
import autocannon from "autocannon";
import { GPC_ROWS } from "../../src/core/gpc/catalogue.ts";
import type { BenchResult, BenchRow } from "../harness.ts";
import { startServerProcess } from "../server-process.ts";

interface Load {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

async function load(options: autocannon.Options): Promise<Load> {
  const r = await autocannon(options);
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
  };
}

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return (await res.json()) as T;
}

function readRow(title: string, workload: string, read: Load, ceiling: Load, rss: number): BenchResult {
  if (read.non2xx || read.errors) throw new Error(`${title}: ${read.non2xx} non-2xx, ${read.errors} errors`);
  return {
    workload,
    figure: read.rps,
    unit: "req/s",
    ceiling: ceiling.rps,
    ceilingLabel: "GET /healthz, same server, req/s",
    ratio: read.rps / ceiling.rps,
    ratioLabel: `of ceiling (aim ≥ 0.5); p50 ${read.p50} ms, p99 ${read.p99} ms (aim < 20)`,
    peakRssMiB: rss,
  };
}

/** A 60-line inventory document: every GPC row once, the rest fuel lines. */
export function sixtyLines(seed: number) {
  const lines: Array<Record<string, unknown>> = GPC_ROWS.map((row, i) => ({
    gpc: row.ref,
    emissions: { CO2: { value: 1000 + seed + i, unit: "t" }, CH4: { value: 1 + (i % 7), unit: "t" } },
  }));
  while (lines.length < 60) {
    lines.push({
      gpc: "I.1.1",
      fuel: "natural-gas",
      activity: { value: 10 + lines.length + seed, unit: "TJ" },
    });
  }
  return lines;
}

export const apiReadRows: BenchRow = {
  id: "api-read",
  title: "API reads (embedded PGlite)",
  async run({ quick }) {
    const server = await startServerProcess();
    try {
      const duration = quick ? 2 : 10;
      const { items } = await getJson<{ items: Array<{ id: string; jurisdictionId: string }> }>(
        `${server.url}/api/v1/inventories?limit=1`,
      );
      const inventory = items[0];
      if (!inventory) throw new Error("no seeded inventory");
      const base = { connections: 50, duration };
      const ceiling = await load({ ...base, url: `${server.url}/healthz` });
      const jur = await load({
        ...base,
        url: `${server.url}/api/v1/jurisdictions/${inventory.jurisdictionId}`,
      });
      const inv = await load({ ...base, url: `${server.url}/api/v1/inventories/${inventory.id}` });
      const rss = await server.peakRssMiB();
      return [
        readRow("jurisdiction", `GET /jurisdictions/{id}, 50 connections × ${duration} s`, jur, ceiling, rss),
        readRow(
          "inventory",
          `GET /inventories/{id} with results, 50 connections × ${duration} s`,
          inv,
          ceiling,
          rss,
        ),
      ];
    } finally {
      await server.stop();
    }
  },
};

export const apiWriteRow: BenchRow = {
  id: "api-write",
  title: "API writes: PUT 60-line inventory",
  async run({ quick }) {
    const server = await startServerProcess();
    try {
      const connections = 10;
      const auth = await server.adminHeaders();
      const duration = quick ? 2 : 10;
      const { items } = await getJson<{ items: Array<{ id: string }> }>(
        `${server.url}/api/v1/jurisdictions?limit=1`,
      );
      const jurisdictionId = items[0]?.id;
      if (!jurisdictionId) throw new Error("no seeded jurisdiction");
      // One inventory per connection, so each PUT carries its own current ETag and none conflicts.
      const pool: Array<{ id: string; etag: string; year: number }> = [];
      for (let i = 0; i < connections; i++) {
        const year = 2000 + i;
        const res = await fetch(`${server.url}/api/v1/inventories`, {
          method: "POST",
          headers: { "content-type": "application/json", ...auth },
          body: JSON.stringify({
            jurisdictionId,
            year,
            kind: "community",
            population: 1e6,
            lines: sixtyLines(i),
          }),
        });
        if (res.status !== 201) throw new Error(`create inventory: ${res.status} ${await res.text()}`);
        const body = (await res.json()) as { id: string };
        pool.push({ id: body.id, etag: res.headers.get("etag") ?? "", year });
      }
      let next = 0;
      let counter = 0;
      const put = (slot: { id: string; etag: string; year: number }): autocannon.Request => ({
        method: "PUT",
        setupRequest: (req) => {
          counter++;
          return {
            ...req,
            path: `/api/v1/inventories/${slot.id}`,
            headers: { "content-type": "application/json", "if-match": slot.etag, ...auth },
            body: JSON.stringify({
              jurisdictionId,
              year: slot.year,
              kind: "community",
              population: 1e6,
              lines: sixtyLines(counter),
            }),
          };
        },
        onResponse: (_status, _body, _context, headers) => {
          const etag = (headers as Record<string, string> | undefined)?.etag;
          if (etag) slot.etag = etag;
        },
      });
      const result = await load({
        url: server.url,
        connections,
        duration,
        // Each connection is bound to its own inventory; its requests run one at a time, so its ETag is current.
        setupClient: (client) => {
          const slot = pool[next++ % pool.length] as { id: string; etag: string; year: number };
          (client as unknown as { setRequests(r: autocannon.Request[]): void }).setRequests([put(slot)]);
        },
        requests: [put(pool[0] as { id: string; etag: string; year: number })],
      });
      if (result.non2xx || result.errors)
        throw new Error(`writes: ${result.non2xx} non-2xx, ${result.errors} errors`);
      return {
        workload: `${connections} connections × ${duration} s, each on its own inventory with If-Match`,
        figure: result.rps,
        unit: "writes/s",
        ceiling: null,
        ceilingLabel: "–",
        ratio: null,
        ratioLabel: `p50 ${result.p50} ms, p99 ${result.p99} ms`,
        peakRssMiB: await server.peakRssMiB(),
      };
    } finally {
      await server.stop();
    }
  },
};
