/**
 * Issue 9: sustained load. 200 connections on loopback for 60 s (20 s with --quick), each cycling through nine
 * public reads (a jurisdiction, a published inventory with results, a list page, the network summary, …) and one
 * write (PUT of its own 60-line inventory with If-Match, an API token): a registry is read far more than written.
 * A request unanswered after 30 s counts as an error. Reports requests, errors (must be 0),
 * p50/p99 and the server's resident memory at the start and end of the run, sampled every 5 s (flat = no leak).
 */
import { readFile } from "node:fs/promises";
import autocannon from "autocannon";
import type { BenchRow } from "../harness.ts";
import { startServerProcess } from "../server-process.ts";
import { sixtyLines } from "./api.bench.ts";

async function rssMiB(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

async function getJson<T>(url: string, headers: Record<string, string> = {}): Promise<T> {
  const res = await fetch(url, { headers });
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return (await res.json()) as T;
}

type Slot = { id: string; etag: string; year: number; kind: string };

export const loadRow: BenchRow = {
  id: "load",
  title: "Load: mixed reads and writes",
  async run({ quick }) {
    const server = await startServerProcess();
    try {
      const connections = 200;
      const duration = quick ? 20 : 60;
      const auth = await server.adminHeaders();
      const { items } = await getJson<{ items: Array<{ id: string; jurisdictionId: string }> }>(
        `${server.url}/api/v1/inventories?limit=1`,
      );
      const published = items[0];
      if (!published) throw new Error("no seeded inventory");
      const created = await fetch(`${server.url}/api/v1/jurisdictions`, {
        method: "POST",
        headers: { "content-type": "application/json", ...auth },
        body: JSON.stringify({ name: "Load Test City", type: "city", country: "BR" }),
      });
      if (created.status !== 201) throw new Error(`create jurisdiction: ${created.status}`);
      const jurisdictionId = ((await created.json()) as { id: string }).id;
      // One draft per connection, so each connection's PUT carries its own current ETag.
      const pool: Slot[] = [];
      for (let i = 0; i < connections; i++) {
        const year = 1990 + (i % 100);
        const kind = i < 100 ? "government" : "community";
        const res = await fetch(`${server.url}/api/v1/inventories`, {
          method: "POST",
          headers: { "content-type": "application/json", ...auth },
          body: JSON.stringify({ jurisdictionId, year, kind, lines: sixtyLines(i) }),
        });
        if (res.status !== 201) throw new Error(`create inventory: ${res.status} ${await res.text()}`);
        const id = ((await res.json()) as { id: string }).id;
        pool.push({ id, etag: res.headers.get("etag") ?? "", year, kind });
      }
      const reads: autocannon.Request[] = [
        { method: "GET", path: `/api/v1/jurisdictions/${published.jurisdictionId}` },
        { method: "GET", path: `/api/v1/inventories/${published.id}` },
        { method: "GET", path: "/api/v1/inventories?limit=20" },
        { method: "GET", path: "/api/v1/analytics/network" },
        { method: "GET", path: `/api/v1/inventories/${published.id}` },
        { method: "GET", path: "/api/v1/jurisdictions?limit=50" },
        { method: "GET", path: `/api/v1/jurisdictions/${published.jurisdictionId}` },
        { method: "GET", path: "/api/v1/targets?limit=20" },
        { method: "GET", path: "/api/v1/analytics/trends" },
      ];
      let counter = 0;
      const put = (slot: Slot): autocannon.Request => ({
        method: "PUT",
        setupRequest: (req) => ({
          ...req,
          path: `/api/v1/inventories/${slot.id}`,
          headers: { "content-type": "application/json", "if-match": slot.etag, ...auth },
          body: JSON.stringify({
            jurisdictionId,
            year: slot.year,
            kind: slot.kind,
            lines: sixtyLines(++counter),
          }),
        }),
        onResponse: (_status, _body, _context, headers) => {
          const etag = (headers as Record<string, string> | undefined)?.etag;
          if (etag) slot.etag = etag;
        },
      });
      const rssStart = await rssMiB(server.pid);
      const samples: number[] = [rssStart];
      const sampler = setInterval(() => {
        rssMiB(server.pid).then(
          (m) => samples.push(m),
          () => {},
        );
      }, 5000);
      // What the server itself answers meanwhile: one GET /healthz a second on a connection of its own. When the
      // load's requests are slow but this is fast, the wait is in a queue (the database); when this is slow too,
      // the event loop itself is behind.
      const probes: number[] = [];
      let probing = true;
      const probe = (async () => {
        while (probing) {
          const t = performance.now();
          try {
            await (await fetch(`${server.url}/healthz`)).arrayBuffer();
            probes.push(performance.now() - t);
          } catch {
            probes.push(Number.POSITIVE_INFINITY);
          }
          await new Promise((r) => setTimeout(r, 1000));
        }
      })();
      let next = 0;
      const result = await autocannon({
        url: server.url,
        connections,
        duration,
        timeout: 30,
        setupClient: (client) => {
          const slot = pool[next++ % pool.length] as Slot;
          (client as unknown as { setRequests(r: autocannon.Request[]): void }).setRequests([
            ...reads,
            put(slot),
          ]);
        },
        requests: [...reads, put(pool[0] as Slot)],
      });
      clearInterval(sampler);
      probing = false;
      await probe;
      probes.sort((a, b) => a - b);
      const probeAt = (q: number) =>
        Math.round(probes[Math.min(probes.length - 1, Math.floor(q * probes.length))] ?? 0);
      const codes = Object.entries(result.statusCodeStats ?? {})
        .map(([code, v]) => `${code}: ${v.count ?? 0}`)
        .join(", ");
      const rssEnd = await rssMiB(server.pid);
      samples.push(rssEnd);
      // autocannon's `errors` already counts its timeouts.
      const errors = result.errors + result.non2xx;
      const half = samples.slice(Math.floor(samples.length / 2));
      return {
        workload: `${connections} connections × ${duration} s on loopback; per connection 9 reads : 1 PUT (60 lines, If-Match)`,
        figure: result.requests.total,
        unit: "requests",
        ceiling: null,
        ceilingLabel: "–",
        ratio: errors,
        ratioLabel: `errors (must be 0); ${Math.round(result.requests.average)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms; RSS start ${Math.round(rssStart)} MiB, end ${Math.round(rssEnd)} MiB (second half ${Math.round(Math.min(...half))}–${Math.round(Math.max(...half))})`,
        peakRssMiB: await server.peakRssMiB(),
        notes: `RSS samples every 5 s (MiB): ${samples.map((s) => Math.round(s)).join(", ")}; non-2xx ${result.non2xx}, errors ${result.errors} (of which timeouts ${result.timeouts}); status codes ${codes}; latency max ${result.latency.max} ms; /healthz meanwhile (once a second) p50 ${probeAt(0.5)} ms, max ${probeAt(1)} ms`,
      };
    } finally {
      await server.stop();
    }
  },
};
