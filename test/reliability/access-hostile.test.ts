/**
 * Hostile cases on top of the route × role matrix (src/http/access): guessing ids across jurisdictions,
 * mass-assignment of fields a role may not set, path traversal in file names, oversized and deeply nested
 * JSON, XLSX zip bombs, and formula injection in every CSV and XLSX export.
 */
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDeflateRaw } from "node:zlib";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// Many requests per test on a shared machine: generous time, the assertions are what matter.
vi.setConfig({ testTimeout: 600_000 });

import { SAMPLE_LINES } from "../../src/db/testing/factories.ts";
import { createApp } from "../../src/http/app.ts";
import { serveWebApp } from "../../src/http/static.ts";
import { createTestApp, type TestApp, type TestUser } from "../../src/http/testing/test-app.ts";
import { inventoryIn, reviewedIn } from "../../src/http/testing/workflow-fixtures.ts";
import { ZIP_LIMITS, zipProblem } from "../../src/io/zip-guard.ts";
import { SYSTEM } from "../../src/services/service-helpers.ts";
import { expectGraceful, fingerprint } from "./support.ts";

const TARGET = (jurisdictionId: string) => ({
  jurisdictionId,
  type: "base-year-absolute",
  scope: "community",
  baseYear: 2015,
  targetYear: 2030,
  reductionPercent: 40,
});

let app: TestApp;
let cityA: string;
let cityB: string;
let reporterA: TestUser;
let reporterB: TestUser;
const ofA: Record<string, string> = {};

beforeAll(async () => {
  app = await createTestApp();
  const city = async (name: string, locode: string) =>
    (await app.services.jurisdictions.create({ name, type: "city", country: "BR", locode }, SYSTEM)).id;
  cityA = await city("Alpha", "BR AAA");
  cityB = await city("Beta", "BR BBB");
  reporterA = await app.createUser([{ role: "reporter", jurisdictionId: cityA }]);
  reporterB = await app.createUser([{ role: "reporter", jurisdictionId: cityB }]);
  ofA.inventory = await inventoryIn(app.services, cityA, "draft");
  ofA.submitted = await inventoryIn(app.services, cityA, "submitted");
  ofA.target = await reviewedIn(app.services, "targets", cityA, "draft");
  ofA.action = await reviewedIn(app.services, "actions", cityA, "draft");
  ofA.risk = (
    await app.services.risks.create(
      { jurisdictionId: cityA, hazard: "flood", probability: "high", impact: "high" } as never,
      SYSTEM,
    )
  ).id;
}, 120_000);
afterAll(() => app.close());

describe("id guessing across jurisdictions", () => {
  it("gives city B's reporter nothing of city A's unpublished records (risks are public) and no write", async () => {
    const before = await fingerprint(app.database.db);
    const b = reporterB.client;
    const v1 = { "if-match": '"1"' };
    const attempts: Array<[string, string, unknown?, Record<string, string>?]> = [
      ["GET", `/api/v1/inventories/${ofA.inventory}`],
      ["GET", `/api/v1/inventories/${ofA.inventory}?view=working`],
      ["GET", `/api/v1/inventories/${ofA.inventory}/versions`],
      ["GET", `/api/v1/inventories/${ofA.inventory}/versions/1`],
      ["GET", `/api/v1/inventories/${ofA.inventory}/comments`],
      ["GET", `/api/v1/inventories/${ofA.inventory}/export/gpc-table.csv`],
      [
        "PUT",
        `/api/v1/inventories/${ofA.inventory}`,
        { jurisdictionId: cityA, year: 2000, kind: "community", lines: [] },
        v1,
      ],
      ["POST", `/api/v1/inventories/${ofA.inventory}/submit`, {}],
      ["POST", `/api/v1/inventories/${ofA.submitted}/approve`, {}],
      ["POST", `/api/v1/inventories/${ofA.inventory}/comments`, { body: "hello" }],
      ["GET", `/api/v1/targets/${ofA.target}`],
      ["PUT", `/api/v1/targets/${ofA.target}`, TARGET(cityA), v1],
      ["POST", `/api/v1/targets/${ofA.target}/submit`, {}],
      ["GET", `/api/v1/actions/${ofA.action}`],
      [
        "PUT",
        `/api/v1/actions/${ofA.action}`,
        { jurisdictionId: cityA, kind: "mitigation", title: "x", status: "planned" },
        v1,
      ],
      ["PUT", `/api/v1/risks/${ofA.risk}`, { jurisdictionId: cityA, hazard: "drought" }, v1],
      [
        "POST",
        "/api/v1/inventories",
        { jurisdictionId: cityA, year: 2001, kind: "community", lines: SAMPLE_LINES },
      ],
      [
        "POST",
        "/api/v1/inventories",
        { jurisdiction: "BR AAA", year: 2001, kind: "community", lines: SAMPLE_LINES },
      ],
      ["POST", "/api/v1/targets", TARGET(cityA)],
      [
        "POST",
        "/api/v1/actions",
        { jurisdictionId: cityA, kind: "mitigation", title: "x", status: "planned" },
      ],
    ];
    for (const [method, path, body, headers] of attempts) {
      const res = await b.request(method, path, body, headers);
      expectGraceful(res, `${method} ${path}`);
      expect([method, path, res.status]).toEqual([method, path, expect.toBeOneOf([403, 404])]);
    }
    for (const list of ["inventories", "targets", "actions"]) {
      const res = await b.request("GET", `/api/v1/${list}?jurisdictionId=${cityA}&view=working&limit=200`);
      const items = (res.body as { items?: Array<{ id: string }> }).items ?? [];
      expect([list, items.filter((i) => Object.values(ofA).includes(i.id))]).toEqual([list, []]);
    }
    expect(await fingerprint(app.database.db)).toBe(before);
  });

  it("answers guessed and malformed ids with 404 or 422, never 500", async () => {
    const guesses = [
      crypto.randomUUID(),
      "00000000-0000-0000-0000-000000000000",
      "1",
      "1 OR 1=1",
      "..%2F..%2Fetc%2Fpasswd",
      `${ofA.inventory}'`,
      ofA.inventory?.toUpperCase() as string,
    ];
    for (const id of guesses) {
      for (const resource of ["inventories", "targets", "actions", "risks", "jurisdictions", "users"]) {
        const res = await app.request("GET", `/api/v1/${resource}/${id}`);
        expectGraceful(res, `GET ${resource}/${id}`);
        if (id !== ofA.inventory?.toUpperCase())
          expect([resource, id, res.status]).toEqual([resource, id, expect.toBeOneOf([404, 422])]);
      }
    }
  });
});

describe("mass assignment", () => {
  it("refuses status, version, id and audit fields in bodies, naming them, and writes nothing", async () => {
    const before = await fingerprint(app.database.db);
    const a = reporterA.client;
    const inventory = { jurisdictionId: cityA, year: 2011, kind: "community", lines: SAMPLE_LINES };
    const target = TARGET(cityA);
    const action = { jurisdictionId: cityA, kind: "mitigation", title: "x", status: "planned" };
    const forged = {
      status: "published",
      version: 99,
      id: crypto.randomUUID(),
      reviewStatus: "published",
      createdBy: reporterB.id,
      publishedAt: "2020-01-01T00:00:00Z",
    };
    for (const [field, value] of Object.entries(forged)) {
      for (const [path, body] of [
        ["/api/v1/inventories", inventory],
        ["/api/v1/targets", target],
        ["/api/v1/actions", action],
      ] as const) {
        if (path === "/api/v1/actions" && field === "status") continue; // an action's own status (planned, …)
        const res = await a.request("POST", path, { ...body, [field]: value });
        expect([path, field, res.status, res.error.code]).toEqual([path, field, 422, "validation_failed"]);
        expect(res.error.details?.map((d) => d.path)).toContain(field);
      }
      const put = await a.request(
        "PUT",
        `/api/v1/inventories/${ofA.inventory}`,
        { ...inventory, [field]: value },
        { "if-match": '"1"' },
      );
      expect([field, put.status]).toEqual([field, 422]);
    }
    expect(await fingerprint(app.database.db)).toBe(before);
  });

  it("refuses moving a record to another jurisdiction, and a reporter publishing through an import", async () => {
    const a = reporterA.client;
    const current = await app.services.inventories.get(ofA.inventory as string, SYSTEM);
    const before = await fingerprint(app.database.db);
    const moved = await a.request(
      "PUT",
      `/api/v1/inventories/${ofA.inventory}`,
      { jurisdictionId: cityB, year: current.year, kind: "community", lines: SAMPLE_LINES },
      { "if-match": `"${current.version}"` },
    );
    expect(moved.status).toBeGreaterThanOrEqual(400);
    expectGraceful(moved, "move inventory to city B");
    const target = await a.request("PUT", `/api/v1/targets/${ofA.target}`, TARGET(cityB), {
      "if-match": '"1"',
    });
    expect(target.status).toBeGreaterThanOrEqual(400);
    const csv = "gpc,notationKey,explanation\nI.7.1,NO,none here\n";
    const publish = await a.raw(
      "POST",
      "/api/v1/imports?format=template-csv&jurisdiction=BR%20AAA&year=2012&publish=true",
      csv,
      {
        "content-type": "text/csv",
      },
    );
    expect([publish.status, publish.error.code]).toEqual([403, "forbidden"]);
    expect(await fingerprint(app.database.db)).toBe(before);
    expect((await app.services.inventories.get(ofA.inventory as string, SYSTEM)).jurisdictionId).toBe(cityA);
  });
});

describe("file names and paths", () => {
  it("treats traversal in import file names as a label, and never serves files outside the web app", async () => {
    const csv = "gpc,notationKey,explanation\nI.7.1,NO,none here\n";
    for (const name of [
      "../../../../etc/passwd",
      "..\\..\\boot.ini",
      "/etc/shadow",
      "%2e%2e%2fx.csv",
      "a\u0000b.csv",
    ]) {
      const res = await app.raw(
        "POST",
        `/api/v1/imports?format=template-csv&jurisdiction=BR%20AAA&year=2013&dryRun=true&filename=${encodeURIComponent(name)}`,
        csv,
        { "content-type": "text/csv" },
      );
      expectGraceful(res, name);
      expect(JSON.stringify(res.body)).not.toMatch(/root:|\[boot loader\]/);
      const form = new FormData();
      form.append("file", new File([csv], name));
      const multipart = await direct().request(
        "/api/v1/imports?format=template-csv&jurisdiction=BR%20AAA&year=2013&dryRun=true",
        { method: "POST", body: form, headers: { authorization: `Bearer ${reporterA.token}` } },
      );
      const text = await multipart.text();
      expect([name, multipart.status]).toEqual([name, 200]);
      expect(text).not.toMatch(/root:|\[boot loader\]/);
    }
    for (const path of [
      `/api/v1/inventories/${ofA.inventory}/export/..%2f..%2fpackage.json`,
      `/api/v1/templates/inventory.${encodeURIComponent("../../package.json")}`,
      "/api/v1/..%2f..%2fpackage.json",
    ]) {
      const res = await app.anonymous.request("GET", path);
      expectGraceful(res, path);
      expect([path, JSON.stringify(res.body).includes("devDependencies")]).toEqual([path, false]);
    }
    // The web app's files: a secret beside (outside) the served folder is never answered.
    const root = await mkdtemp(join(tmpdir(), "ll-static-"));
    await mkdir(join(root, "dist", "assets"), { recursive: true });
    await writeFile(join(root, "dist", "index.html"), "<!doctype html><title>app</title>");
    await writeFile(join(root, "secret.txt"), "TOP SECRET");
    const web = new Hono();
    web.use("*", serveWebApp(join(root, "dist")));
    for (const path of [
      "/../secret.txt",
      "/..%2fsecret.txt",
      "/%2e%2e/secret.txt",
      "/%2e%2e%2fsecret.txt",
      "/assets/..%2f..%2fsecret.txt",
      "/..%5csecret.txt",
      "/%00",
      "/index.html%00.txt",
      "/%ED%A0%80",
      "//secret.txt",
    ]) {
      const res = await web.request(path);
      const text = await res.text();
      expect([path, res.status < 500, text.includes("TOP SECRET")]).toEqual([path, true, false]);
    }
  });
});

describe("oversized and deeply nested JSON", () => {
  it("answers a body over 1 MB with 413 and deep nesting with 422 or 400, never 500", async () => {
    const big = await app.raw(
      "POST",
      "/api/v1/inventories",
      JSON.stringify({ lines: "x".repeat(1_100_000) }),
    );
    expect([big.status, big.error.code]).toEqual([413, "payload_too_large"]);
    for (const depth of [1_000, 100_000, 400_000]) {
      const nested = `${'{"lines":'.repeat(1)}${"[".repeat(depth)}${"]".repeat(depth)}}`;
      const res = await app.raw("POST", "/api/v1/inventories", nested);
      expectGraceful(res, `depth ${depth}`);
      expect([depth, res.status]).toEqual([depth, expect.toBeOneOf([400, 413, 422])]);
      const objects = `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;
      const res2 = await app.raw("PUT", `/api/v1/jurisdictions/${cityA}`, objects, { "if-match": '"1"' });
      expect([depth, res2.status]).toEqual([depth, expect.toBeOneOf([400, 413, 422])]);
    }
  });
});

describe("text the database cannot store", () => {
  // Found by the importer fuzz's sibling case: half a surrogate pair in a line reached jsonb and answered 500.
  it("answers a NUL character or half a surrogate pair in a stored document with 400, writing nothing", async () => {
    const before = await fingerprint(app.database.db);
    for (const [year, text] of [
      [2001, "a\u0000b"],
      [2002, "a\uD800b"],
      [2003, "\uDC00"],
    ] as const) {
      const res = await app.request("POST", "/api/v1/inventories", {
        jurisdictionId: cityA,
        year,
        kind: "community",
        lines: [...SAMPLE_LINES, { gpc: "I.7.1", notationKey: "NO", explanation: text }],
      });
      expectGraceful(res, JSON.stringify(text));
      expect([year, res.status, res.error.code]).toEqual([year, 400, "bad_request"]);
    }
    expect(await fingerprint(app.database.db)).toBe(before);
  });
});

/** A ZIP with one entry of `size` zero bytes, deflated as it streams (never held whole), declaring `declared`. */
async function zipBomb(size: number, declared = size): Promise<Buffer> {
  const deflate = createDeflateRaw({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on("data", (d: Buffer) => parts.push(d));
  const done = new Promise((resolve) => deflate.on("end", resolve));
  const chunk = Buffer.alloc(1024 * 1024);
  for (let written = 0; written < size; written += chunk.length) {
    if (!deflate.write(chunk.subarray(0, Math.min(chunk.length, size - written))))
      await new Promise((r) => deflate.once("drain", r));
  }
  deflate.end();
  await done;
  return zipOf([{ name: "xl/worksheets/sheet1.xml", data: Buffer.concat(parts), size: declared, method: 8 }]);
}

/** A minimal ZIP of already-compressed entries (CRCs are zero: the guard refuses before any reader checks them). */
function zipOf(entries: Array<{ name: string; data: Buffer; size: number; method: number }>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

describe("XLSX zip bombs", () => {
  it("refuses a workbook that expands past the limit, one that lies about its size, and one of too many parts", async () => {
    const size = ZIP_LIMITS.maxExpandedBytes + 16 * 1024 * 1024;
    const honest = await zipBomb(size);
    const liar = await zipBomb(size, 1000);
    const many = zipOf(
      Array.from({ length: ZIP_LIMITS.maxEntries + 1 }, (_, i) => ({
        name: `p${i}`,
        data: Buffer.alloc(0),
        size: 0,
        method: 0,
      })),
    );
    expect(honest.length).toBeLessThan(1024 * 1024); // under 1 MB on the wire
    const rssBefore = process.memoryUsage().rss;
    const before = await fingerprint(app.database.db);
    for (const [what, file] of [
      ["honest", honest],
      ["liar", liar],
      ["many", many],
    ] as const) {
      const res = await app.raw(
        "POST",
        "/api/v1/imports?format=template-xlsx&jurisdiction=BR%20AAA&year=2014",
        file as never,
        {
          "content-type": "application/octet-stream",
        },
      );
      expectGraceful(res, what);
      expect([what, res.status, res.error.code]).toEqual([what, 422, "invalid_file"]);
      expect(res.error.message).toMatch(/expands to more than|parts \(at most/);
    }
    expect(await fingerprint(app.database.db)).toBe(before);
    // Nothing was inflated whole: the process did not grow by anything near the bomb's size.
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(ZIP_LIMITS.maxExpandedBytes / 2);
    expect(await zipProblem(Buffer.from("not a zip"))).toMatch(/not a ZIP/);
  });
});

describe("formula injection in exports", () => {
  const HOSTILE = [
    '=HYPERLINK("http://evil","x")',
    "+SUM(1,2)",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(A1)",
    "\t=1",
    "\r=1",
  ];

  it("neutralises cells starting with =, +, -, @ in every CSV and XLSX export", async () => {
    const j = (
      await app.services.jurisdictions.create(
        {
          name: "=Evil City",
          type: "city",
          country: "BR",
          locode: "BR EVL",
          region: "@region",
          requiresApprover: true,
        },
        SYSTEM,
      )
    ).id;
    const lines = HOSTILE.map((text, i) => ({
      gpc: ["I.2.1", "I.3.1", "I.4.1", "I.5.1", "I.6.1", "I.7.1"][i] as string,
      notationKey: "NO",
      explanation: text,
      source: text,
      comment: text,
    }));
    const id = await inventoryIn(app.services, j, "published", [...SAMPLE_LINES, ...lines] as never);
    const exports = [
      `/api/v1/inventories/${id}/export/gpc-table.csv`,
      `/api/v1/inventories/${id}/export/crf.csv`,
      "/api/v1/open-data.csv",
      `/api/v1/inventories/${id}/export/gpc-table.xlsx`,
      `/api/v1/inventories/${id}/export/crf.xlsx`,
      "/api/v1/templates/inventory.csv",
      "/api/v1/templates/inventory.xlsx",
    ];
    let checked = 0;
    let hostileSeen = 0;
    for (const path of exports) {
      const res = await app.anonymous.request("GET", path);
      expect([path, res.status]).toEqual([path, 200]);
      const cells: string[] = [];
      if (path.endsWith(".csv")) {
        for (const row of parse(res.body as string, { relax_column_count: true }) as string[][])
          cells.push(...row);
      } else {
        const raw = await (await direct().request(path)).arrayBuffer();
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(raw);
        wb.eachSheet((sheet) =>
          sheet.eachRow((row) =>
            row.eachCell((cell) => {
              expect([path, cell.address, cell.formula ?? null]).toEqual([path, cell.address, null]);
              if (typeof cell.value === "string") cells.push(cell.value);
            }),
          ),
        );
      }
      for (const cell of cells) {
        checked += 1;
        if (
          cell.includes("HYPERLINK") ||
          cell.includes("SUM(") ||
          cell.includes("Evil") ||
          cell.includes("@region")
        )
          hostileSeen += 1;
        // A cell may start with - only when it is a number (a removal, a negative figure).
        const dangerous = /^[=+@\t\r]/.test(cell) || (/^-/.test(cell) && !Number.isFinite(Number(cell)));
        expect([path, cell, dangerous]).toEqual([path, cell, false]);
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(hostileSeen).toBeGreaterThan(6); // the hostile text did reach the exports, neutralised
  });
});

/** The app without the test client's text decoding (for multipart bodies and XLSX bytes). */
function direct() {
  return createApp({ services: app.services, database: app.database });
}
