/**
 * The GPC calculation engine: an inventory document in, GPC totals, breakdowns, per-line results and quality
 * issues out. Pure and deterministic. A line that cannot be calculated keeps `co2e: null`, is counted in no total
 * and has at least one error issue that names it.
 */
import { BIOGENIC_CO2, CO2E, type InventoryDocument, type InventoryLine, type Quantity } from "./document.ts";
import { type Fuel, findFuel } from "./fuels.ts";
import { findGas, type GwpSet, gwpOf } from "./gases.ts";
import { type GpcRow, gpcRow } from "./gpc/catalogue.ts";
import { LineContext } from "./line-context.ts";
import { checkDocument, checkLineMetadata, checkNotationKey } from "./quality.ts";
import type { CalcResult, Issue, LineResult, Totals } from "./result.ts";
import { findUnit, parseRate, type RateUnit, type Unit } from "./units.ts";

export interface CalcOptions {
  /** Overrides the document's GWP set (switching AR recalculates every CO2e figure). */
  gwp?: GwpSet;
}

const KG_PER_T = 1000;
const TJ = findUnit("TJ") as Unit;

/** A gas resolved for one GWP set and row: its id and its GWP (AR6 fossil CH4 chosen per row). */
interface GasTerm {
  id: string;
  gwp: number;
}

function describe(q: unknown): string {
  return JSON.stringify(q) ?? String(q);
}

/** Checks a quantity's value; returns it if usable, else reports and returns undefined. */
function readValue(ctx: LineContext, q: Quantity, field: string, allowNegative: boolean): number | undefined {
  const v: unknown = q.value;
  if (typeof v !== "number") {
    ctx.report("invalid_value", "error", `${field}.value must be a number, got ${describe(v)}`);
    return undefined;
  }
  if (!Number.isFinite(v)) {
    ctx.report("non_finite_value", "error", `${field}.value must be a finite number, got ${v}`);
    return undefined;
  }
  if (v < 0 && !allowNegative) {
    ctx.report(
      "negative_value",
      "error",
      `${field}.value is negative (${v}); only GPC V.2 (land) may report removals`,
    );
    return undefined;
  }
  return v;
}

function isQuantity(q: unknown): q is Quantity {
  return typeof q === "object" && q !== null && "value" in q && "unit" in q && typeof q.unit === "string";
}

function readQuantityShape(ctx: LineContext, q: unknown, field: string): q is Quantity {
  if (isQuantity(q)) return true;
  ctx.report(
    "invalid_value",
    "error",
    `${field} must be {"value": number, "unit": string}, got ${describe(q)}`,
  );
  return false;
}

function resolveGas(
  ctx: LineContext,
  key: string,
  set: GwpSet,
  row: GpcRow,
): GasTerm | "biogenic" | undefined {
  if (key === BIOGENIC_CO2) return "biogenic";
  if (key === CO2E) return { id: CO2E, gwp: 1 };
  const gas = findGas(key);
  if (!gas) {
    ctx.report(
      "unknown_gas",
      "error",
      `unknown gas "${key}"; use CO2, CH4, N2O, an HFC or PFC name, SF6, NF3, CO2b or CO2e`,
    );
    return undefined;
  }
  return { id: gas.id, gwp: gwpOf(gas, set, row.fossilMethane) };
}

/** Amount of gas per line, in tonnes, keyed by gas id (CO2e for CO2-equivalent-only amounts). */
type GasAmounts = Map<string, number>;

function addAmount(amounts: GasAmounts, id: string, tonnes: number): void {
  amounts.set(id, (amounts.get(id) ?? 0) + tonnes);
}

/**
 * Expresses an activity amount in units of `target` (the factor's denominator), using the fuel's density and NCV
 * when the dimensions differ (volume → mass via density; mass → energy via NCV). Ratios of unit sizes are taken
 * before multiplying so that equal units convert exactly.
 */
function activityIn(
  ctx: LineContext,
  value: number,
  unit: Unit,
  target: Unit,
  fuel: Fuel | undefined,
  factorUnit: string,
): number | undefined {
  if (unit === target) return value;
  if (unit.dimension === target.dimension) return value * (unit.toBase / target.toBase);
  const fail = () => {
    const via = fuel
      ? ` for ${fuel.name}`
      : " (name a fuel to convert through its calorific value and density)";
    ctx.report(
      "incompatible_units",
      "error",
      `activity unit "${unit.id}" (${unit.dimension}) is incompatible with factor unit "${factorUnit}" (per ${target.dimension})${via}`,
    );
    return undefined;
  };
  if (!fuel) return fail();
  let kg: number | undefined;
  if (unit.dimension === "mass") kg = value * unit.toBase;
  else if (unit.dimension === "volume" && fuel.density !== null) {
    kg = value * unit.toBase * fuel.density;
    ctx.report(
      "default_density_used",
      "info",
      `volume converted to mass with the default density of ${fuel.name} (${fuel.density} kg/m3)`,
    );
  }
  if (kg === undefined) return fail();
  if (target.dimension === "mass") return kg / target.toBase;
  // NCV in TJ/Gg equals MJ/kg: kg × MJ/kg = MJ = 1e6 J.
  if (target.dimension === "energy") return (kg * fuel.ncv * 1e6) / target.toBase;
  return fail();
}

function unitOf(ctx: LineContext, q: Quantity, field: string): Unit | undefined {
  const unit = findUnit(q.unit);
  if (!unit) ctx.report("unknown_unit", "error", `${field}.unit "${q.unit}" is not a known unit`);
  return unit;
}

function calcDirectEmissions(
  ctx: LineContext,
  emissions: Record<string, Quantity>,
  set: GwpSet,
  row: GpcRow,
  amounts: GasAmounts,
  terms: Map<string, number>,
): number {
  let biogenic = 0;
  for (const [key, q] of Object.entries(emissions)) {
    const field = `emissions.${key}`;
    if (!readQuantityShape(ctx, q, field)) continue;
    const gas = resolveGas(ctx, key, set, row);
    const value = readValue(ctx, q, field, row.allowsRemovals);
    const unit = unitOf(ctx, q, field);
    if (gas === undefined || value === undefined || !unit) continue;
    if (unit.dimension !== "mass") {
      ctx.report(
        "incompatible_units",
        "error",
        `${field}.unit "${q.unit}" is a ${unit.dimension}, emissions need a mass`,
      );
      continue;
    }
    const tonnes = (value * unit.toBase) / KG_PER_T;
    if (gas === "biogenic") biogenic += tonnes;
    else {
      addAmount(amounts, gas.id, tonnes);
      terms.set(gas.id, gas.gwp);
    }
  }
  return biogenic;
}

function calcExplicitFactors(
  ctx: LineContext,
  unit: Unit,
  value: number,
  factors: Record<string, Quantity>,
  fuel: Fuel | undefined,
  set: GwpSet,
  row: GpcRow,
  amounts: GasAmounts,
  terms: Map<string, number>,
): number {
  let biogenic = 0;
  for (const [key, q] of Object.entries(factors)) {
    const field = `factors.${key}`;
    if (!readQuantityShape(ctx, q, field)) continue;
    const gas = resolveGas(ctx, key, set, row);
    const factor = readValue(ctx, q, field, false);
    const rate: RateUnit | undefined = parseRate(q.unit);
    if (!rate) {
      ctx.report(
        "unknown_unit",
        "error",
        `${field}.unit "${q.unit}" is not a mass per unit (e.g. kg/TJ, t/MWh, kg/m3)`,
      );
      continue;
    }
    if (gas === undefined || factor === undefined) continue;
    if (factor === 0) ctx.report("zero_factor", "warning", `${field} is 0`);
    const amount = activityIn(ctx, value, unit, rate.denominator, fuel, q.unit);
    if (amount === undefined) continue;
    const tonnes = (amount * factor * rate.numerator.toBase) / KG_PER_T;
    if (gas === "biogenic") biogenic += tonnes;
    else {
      addAmount(amounts, gas.id, tonnes);
      terms.set(gas.id, gas.gwp);
    }
  }
  return biogenic;
}

function calcNamedFuel(
  ctx: LineContext,
  fuel: Fuel,
  unit: Unit,
  value: number,
  set: GwpSet,
  row: GpcRow,
  amounts: GasAmounts,
  terms: Map<string, number>,
): number {
  const category = row.combustion;
  if (category === null) {
    ctx.report(
      "line_kind_mismatch",
      "error",
      `default fuel factors apply to fuel combustion rows only; ${row.ref} needs explicit factors or emissions`,
    );
    return 0;
  }
  const nonCo2 = fuel.nonCo2[category];
  if (!nonCo2) {
    ctx.report(
      "no_default_factor",
      "error",
      `IPCC 2006 has no default factor for ${fuel.name} in ${category} combustion (${row.ref}); give explicit factors`,
    );
    return 0;
  }
  const tj = activityIn(ctx, value, unit, TJ, fuel, "kg/TJ");
  if (tj === undefined) return 0;
  const co2 = (tj * fuel.co2) / KG_PER_T;
  addAmount(amounts, "CH4", (tj * nonCo2.CH4) / KG_PER_T);
  addAmount(amounts, "N2O", (tj * nonCo2.N2O) / KG_PER_T);
  for (const id of ["CH4", "N2O"]) {
    const gas = findGas(id);
    if (gas) terms.set(id, gwpOf(gas, set, row.fossilMethane));
  }
  if (fuel.biogenic) return co2;
  addAmount(amounts, "CO2", co2);
  terms.set("CO2", 1);
  return 0;
}

function calcActivity(
  ctx: LineContext,
  line: InventoryLine,
  set: GwpSet,
  row: GpcRow,
  amounts: GasAmounts,
  terms: Map<string, number>,
): number {
  const activity = line.activity;
  if (activity === undefined) {
    ctx.report("missing_factor", "error", "a line with a fuel needs an activity amount");
    return 0;
  }
  if (!readQuantityShape(ctx, activity, "activity")) return 0;
  let fuel: Fuel | undefined;
  if (line.fuel !== undefined) {
    fuel = typeof line.fuel === "string" ? findFuel(line.fuel) : undefined;
    if (!fuel) {
      ctx.report("unknown_fuel", "error", `unknown fuel ${describe(line.fuel)}`);
      return 0;
    }
  }
  const value = readValue(ctx, activity, "activity", false);
  const unit = unitOf(ctx, activity, "activity");
  if (value === undefined || !unit) return 0;
  if (value === 0)
    ctx.report(
      "zero_activity",
      "warning",
      "activity is 0; if the source does not occur, use notation key NO",
    );
  const factors = line.factors;
  if (factors !== undefined) {
    if (typeof factors !== "object" || factors === null || Object.keys(factors).length === 0) {
      ctx.report("missing_factor", "error", 'factors must name at least one gas, e.g. {"CO2": {...}}');
      return 0;
    }
    if (CO2E in factors && Object.keys(factors).some((k) => k !== CO2E && k !== BIOGENIC_CO2)) {
      ctx.report(
        "co2e_with_gases",
        "error",
        "factors give both CO2e and single gases; that would count twice",
      );
      return 0;
    }
    return calcExplicitFactors(ctx, unit, value, factors, fuel, set, row, amounts, terms);
  }
  if (fuel) return calcNamedFuel(ctx, fuel, unit, value, set, row, amounts, terms);
  ctx.report("missing_factor", "error", "activity needs a named fuel or explicit factors");
  return 0;
}

function lineKinds(line: InventoryLine): string[] {
  const kinds: string[] = [];
  if (line.activity !== undefined || line.fuel !== undefined || line.factors !== undefined)
    kinds.push("activity");
  if (line.emissions !== undefined) kinds.push("emissions");
  if (line.notationKey !== undefined && line.notationKey !== null) kinds.push("notationKey");
  return kinds;
}

function emptyTotals(): Totals {
  return {
    basic: 0,
    basicPlus: 0,
    territorial: 0,
    scope1: 0,
    scope2: 0,
    scope3: 0,
    biogenicCO2: 0,
    perCapita: null,
  };
}

/** Calculates one line; returns its result (co2e null when it could not be calculated). */
function calculateLine(
  line: InventoryLine,
  index: number,
  set: GwpSet,
  issues: Issue[],
): { result: LineResult; row?: GpcRow } {
  const gpc = typeof line?.gpc === "string" ? line.gpc : String(line?.gpc);
  const ctx = new LineContext(index, gpc, issues);
  const result: LineResult = { gpc, co2e: null, gases: {} };
  if (typeof line !== "object" || line === null) {
    ctx.report("empty_line", "error", "a line must be an object");
    return { result };
  }
  const row = gpcRow(gpc);
  if (!row) {
    ctx.report(
      "unknown_gpc_row",
      "error",
      `"${gpc}" is not a GPC 1.1 reference number (e.g. I.1.1, II.1.2, IV.1)`,
    );
    return { result };
  }
  checkLineMetadata(ctx, line);
  const kinds = lineKinds(line);
  if (kinds.length === 0) {
    ctx.report(
      "empty_line",
      "error",
      "a line needs activity (with a fuel or factors), emissions, or a notationKey",
    );
    return { result, row };
  }
  if (kinds.length > 1) {
    ctx.report("line_kind_conflict", "error", `a line is one kind; this one has ${kinds.join(" and ")}`);
    return { result, row };
  }
  if (kinds[0] === "notationKey") {
    checkNotationKey(ctx, line, row);
    result.notationKey = String(line.notationKey);
    return { result, row };
  }
  const amounts: GasAmounts = new Map();
  const terms = new Map<string, number>();
  let biogenic: number;
  if (kinds[0] === "emissions") {
    const emissions = line.emissions;
    if (typeof emissions !== "object" || emissions === null || Object.keys(emissions).length === 0) {
      ctx.report("empty_line", "error", 'emissions must name at least one gas, e.g. {"CO2": {...}}');
      return { result, row };
    }
    if (CO2E in emissions && Object.keys(emissions).some((k) => k !== CO2E && k !== BIOGENIC_CO2)) {
      ctx.report(
        "co2e_with_gases",
        "error",
        "emissions give both CO2e and single gases; that would count twice",
      );
      return { result, row };
    }
    biogenic = calcDirectEmissions(ctx, emissions, set, row, amounts, terms);
  } else {
    biogenic = calcActivity(ctx, line, set, row, amounts, terms);
  }
  if (ctx.failed) return { result, row };
  let co2e = 0;
  for (const [id, tonnes] of amounts) {
    result.gases[id] = tonnes;
    co2e += tonnes * (terms.get(id) ?? 0);
  }
  result.co2e = co2e;
  if (biogenic !== 0) result.biogenicCO2 = biogenic;
  return { result, row };
}

function add(record: Record<string, number>, key: string, value: number): void {
  record[key] = (record[key] ?? 0) + value;
}

/** Calculates an inventory document by GPC rules. Never throws on bad lines: they become issues. */
export function calculate(doc: InventoryDocument, options: CalcOptions = {}): CalcResult {
  const set: GwpSet = options.gwp ?? doc.gwp ?? "AR5";
  const issues: Issue[] = [];
  const totals = emptyTotals();
  const bySector: Record<string, number> = {};
  const bySubsector: Record<string, number> = {};
  const byGas: Record<string, number> = {};
  const lines: LineResult[] = [];
  const lineRows: Array<GpcRow | undefined> = [];
  const docLines = Array.isArray(doc.lines) ? doc.lines : [];
  for (let i = 0; i < docLines.length; i++) {
    const { result, row } = calculateLine(docLines[i] as InventoryLine, i, set, issues);
    lines.push(result);
    lineRows.push(row);
    if (biogenicOf(result) !== 0) totals.biogenicCO2 += biogenicOf(result);
    const co2e = result.co2e;
    if (co2e === null || !row) continue;
    add(bySector, row.sector, co2e);
    add(bySubsector, row.subsector, co2e);
    if (row.basic) totals.basic += co2e;
    if (row.basicPlus) totals.basicPlus += co2e;
    if (row.territorial) totals.territorial += co2e;
    if (row.level === "other") continue;
    if (row.scope === 1) totals.scope1 += co2e;
    else if (row.scope === 2) totals.scope2 += co2e;
    else totals.scope3 += co2e;
    for (const id in result.gases) {
      const tonnes = result.gases[id] ?? 0;
      const gas = findGas(id);
      add(byGas, id, id === CO2E ? tonnes : tonnes * (gas ? gwpOf(gas, set, row.fossilMethane) : 0));
    }
  }
  const population = checkDocument(doc, lineRows, issues);
  if (population !== undefined) {
    totals.perCapita = {
      basic: totals.basic / population,
      basicPlus: totals.basicPlus / population,
      territorial: totals.territorial / population,
    };
  }
  return { gwp: set, unit: "tCO2e", totals, bySector, bySubsector, byGas, lines, issues };
}

function biogenicOf(result: LineResult): number {
  return result.biogenicCO2 ?? 0;
}
