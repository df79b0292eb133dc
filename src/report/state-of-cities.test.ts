import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { emissionsTrend, networkOf, networkRollup, perCapitaDistribution } from "../core/analytics/index.ts";
import { provinceNetwork } from "../core/analytics/test-network.ts";
import { htmlToPdf } from "./pdf.ts";
import { formatTonnes, renderStateOfCities, type StateOfCitiesData } from "./state-of-cities.ts";

function data(): StateOfCitiesData {
  const summaries = provinceNetwork();
  const rollup = networkRollup(summaries);
  const net = networkOf(summaries);
  return {
    title: "State of Cities 2026",
    filter: null,
    generatedAt: "2026-11-22",
    rollup,
    trend: emissionsTrend(net, [2019, 2020, 2021]),
    sectorTrend: [
      { year: 2020, bySector: { I: 5e6, II: 3e6, III: 1e6 } },
      { year: 2021, bySector: { I: 4.5e6, II: 3.1e6, III: 0.9e6 } },
    ],
    regions: rollup.groups.region.map((g) => ({
      key: g.key,
      jurisdictions: g.jurisdictions,
      reporting: g.reporting,
      population: g.populationCovered,
      perCapita: perCapitaDistribution(networkOf(summaries.filter((s) => s.region === g.key)), "basic"),
    })),
    progress: { achieved: 1, onTrack: 2, offTrack: 3, noData: 4 },
    attribution: [
      "This data was collected in partnership by CDP and ICLEI - Local Governments for Sustainability",
    ],
  };
}

describe("State of Cities report", () => {
  it("formats tonnes in readable units", () => {
    expect([formatTonnes(950), formatTonnes(12_345), formatTonnes(2.5e6), formatTonnes(5.6e9)]).toEqual([
      "950 tCO2e",
      "12.3 ktCO2e",
      "2.5 MtCO2e",
      "5.6 GtCO2e",
    ]);
  });

  it("renders headline figures with their rules, SVG charts, the region table and the attribution", () => {
    const d = data();
    const html = renderStateOfCities(d);
    expect(html).toContain("<h1>State of Cities 2026</h1>");
    expect(html).toContain(formatTonnes(d.rollup.territorial.value));
    expect(html).toMatch(/<li id="rule-\d+">[^<]{20,}<\/li>/);
    expect(html).toContain(d.rollup.territorial.rule.replaceAll("'", "&#39;").slice(0, 40));
    expect(html.match(/<svg /g)?.length).toBeGreaterThanOrEqual(3);
    expect(html).toContain("3 of 10");
    for (const g of d.rollup.groups.region) expect(html).toContain(`<th scope="row">${g.key}</th>`);
    expect(html).toContain("collected in partnership by CDP and ICLEI");
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
  });

  it("escapes names from the data", () => {
    const d = data();
    const html = renderStateOfCities({ ...d, title: "<script>alert(1)</script>" });
    expect(html).not.toContain("<script>alert");
  });

  it("prints to a multi-page-capable A4 PDF through headless Chromium", async () => {
    expect(existsSync("/usr/bin/chromium"), "Debian's chromium is required (.ci/run installs it)").toBe(true);
    const pdf = await htmlToPdf(renderStateOfCities(data()));
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const dir = await mkdtemp(join(tmpdir(), "ll-report-"));
    await writeFile(join(dir, "report.pdf"), pdf);
    const info = execFileSync("pdfinfo", [join(dir, "report.pdf")]).toString();
    expect(info).toMatch(/Page size:.*\(A4\)/);
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThanOrEqual(1);
  }, 60_000);
});
