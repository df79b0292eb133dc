/**
 * Reported-totals inventories: a city's emissions as totals only (CDP city-wide emissions), with no lines. Their
 * result is built from the reported figures, never calculated, so that they take part in analytics: BASIC and
 * BASIC+ as reported, territorial = scope 1 (GPC §3.3), per capita from the reported population.
 */
import type { GwpSet } from "./gases.ts";
import type { CalcResult, Issue } from "./result.ts";

/** Emissions per scope in tCO2e, null where the source gives none. */
export interface ScopeTotals {
  scope1: number | null;
  scope2: number | null;
  scope3: number | null;
}

/** The stored record of a reported-totals inventory (tCO2e). */
export interface ReportedTotals {
  totals: ScopeTotals & { basic: number | null; basicPlus: number | null };
  /** Emissions from the generation of grid-supplied energy, per scope (CRF reports them apart). */
  generation: ScopeTotals;
  /** All other emissions (excluding generation of grid-supplied energy), per scope. */
  excludingGeneration: ScopeTotals;
  period: { start: string | null; end: string | null };
  reportingYear: number | null;
  population: number | null;
  populationYear: number | null;
  boundary: string | null;
  protocol: string | null;
  protocolComment: string | null;
  gases: string[];
  /** The data source (`cdp` …), file and line. */
  provenance: { source: string; file: string; line: number };
}

/** The result of a reported-totals inventory: its reported totals, no lines; a missing BASIC is an issue. */
export function reportedTotalsResult(record: ReportedTotals, gwp: GwpSet = "AR5"): CalcResult {
  const t = record.totals;
  const issues: Issue[] = [];
  if (t.basic === null) {
    issues.push({
      code: "basic_incomplete",
      severity: "warning",
      line: null,
      gpc: null,
      message: "the source reports no BASIC total; BASIC is shown as 0 and should not be compared",
    });
  }
  const basic = t.basic ?? 0;
  const basicPlus = t.basicPlus ?? basic;
  const territorial = t.scope1 ?? 0;
  const population = record.population;
  const perCapita =
    population !== null && population > 0
      ? {
          basic: basic / population,
          basicPlus: basicPlus / population,
          territorial: territorial / population,
        }
      : null;
  return {
    gwp,
    unit: "tCO2e",
    totals: {
      basic,
      basicPlus,
      territorial,
      scope1: t.scope1 ?? 0,
      scope2: t.scope2 ?? 0,
      scope3: t.scope3 ?? 0,
      biogenicCO2: 0,
      perCapita,
    },
    bySector: {},
    bySubsector: {},
    byGas: {},
    lines: [],
    issues,
  };
}
