import { describe, expect, it } from "vitest";
import { sharedData } from "../../test/support/shared-data.ts";
import { CDP_ATTRIBUTION, implausibleArea, importCdpCitywide } from "./cdp-citywide.importer.ts";
import { cellsMatching, problemsWith, sharedHead, sharedText } from "./test-support.ts";

const FILES = {
  2019: "cdp/2019_City-wide_Emissions.csv",
  2020: "cdp/2020_-_City-Wide_Emissions.csv",
  2021: "cdp/2021_City-wide_Emissions.csv",
} as const;

describe("importCdpCitywide on the real CDP files", () => {
  it.each([
    [2019, 814, 342],
    [2020, 776, 406],
    [2021, 989, 380],
  ] as const)("reads the %i layout: %i jurisdictions, %i reported-totals records", async (year, j, t) => {
    const result = await importCdpCitywide(sharedData(FILES[year]));
    expect(result.layout).toBe(year);
    expect(result.report.fatal).toBe(false);
    expect(result.jurisdictions).toHaveLength(j);
    expect(result.totals).toHaveLength(t);
    expect(result.report.counts).toMatchObject({ rows: j, jurisdictions: j, reportedTotals: t });
  });

  it("gives Antalya's 2021 figures exactly as the file does (line 134)", async () => {
    const { jurisdictions, totals } = await importCdpCitywide(sharedData(FILES[2021]));
    const antalya = totals.find((t) => t.cdpAccount === 74670);
    expect(antalya).toMatchObject({
      jurisdictionName: "Antalya Metropolitan Municipality",
      year: 2019,
      period: { start: "2019-01-01", end: "2019-12-31" },
      totals: { scope1: 6012355, scope2: 4424995, scope3: 246201, basic: null, basicPlus: null },
      population: 2511700,
      populationYear: 2019,
      provenance: { source: "cdp", line: 134 },
    });
    // The 2021 file leaves "TOTAL BASIC Emissions (GPC)" blank on every row: nothing is made up.
    expect(totals.every((t) => t.totals.basic === null)).toBe(true);
    const j = jurisdictions.find((x) => x.cdpAccount === 74670);
    expect(j).toMatchObject({
      country: "TR",
      region: "Europe",
      population: [{ year: 2019, value: 2511700 }],
    });
  });

  it("gives Barcelona's BASIC total and population from the 2020 file (line 123)", async () => {
    const { totals } = await importCdpCitywide(sharedData(FILES[2020]));
    const barcelona = totals.find((t) => t.cdpAccount === 1499);
    expect(barcelona?.totals.basic).toBe(2835426);
    expect(barcelona?.population).toBe(1636762);
    expect(barcelona?.populationYear).toBe(2019);
    expect(barcelona?.provenance.line).toBe(123);
  });

  it("keeps the generation-of-grid-supplied-energy split per scope", async () => {
    const { totals } = await importCdpCitywide(sharedData(FILES[2021]));
    const withSplit = totals.filter(
      (t) => t.generation.scope1 !== null && t.excludingGeneration.scope1 !== null,
    );
    expect(withSplit.length).toBeGreaterThan(50);
    expect(totals.some((t) => t.gases.includes("N2O") && !t.gases.includes("N20"))).toBe(true);
  });

  it("reads a gas named like an object's built-in property as written, not as a typo fix", async () => {
    const lines = sharedHead(FILES[2021], 9);
    const helsinki = lines[9] as string; // line 10 of the file
    const odd = helsinki.replace('"CH4, CO2, N20"', '"CO2, __proto__, constructor"');
    const { totals, report } = await importCdpCitywide({ name: "c.csv", data: [lines[0], odd].join("\n") });
    expect(totals[0]?.gases).toEqual(["CO2", "__proto__", "constructor"]);
    expect(problemsWith(report, "gas_name_typo")).toEqual([]);
  });

  it("flags the real problems of the files with line and column", async () => {
    const r2019 = (await importCdpCitywide(sharedData(FILES[2019]))).report;
    const r2021 = (await importCdpCitywide(sharedData(FILES[2021]))).report;
    const scope2 = problemsWith(r2019, "scope2_exceeds_basic");
    expect(scope2).toHaveLength(3);
    expect(scope2[0]).toMatchObject({
      severity: "warning",
      column: "Total Scope 2 Emissions (metric tonnes CO2e)",
    });
    expect(problemsWith(r2021, "population_year_differs")[0]).toMatchObject({ column: "Population Year" });
    expect(problemsWith(r2021, "implausible_year").length).toBeGreaterThan(100);
    expect(problemsWith(r2021, "blank_cell").some((p) => p.column === "Population")).toBe(true);
    expect(problemsWith(r2021, "duplicate_city").map((p) => p.line)).toEqual([396, 628, 834]);
    expect(problemsWith(r2021, "implausible_area").length).toBe(43);
    expect(problemsWith(r2021, "off_calendar_period").length).toBeGreaterThan(0);
    expect(problemsWith(r2021, "invalid_accounting_year")[0]?.severity).toBe("error");
    expect(problemsWith(r2021, "gas_name_typo").length).toBeGreaterThan(0);
    expect(r2021.suppressed.gas_name_typo).toBeGreaterThan(0);
  });
});

describe("every documented problem of the real CDP files is flagged at its file, line and column", () => {
  const where = (
    report: { problems: Array<{ code: string; file: string; line: number | null; column: string | null }> },
    code: string,
  ) => problemsWith(report as never, code).map((p) => ({ file: p.file, line: p.line, column: p.column }));

  it.each([2019, 2020, 2021] as const)(
    '"Do not know" answers of the %i file, each one, where the file has them',
    async (year) => {
      const { report } = await importCdpCitywide(sharedData(FILES[year]));
      const expected = cellsMatching(FILES[year], /^do not know$/i);
      expect(expected.length).toBeGreaterThan(20);
      const file = FILES[year].split("/")[1];
      expect(where(report, "do_not_know")).toEqual(expected.map((e) => ({ file, ...e })));
    },
  );

  it("scope 2 larger than BASIC (2019: Pretoria - Tshwane, Campinas, Perth)", async () => {
    const { report } = await importCdpCitywide(sharedData(FILES[2019]));
    const lines = sharedText(FILES[2019]).split("\n");
    const column = "Total Scope 2 Emissions (metric tonnes CO2e)";
    expect(where(report, "scope2_exceeds_basic")).toEqual(
      [72, 183, 381].map((line) => ({ file: "2019_City-wide_Emissions.csv", line, column })),
    );
    expect(lines[71]).toContain("Tshwane");
    expect(lines[182]).toContain("Campinas");
    expect(lines[380]).toContain("Perth");
  });

  it("population years that differ from the inventory year, blank cells and duplicated cities (2021)", async () => {
    const { report, totals } = await importCdpCitywide(sharedData(FILES[2021]));
    const differs = problemsWith(report, "population_year_differs");
    expect(differs.length + (report.suppressed.population_year_differs ?? 0)).toBe(
      totals.filter((t) => t.populationYear !== null && t.year !== null && t.populationYear !== t.year)
        .length,
    );
    const first = totals.find((t) => t.provenance.line === differs[0]?.line);
    expect(first?.populationYear).not.toBe(first?.year);
    expect(differs[0]?.column).toBe("Population Year");
    const blanks = problemsWith(report, "blank_cell").filter((p) => p.column === "Population");
    const emptyPopulation = cellsMatching(FILES[2021], /^$/).filter((c) => c.column === "Population");
    expect(blanks.map((p) => p.line)).toEqual(emptyPopulation.map((c) => c.line));
    expect(where(report, "duplicate_city")).toEqual(
      [396, 628, 834].map((line) => ({ file: "2021_City-wide_Emissions.csv", line, column: "City" })),
    );
  });
});

describe("importCdpCitywide on edited copies of the real files", () => {
  const [header, ...rows] = sharedHead(FILES[2021], 140);
  const antalya = rows[132] as string; // file line 134

  async function readLines(lines: string[]) {
    return importCdpCitywide({ name: "edited.csv", data: `${[header, ...lines].join("\n")}\n` });
  }

  it("reads thousands separators with a warning, and flags stray whitespace", async () => {
    const edited = antalya.replace(",6012355,", ',"6,012,355",').replace(",Turkey,", ", Turkey ,");
    const { totals, report } = await readLines([edited]);
    expect(totals[0]?.totals.scope1).toBe(6012355);
    expect(problemsWith(report, "thousands_separator")[0]).toMatchObject({
      line: 2,
      column: "TOTAL Scope 1 Emissions (metric tonnes CO2e)",
    });
    expect(problemsWith(report, "stray_whitespace")[0]).toMatchObject({ line: 2, column: "Country" });
  });

  it('flags "Do not know" in a number cell and takes no value', async () => {
    const { totals, report } = await readLines([antalya.replace(",4424995,", ",Do not know,")]);
    expect(totals[0]?.totals.scope2).toBeNull();
    expect(problemsWith(report, "do_not_know")).toEqual([
      expect.objectContaining({ line: 2, column: "TOTAL Scope 2 emissions (metric tonnes CO2e)" }),
    ]);
    expect(problemsWith(report, "text_in_number")).toEqual([]);
  });

  // Found by the importer fuzz: "1e309" became Infinity, a total the database could not store (the import crashed).
  it("refuses a number beyond the largest a figure can hold, naming its cell, and takes no value", async () => {
    const { totals, report } = await readLines([antalya.replace(",4424995,", ",1e309,")]);
    expect(totals[0]?.totals.scope2).toBeNull();
    expect(problemsWith(report, "number_out_of_range")).toEqual([
      expect.objectContaining({
        severity: "error",
        line: 2,
        column: "TOTAL Scope 2 emissions (metric tonnes CO2e)",
        message: `number "1e309" is beyond the largest a figure can hold (${Number.MAX_VALUE})`,
      }),
    ]);
    expect(totals[0]?.totals.scope1).toBe(6012355);
  });

  it("refuses a repeated account and flags an unknown country", async () => {
    const { jurisdictions, report } = await readLines([antalya, antalya.replace(",Turkey,", ",Atlantis,")]);
    expect(jurisdictions).toHaveLength(1);
    expect(problemsWith(report, "duplicate_account")[0]).toMatchObject({ severity: "error", line: 3 });
    const { report: r2 } = await readLines([antalya.replace(",Turkey,", ",Atlantis,")]);
    expect(problemsWith(r2, "unknown_country")[0]?.line).toBe(2);
  });

  it("refuses an unknown layout, naming the columns it lacks", async () => {
    const text = sharedText(FILES[2021]).replace(
      "TOTAL Scope 1 Emissions (metric tonnes CO2e),",
      "Scope one,",
    );
    const { report, totals } = await importCdpCitywide({ name: "odd.csv", data: text });
    expect(report.fatal).toBe(true);
    expect(totals).toHaveLength(0);
    expect(problemsWith(report, "unknown_layout")[0]?.message).toContain(
      '"total scope 1 emissions (metric tonnes co2e)"',
    );
  });
});

describe("helpers", () => {
  it("knows CDP's attribution wording", () => {
    expect(CDP_ATTRIBUTION).toBe(
      "This data was collected in partnership by CDP and ICLEI - Local Governments for Sustainability",
    );
  });
  it("calls a land area implausible for a dense or empty city", () => {
    expect(implausibleArea(2_514_005, 52.896, "City / Municipality")).toBe(true);
    expect(implausibleArea(412_000, 593_026, "City / Municipality")).toBe(true);
    expect(implausibleArea(412_000, 593, "City / Municipality")).toBe(false);
  });
});
