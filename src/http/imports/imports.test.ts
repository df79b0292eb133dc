/**
 * POST /imports with malformed files on every driver: a 4xx (422 invalid_file naming the problem, its line and
 * column; 413 above the upload limit, read as a stream) and the database exactly as it was.
 */
import { createReadStream, readFileSync, statSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sharedData } from "../../../test/support/shared-data.ts";
import { type TestDatabase, testDrivers } from "../../db/testing/test-database.ts";
import { FILES } from "../../services/import/import-test-support.ts";
import {
  databaseFingerprint,
  type MalformedCase,
  writeMalformedFiles,
} from "../../services/import/malformed-files.ts";
import { SYSTEM } from "../../services/service-helpers.ts";
import { createServices } from "../../services/services.ts";
import { createApp } from "../app.ts";
import { createAdminToken } from "../testing/test-app.ts";
import { MAX_IMPORT_BYTES } from "./routes.ts";

let dir: string;
let cases: MalformedCase[];
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ll-malformed-http-"));
  cases = await writeMalformedFiles(dir, true);
}, 120_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe.each(testDrivers())("POST /imports with malformed files ($kind)", (driver) => {
  let database: TestDatabase;
  let app: ReturnType<typeof createApp>;
  let admin: Record<string, string>;
  beforeAll(async () => {
    database = await driver.open();
    const services = createServices(database.db);
    app = createApp({
      services,
      database,
      logError: (e) => {
        throw e;
      },
    });
    admin = { authorization: `Bearer ${await createAdminToken(services)}` };
    await services.jurisdictions.create(
      { name: "Rio de Janeiro", type: "city", country: "BR", locode: "BR RIO" },
      SYSTEM,
    );
    const rio = await services.imports.importFile(
      "citycatalyst",
      sharedData(FILES.citycatalyst),
      { publish: true },
      SYSTEM,
    );
    expect(rio.committed).toBe(true);
  });
  afterAll(() => database.close());

  const post = (c: MalformedCase, query = "") => {
    const large = statSync(c.path).size > MAX_IMPORT_BYTES;
    // A large file goes as a stream with no length, as a chunked upload does: the limit must hold while reading.
    const body = large
      ? (Readable.toWeb(createReadStream(c.path)) as ReadableStream)
      : new Uint8Array(readFileSync(c.path));
    return app.request(`/api/v1/imports?format=${c.format}&filename=${encodeURIComponent(c.name)}${query}`, {
      method: "POST",
      body,
      headers: { ...admin, "content-type": "application/octet-stream" },
      ...(large ? { duplex: "half" } : {}),
    } as RequestInit);
  };

  it("answers 422 naming the problem where it is (413 above the limit), and writes nothing", async () => {
    for (const c of cases) {
      const before = await databaseFingerprint(database.db);
      const res = await post(c);
      type Problem = { severity: string; code: string; line: number | null; column: string | null };
      const body = (await res.json()) as {
        error: { code: string; message: string; details?: { report: { problems: Problem[] } } };
      };
      expect([c.name, res.status]).toEqual([c.name, c.status]);
      if (c.status === 413) expect(body.error.code).toBe("payload_too_large");
      else {
        expect(body.error.code).toBe("invalid_file");
        const problems = body.error.details?.report.problems ?? [];
        expect(problems.find((p) => p.code === c.code)).toMatchObject({
          line: c.line,
          ...(c.column ? { column: c.column } : {}),
        });
        // The message names the file and the first error with its line and column.
        const first = problems.find((p) => p.severity === "error") as Problem;
        expect(body.error.message).toContain(`${c.name}`);
        expect(body.error.message).toContain(first.code);
        if (first.line !== null) expect(body.error.message).toContain(`line ${first.line}`);
        if (first.column) expect(body.error.message).toContain(`column "${first.column}"`);
      }
      expect(await databaseFingerprint(database.db)).toEqual(before);
    }
  }, 120_000);

  it("reads Latin-1 and semicolon files when the query says so", async () => {
    const latin1 = cases.find((c) => c.code === "invalid_encoding") as MalformedCase;
    const read = await post(latin1, "&encoding=latin1&partial=true&dryRun=true");
    expect(read.status).toBe(200);
    expect(await read.json()).toMatchObject({ dryRun: true, counts: { jurisdictions: { created: 39 } } });
    const semi = cases.find((c) => c.code === "wrong_delimiter") as MalformedCase;
    const res = await post(semi, "&delimiter=%3B&partial=true&dryRun=true");
    expect(res.status).toBe(200);
    expect(
      ((await res.json()) as { counts: { inventories: { created: number } } }).counts.inventories.created,
    ).toBeGreaterThan(0);
    expect((await post(semi, "&delimiter=ab")).status).toBe(422);
  });
});
