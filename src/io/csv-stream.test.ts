import { describe, expect, it } from "vitest";
import { sharedData } from "../../test/support/shared-data.ts";
import { importC40 } from "./c40.importer.ts";
import { importCdpCitywide } from "./cdp-citywide.importer.ts";
import { importCdpTargets } from "./cdp-targets.importer.ts";
import { csvRows } from "./csv-stream.ts";
import { ReportBuilder } from "./import-report.ts";
import { problemsWith, sharedText } from "./test-support.ts";
import { decodeWindows1252, encodeWindows1252 } from "./windows-1252.ts";

const CDP_2021 = "cdp/2021_City-wide_Emissions.csv";

describe("malformed input never crashes: it gives a clear error", () => {
  it("a truncated file: the cut row is an error naming its line", async () => {
    const text = sharedText(CDP_2021);
    const cut = text.slice(0, text.indexOf("\n", 5000) + 40);
    const { report, jurisdictions } = await importCdpCitywide({ name: "cut.csv", data: cut });
    const p = problemsWith(report, "column_count")[0];
    expect(p).toMatchObject({ severity: "error" });
    expect(p?.message).toContain("cut short");
    expect(jurisdictions.length).toBeGreaterThan(0);
  });

  it("a file cut inside a quoted cell is refused as malformed CSV", async () => {
    const text = sharedText(CDP_2021);
    const cut = text.slice(0, text.indexOf('"City of Richmond') + 10);
    const { report } = await importCdpCitywide({ name: "cut.csv", data: cut });
    expect(report.fatal).toBe(true);
    expect(problemsWith(report, "malformed_csv")[0]?.message).toMatch(/not valid CSV/);
  });

  it("a binary file is refused", async () => {
    const bytes = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0xff, 0xfe]);
    const { report } = await importCdpTargets({ name: "archive.zip", data: bytes });
    expect(report.fatal).toBe(true);
    expect(problemsWith(report, "binary_file")[0]?.message).toContain("not text");
  });

  it("a Latin-1 file is refused naming the line, and reads when its encoding is given", async () => {
    const head = sharedText(CDP_2021).split("\n").slice(0, 40).join("\n");
    const latin1 = Buffer.from(head, "latin1");
    const bad = await importCdpCitywide({ name: "latin1.csv", data: latin1 });
    expect(bad.report.fatal).toBe(true);
    const problem = problemsWith(bad.report, "invalid_encoding")[0];
    expect(problem?.message).toContain("UTF-8");
    expect(problem?.line).toBeGreaterThan(1);
    const good = await importCdpCitywide({ name: "latin1.csv", data: latin1 }, { encoding: "latin1" });
    expect(good.report.fatal).toBe(false);
    expect(good.jurisdictions).toHaveLength(39);
  });

  it("Latin-1 is read as Windows-1252: its dashes, quotes and euro sign survive", async () => {
    const bytes = encodeWindows1252("city,note\nSão Paulo,2013–2014 “GPC” 5 €\n");
    expect(bytes.includes(0x96) && bytes.includes(0x80) && bytes.includes(0xe3)).toBe(true);
    expect(decodeWindows1252(bytes)).toBe("city,note\nSão Paulo,2013–2014 “GPC” 5 €\n");
    const rows: string[][] = [];
    const report = new ReportBuilder("w.csv");
    for await (const row of csvRows({ name: "w.csv", data: bytes }, report, { encoding: "latin1" }))
      rows.push(row.cells);
    expect(rows[1]).toEqual(["São Paulo", "2013–2014 “GPC” 5 €"]);
    const refused = new ReportBuilder("w.csv");
    for await (const _ of csvRows({ name: "w.csv", data: bytes }, refused)) void _;
    expect(problemsWith(refused.report, "invalid_encoding")[0]?.line).toBe(2);
  });

  it("a semicolon-delimited file is refused, naming the delimiter", async () => {
    const text = "City;Country;Year_calendar\nLondon;United Kingdom;2018\n";
    const { report } = await importC40({ name: "semi.csv", data: text });
    expect(report.fatal).toBe(true);
    expect(problemsWith(report, "wrong_delimiter")[0]?.message).toContain('";"');
  });

  it("an empty file is refused", async () => {
    const { report, jurisdictions } = await importCdpCitywide({ name: "empty.csv", data: "" });
    expect(jurisdictions).toHaveLength(0);
    expect(problemsWith(report, "empty_file")).toHaveLength(1);
  });

  it("a missing file is an error", async () => {
    const { report } = await importCdpTargets("/nonexistent/targets.csv");
    expect(report.fatal).toBe(true);
    expect(problemsWith(report, "unreadable_file")).toHaveLength(1);
  });
});

describe("csvRows streams with progress", () => {
  it("reports rows and bytes as it goes, ending at the file size", async () => {
    const calls: Array<[number, number, number]> = [];
    const report = new ReportBuilder("c40");
    let rows = 0;
    for await (const _ of csvRows(sharedData("c40/clean_c40.csv"), report, {
      onProgress: (r, b, t) => calls.push([r, b, t]),
      progressEvery: 5000,
    }))
      rows++;
    expect(rows).toBe(18802);
    expect(calls.length).toBe(4);
    const last = calls[calls.length - 1] as [number, number, number];
    expect(last[0]).toBe(18802);
    expect(last[1]).toBe(last[2]);
    expect(last[2]).toBe(2365658);
    expect(calls[0]?.[1]).toBeLessThanOrEqual(last[2]);
  });
});
