/**
 * The "State of Cities" report: the network's cumulative picture as one self-contained HTML page (inline CSS and
 * SVG charts, nothing loaded from elsewhere), ready to read in a browser or print to PDF.
 */
import type { Distribution, NetworkRollup, TrendYear } from "../core/analytics/index.ts";
import { gpcSector } from "../core/gpc/catalogue.ts";
import { boxPlots, groupedBars, stackedBars } from "./charts.ts";

/** Target statuses across the network (from stored target progress). */
export interface ProgressCounts {
  achieved: number;
  onTrack: number;
  offTrack: number;
  noData: number;
}

/** Everything the report shows; assembled by the analytics service from stored figures. */
export interface StateOfCitiesData {
  title: string;
  /** What the report covers, e.g. "Region: Europe"; null for the whole network. */
  filter: string | null;
  generatedAt: string;
  rollup: NetworkRollup;
  trend: readonly TrendYear[];
  /** tCO2e by GPC sector per year, summed over non-overlapping jurisdictions' verified inventories. */
  sectorTrend: ReadonlyArray<{ year: number; bySector: Readonly<Record<string, number>> }>;
  regions: ReadonlyArray<{
    key: string;
    jurisdictions: number;
    reporting: number;
    population: number;
    perCapita: Distribution;
  }>;
  progress: ProgressCounts;
  attribution: readonly string[];
}

const esc = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string,
  );
const n0 = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const n1 = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });

/** A tCO2e amount in readable units (t, kt, Mt, Gt). */
export function formatTonnes(t: number): string {
  const abs = Math.abs(t);
  if (abs >= 1e9) return `${n1.format(t / 1e9)} GtCO2e`;
  if (abs >= 1e6) return `${n1.format(t / 1e6)} MtCO2e`;
  if (abs >= 1e3) return `${n1.format(t / 1e3)} ktCO2e`;
  return `${n0.format(t)} tCO2e`;
}

/** Collects the rules figures follow, numbered as footnotes in the order they are first cited. */
class Rules {
  readonly list: string[] = [];
  cite(rule: string): string {
    let i = this.list.indexOf(rule);
    if (i < 0) i = this.list.push(rule) - 1;
    return `<sup><a href="#rule-${i + 1}">${i + 1}</a></sup>`;
  }
}

function card(rules: Rules, label: string, value: string, rule: string): string {
  return `<div class="card"><div class="value">${esc(value)}</div><div class="label">${esc(label)}${rules.cite(rule)}</div></div>`;
}

function headline(d: StateOfCitiesData, rules: Rules): string {
  const r = d.rollup;
  const c2030 = r.commitments.find((c) => c.year === 2030);
  const c2050 = r.commitments.find((c) => c.year === 2050);
  const cards = [
    card(
      rules,
      "jurisdictions reporting",
      `${n0.format(r.reporting.value)} of ${n0.format(r.jurisdictions.value)}`,
      r.reporting.rule,
    ),
    card(
      rules,
      "population covered",
      n0.format(r.reporting.population),
      "reporting jurisdictions, without overlaps",
    ),
    card(
      rules,
      "territorial emissions (latest year each)",
      formatTonnes(r.territorial.value),
      r.territorial.rule,
    ),
    card(
      rules,
      "median BASIC per capita",
      r.perCapita.basic.median === null ? "no data" : `${n1.format(r.perCapita.basic.median)} tCO2e`,
      r.perCapita.basic.rule,
    ),
  ];
  if (c2030)
    cards.push(
      card(
        rules,
        "committed reduction by 2030, per year",
        formatTonnes(c2030.againstBase.value),
        c2030.againstBase.rule,
      ),
    );
  if (c2050)
    cards.push(
      card(
        rules,
        "committed reduction by 2050, per year",
        formatTonnes(c2050.againstBase.value),
        c2050.againstBase.rule,
      ),
    );
  cards.push(
    card(
      rules,
      "expected reductions of actions under way",
      formatTonnes(r.actionReductions.value),
      r.actionReductions.rule,
    ),
  );
  const p = d.progress;
  cards.push(
    card(
      rules,
      "targets on track or achieved",
      `${n0.format(p.onTrack + p.achieved)} of ${n0.format(p.achieved + p.onTrack + p.offTrack + p.noData)}`,
      `${p.offTrack} off track, ${p.noData} without data`,
    ),
  );
  return `<section class="cards">${cards.join("")}</section>`;
}

function charts(d: StateOfCitiesData): string {
  const out: string[] = [];
  if (d.sectorTrend.length > 0) {
    const years = d.sectorTrend.map((y) => String(y.year));
    const sectors = [...new Set(d.sectorTrend.flatMap((y) => Object.keys(y.bySector)))].sort();
    const series = Object.fromEntries(
      sectors.map((s) => [
        `${s} ${gpcSector(s)?.name ?? ""}`.trim(),
        d.sectorTrend.map((y) => Math.round(y.bySector[s] ?? 0)),
      ]),
    );
    out.push(
      figure(
        stackedBars("Emissions by GPC sector over time", years, series, "tCO2e"),
        "Verified inventories, non-overlapping boundaries.",
      ),
    );
  }
  if (d.rollup.commitments.length > 0) {
    const years = d.rollup.commitments.map((c) => String(c.year));
    out.push(
      figure(
        groupedBars(
          "Committed reductions per year",
          years,
          {
            "against base year": d.rollup.commitments.map((c) => Math.round(c.againstBase.value)),
            "against BAU": d.rollup.commitments.map((c) => Math.round(c.againstBau.value)),
            "actions under way (expected)": d.rollup.commitments.map(() =>
              Math.round(d.rollup.actionReductions.value),
            ),
          },
          "tCO2e/yr",
        ),
        "Committed: targets' implied cuts by the milestone; actions: expected annual reductions of actions in progress or completed.",
      ),
    );
  }
  const withData = d.regions.filter((r) => r.perCapita.median !== null);
  if (withData.length > 0) {
    const boxes = withData.map((r) =>
      [r.perCapita.min, r.perCapita.q1, r.perCapita.median, r.perCapita.q3, r.perCapita.max].map(
        (v) => v ?? 0,
      ),
    );
    out.push(
      figure(
        boxPlots(
          "BASIC emissions per capita by region",
          withData.map((r) => r.key),
          boxes,
          "tCO2e per person",
        ),
        "Distributions, never sums.",
      ),
    );
  }
  if (d.trend.length > 1) {
    out.push(
      figure(
        groupedBars(
          "Verified territorial emissions by year",
          d.trend.map((t) => String(t.year)),
          { territorial: d.trend.map((t) => Math.round(t.territorial.value)) },
          "tCO2e",
        ),
        d.trend[0]?.territorial.rule ?? "",
      ),
    );
  }
  return out.join("");
}

function figure(svg: string, caption: string): string {
  return `<figure>${svg}<figcaption>${esc(caption)}</figcaption></figure>`;
}

function regionTable(d: StateOfCitiesData): string {
  if (d.regions.length === 0) return "<p>No jurisdictions match.</p>";
  const rows = d.regions
    .map(
      (r) =>
        `<tr><th scope="row">${esc(r.key)}</th><td>${n0.format(r.jurisdictions)}</td><td>${n0.format(r.reporting)}</td><td>${n0.format(r.population)}</td><td>${r.perCapita.median === null ? "–" : n1.format(r.perCapita.median)}</td></tr>`,
    )
    .join("");
  return `<table><thead><tr><th scope="col">Region</th><th scope="col">Jurisdictions</th><th scope="col">Reporting</th><th scope="col">Population covered</th><th scope="col">Median BASIC tCO2e/person</th></tr></thead><tbody>${rows}</tbody></table>`;
}

const CSS = `
body{font-family:system-ui,sans-serif;color:#1d2a2a;margin:0;padding:24px 32px;max-width:900px}
h1{font-size:26px;margin:0 0 4px;color:#1b6e5a}h2{font-size:18px;margin:28px 0 8px;border-bottom:2px solid #1b6e5a;padding-bottom:4px}
.meta{color:#555;font-size:13px}.cards{display:grid;grid-template-columns:repeat(4,1fr);gap:10px;margin-top:16px}
.card{border:1px solid #cfdcd8;border-radius:6px;padding:10px;break-inside:avoid}.value{font-size:19px;font-weight:700;color:#1b6e5a}
.label{font-size:12px;margin-top:2px}sup a{color:#666;text-decoration:none;margin-left:2px}
figure{margin:18px 0;break-inside:avoid}figcaption{font-size:11px;color:#555}
table{border-collapse:collapse;width:100%;font-size:12px}th,td{border-bottom:1px solid #ddd;padding:4px 6px;text-align:right}
th[scope=row],thead th:first-child{text-align:left}.methods li{font-size:11px;margin:4px 0}
footer{margin-top:24px;font-size:10px;color:#555}@page{size:A4;margin:14mm}`;

/** Renders the report as a standalone HTML document. */
export function renderStateOfCities(d: StateOfCitiesData): string {
  const r = d.rollup;
  const rules = new Rules();
  const cards = headline(d, rules);
  for (const c of r.commitments) rules.cite(c.againstBau.rule);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(d.title)}</title><style>${CSS}</style></head><body>
<header><h1>${esc(d.title)}</h1><div class="meta">${d.filter ? `${esc(d.filter)} · ` : ""}generated ${esc(d.generatedAt)} by LocalLedger</div></header>
<main>
<h2>Headline figures</h2>${cards}
<h2>Emissions, commitments and actions</h2>${charts(d)}
<h2>By region</h2>${regionTable(d)}
<h2>Methods</h2><ol class="methods">${rules.list.map((x, i) => `<li id="rule-${i + 1}">${esc(x)}</li>`).join("")}</ol>
</main>
<footer>${d.attribution.map((a) => `<p>${esc(a)}</p>`).join("")}</footer>
</body></html>`;
}
