import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sharedData } from "../../../test/support/shared-data.ts";
import { type Database, openDatabase } from "../../db/database.ts";
import { CDP_ATTRIBUTION } from "../../io/cdp-citywide.importer.ts";
import { rowCounts } from "../../services/import/import-test-support.ts";
import { SYSTEM } from "../../services/service-helpers.ts";
import { createServices, type Services } from "../../services/services.ts";
import { createApp } from "../app.ts";
import { createAdminToken } from "../testing/test-app.ts";

const RIO = "citycatalyst/inventory-BR RIO-2022.csv";

describe("import and export routes", () => {
  let database: Database;
  let services: Services;
  let app: ReturnType<typeof createApp>;
  let admin: Record<string, string>;
  let rioId = "";
  beforeAll(async () => {
    database = await openDatabase();
    services = createServices(database.db);
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
  });
  afterAll(() => database.close());

  const post = (query: string, body: BodyInit, headers: Record<string, string> = admin) =>
    app.request(`/api/v1/imports?${query}`, { method: "POST", body, headers });

  it("imports the CityCatalyst export of Rio as published through POST /imports", async () => {
    const res = await post(
      "format=citycatalyst&publish=true&filename=inventory-BR%20RIO-2022.csv",
      readFileSync(sharedData(RIO)),
    );
    expect(res.status).toBe(200);
    const outcome = (await res.json()) as {
      counts: { inventories: { created: number } };
      committed: boolean;
    };
    expect(outcome).toMatchObject({ committed: true, counts: { inventories: { created: 1 } } });
    const page = await services.inventories.list({ year: 2022 }, SYSTEM);
    rioId = page.items[0]?.id ?? "";
    expect(rioId).not.toBe("");
  });

  it("refuses anonymous imports (401) and files with errors (422 naming the line), writing nothing", async () => {
    const before = await rowCounts(database.db);
    expect(
      (await post("format=template-csv&jurisdiction=BR%20RIO&year=2021", "gpc\nI.1.1\n", {})).status,
    ).toBe(401);
    const bad = "gpc,activity.value,activity.unit,fuel\nI.1.1,12,GJ,natural-gas\nI.1.2,lots,GJ,natural-gas\n";
    const res = await post("format=template-csv&jurisdiction=BR%20RIO&year=2021", bad, {
      ...admin,
      "content-type": "text/csv",
    });
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("invalid_file");
    expect(body.error.message).toContain("line 3");
    expect(body.error.message).toContain("activity.value");
    expect(await rowCounts(database.db)).toEqual(before);
  });

  it("takes multipart uploads and dry runs write nothing", async () => {
    const before = await rowCounts(database.db);
    const form = new FormData();
    form.append("file", new Blob([readFileSync(sharedData(RIO))]), "inventory-BR RIO-2022.csv");
    const res = await post("format=citycatalyst&dryRun=true", form);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      dryRun: true,
      committed: false,
      counts: { inventories: { unchanged: 1 } },
    });
    expect(await rowCounts(database.db)).toEqual(before);
  });

  it("exports the GPC table as CSV to the public, with the stored totals", async () => {
    const res = await app.request(`/api/v1/inventories/${rioId}/export/gpc-table.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    const rows = parse(await res.text()) as string[][];
    const basic = rows.find((r) => r[0] === "TOTAL BASIC");
    const stored = await services.inventories.get(rioId, SYSTEM, "published");
    expect(Number(basic?.[basic.length - 1])).toBeCloseTo(stored.result.totals.basic, 6);
  });

  it("exports the CRF table as XLSX whose total matches the stored result", async () => {
    const res = await app.request(`/api/v1/inventories/${rioId}/export/crf.xlsx`);
    expect(res.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await res.arrayBuffer()) as ArrayBuffer);
    const values: unknown[] = [];
    wb.worksheets[0]?.eachRow((row) => values.push(row.values));
    expect(values.length).toBeGreaterThan(10);
    expect(JSON.stringify(values)).toContain("Residential buildings");
  });

  it("answers 404 for an unknown inventory and 422 for an unknown export file", async () => {
    expect(
      (await app.request("/api/v1/inventories/00000000-0000-0000-0000-000000000000/export/crf.csv")).status,
    ).toBe(404);
    expect((await app.request(`/api/v1/inventories/${rioId}/export/crf.pdf`)).status).toBe(422);
  });

  it("neutralises formulas in exported cells", async () => {
    const csv =
      'gpc,notationKey,explanation\nI.7.1,NO,"=HYPERLINK(""http://x"",""click"")"\nI.1.1,NE,+SUM(A1)\n';
    const res = await post("format=template-csv&jurisdiction=BR%20RIO&year=2019", csv, {
      ...admin,
      "content-type": "text/csv",
    });
    expect(res.status).toBe(200);
    const page = await services.inventories.list({ year: 2019, view: "working" }, SYSTEM);
    const id = page.items[0]?.id ?? "";
    const text = await (
      await app.request(`/api/v1/inventories/${id}/export/gpc-table.csv`, { headers: admin })
    ).text();
    expect(text).toContain(`"'=HYPERLINK(""http://x"",""click"")"`);
    expect(text).toContain("'+SUM(A1)");
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it("serves open data with content hashes and CDP's attribution, and the templates", async () => {
    const sample = readFileSync(sharedData("cdp/2021_City-wide_Emissions.csv"), "utf8")
      .split("\n")
      .slice(0, 40)
      .join("\n");
    const res = await post("format=cdp-citywide&publish=true&partial=true", sample);
    expect(res.status).toBe(200);
    const json = (await (await app.request("/api/v1/open-data.json")).json()) as {
      attributions: string[];
      records: Array<{ kind: string; contentHash: string; attribution?: string }>;
    };
    expect(json.attributions).toContain(CDP_ATTRIBUTION);
    const cdp = json.records.filter((r) => r.kind === "reported-totals");
    expect(cdp.length).toBeGreaterThan(5);
    expect(cdp.every((r) => /^[0-9a-f]{64}$/.test(r.contentHash) && r.attribution === CDP_ATTRIBUTION)).toBe(
      true,
    );
    const id = json.records.find((r) => r.kind === "reported-totals") as unknown as { id: string };
    const inv = (await (await app.request(`/api/v1/inventories/${id.id}`)).json()) as Record<string, unknown>;
    expect(inv).toMatchObject({ form: "reported-totals", lines: [], visibility: "published" });
    expect(inv.reportedTotals).toMatchObject({ provenance: { source: "cdp" } });
    const csv = await app.request("/api/v1/open-data.csv");
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect(await csv.text()).toContain(CDP_ATTRIBUTION);
    const xlsx = await app.request("/api/v1/templates/inventory.xlsx");
    expect(xlsx.headers.get("content-type")).toContain("spreadsheetml");
    expect(
      Buffer.from(await xlsx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe("PK");
    expect((await (await app.request("/api/v1/templates/inventory.csv")).text()).split("\r\n")[1]).toMatch(
      /^I\.1\.1,/,
    );
  });
});
